package org.aifootprint.application.demo;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.aifootprint.domain.hardware.HardwareRepository;
import org.aifootprint.domain.vendor.Criterion;
import org.aifootprint.domain.vendor.OfferingKind;
import org.aifootprint.domain.vendor.ScorecardTemplate;
import org.aifootprint.domain.vendor.TemplateCriterion;
import org.aifootprint.domain.vendor.Vendor;
import org.aifootprint.domain.vendor.VendorKind;
import org.aifootprint.domain.vendor.VendorRepository;

/**
 * The demo tenant's vendors, so that a buyer can compare on first login: three cloud providers with published fleet
 * figures (each value with its source document and date; a figure not verified is left missing, never guessed), three
 * accelerator options with power and embodied emissions from the reference-data hardware catalogue, and two templates.
 * Source dates are the publication date where known, else the first day of the month of publication.
 */
@Stateless
public class DemoVendorData {

    static final String ENTERED_BY = "demo data";
    static final String CLOUD_TEMPLATE = "Cloud providers (default)";
    static final String ACCELERATOR_TEMPLATE = "Accelerators";

    private static final String CNDCP_SOURCE = "Climate Neutral Data Centre Pact, list of founding signatories (cloud providers and data-centre operators), "
            + "ITProPortal 2021-01-22, https://www.itproportal.com/news/european-datacenter-players-commit-to-climate-neutral-operations-by-2030/";

    @Inject
    private VendorRepository vendors;
    @Inject
    private HardwareRepository hardware;
    @Inject
    private Clock clock;

    /** Seeds the vendors and templates unless the tenant already has vendors; returns whether it seeded. */
    public boolean seedIfEmpty() {
        if (!vendors.findAll().isEmpty()) {
            return false;
        }
        Instant now = clock.instant();
        Vendor aws = new Vendor("aws", "Amazon Web Services", VendorKind.CLOUD_PROVIDER);
        aws.setWebsite("https://aws.amazon.com/sustainability/");
        regions(aws, "aws:eu-west-3", "aws:eu-central-1", "aws:us-east-1");
        aws.record(Criterion.PUE, 1.15, "ratio", "AWS, Sustainable infrastructure: 'In 2024, AWS reported a global power usage effectiveness (PUE) of 1.15' "
                + "(2024 data, Amazon 2024 Sustainability Report), https://aws.amazon.com/sustainability/data-centers/", LocalDate.of(2025, 7, 1), ENTERED_BY, now);
        aws.record(Criterion.RENEWABLE_SHARE, 100, "%", "AWS Sustainability: '100% of electricity consumed by Amazon was matched with renewable energy "
                + "sources in 2024, for the second consecutive year' (annual matching, company-wide), https://aws.amazon.com/about-aws/sustainability/",
                LocalDate.of(2025, 7, 1), ENTERED_BY, now);
        aws.record(Criterion.WUE, 0.25, "L/kWh", "AWS water-positive commitment at re:Invent 2022: global WUE of 0.25 L/kWh in 2021, reported by ITBusiness.ca, "
                + "https://itbusiness.ca/news/aws-announces-water-positive-pledge-and-global-water-replenishment-programs/123490", LocalDate.of(2022, 11, 28),
                ENTERED_BY, now);
        aws.record(Criterion.SBTI_STATUS, 0, "status", "SBTi target dashboard lists Amazon as 'Commitment removed' (expired commitment, July 2023), "
                + "Sustainability Beat, https://www.sustainability-beat.co.uk/2023/08/04/amazon-sbti-dashboard/", LocalDate.of(2023, 8, 4), ENTERED_BY, now);
        aws.record(Criterion.CNDCP_MEMBER, 1, "yes/no", CNDCP_SOURCE, LocalDate.of(2021, 1, 22), ENTERED_BY, now);
        vendors.store(aws);

        Vendor gcp = new Vendor("gcp", "Google Cloud", VendorKind.CLOUD_PROVIDER);
        gcp.setWebsite("https://sustainability.google/");
        regions(gcp, "gcp:europe-west9", "gcp:europe-west1", "gcp:us-central1");
        gcp.record(Criterion.PUE, 1.10, "ratio", "Google 2024 Environmental Report: 'In 2023, the average annual power usage effectiveness for our data "
                + "centers was 1.10', https://blog.google/outreach-initiatives/sustainability/2024-environmental-report/", LocalDate.of(2024, 7, 2), ENTERED_BY, now);
        gcp.record(Criterion.CFE_SHARE, 64, "%", "Google 2024 Environmental Report (2023 data): 64% carbon-free energy on an hourly basis, confirmed by the "
                + "2025 report ('from 64% to 66%'), https://blog.google/outreach-initiatives/sustainability/environmental-report-2025/", LocalDate.of(2024, 7, 2),
                ENTERED_BY, now);
        gcp.record(Criterion.CNDCP_MEMBER, 1, "yes/no", CNDCP_SOURCE, LocalDate.of(2021, 1, 22), ENTERED_BY, now);
        vendors.store(gcp);

        Vendor azure = new Vendor("azure", "Microsoft Azure", VendorKind.CLOUD_PROVIDER);
        azure.setWebsite("https://datacenters.microsoft.com/sustainability/efficiency/");
        regions(azure, "azure:francecentral", "azure:germanywestcentral", "azure:eastus");
        azure.record(Criterion.PUE, 1.18, "ratio", "Microsoft datacenters: global fleet average PUE 1.18 (newest designs 1.12), reported by DatacenterDynamics, "
                + "https://www.datacenterdynamics.com/en/news/aws-global-data-centers-achieved-pue-of-115-in-2023/", LocalDate.of(2024, 12, 1), ENTERED_BY, now);
        azure.record(Criterion.WUE, 0.30, "L/kWh", "Microsoft: datacenters operated at an average WUE of 0.30 L/kWh in the last fiscal year (0.49 in 2021), "
                + "reported with Microsoft's zero-water cooling design, https://cybertechbiz.com/wp/microsoft-raises-bar-with-water-saving-data-center-design",
                LocalDate.of(2024, 12, 1), ENTERED_BY, now);
        azure.record(Criterion.SBTI_STATUS, 3, "status", "Bloomberg (Business Standard, 2023-08-14): more than 3,200 companies have approved SBTi targets, "
                + "including Microsoft Corp., https://business-standard.com/world-news/amazon-loses-key-backer-4-years-into-plan-to-eliminate-carbon-emissions-123081400885_1.html",
                LocalDate.of(2023, 8, 14), ENTERED_BY, now);
        vendors.store(azure);

        accelerator("nvidia-h100-sxm", "NVIDIA H100 SXM5 80GB", "nvidia-h100-sxm5-80gb", now);
        accelerator("amd-mi300x", "AMD Instinct MI300X", "amd-mi300x", now);
        accelerator("google-tpu-v5e", "Google Cloud TPU v5e", "google-tpu-v5e", now);

        ScorecardTemplate cloud = new ScorecardTemplate(CLOUD_TEMPLATE);
        cloud.setDescription("Cloud regions for AI workloads: efficiency, water, clean energy, grid of the offered regions, climate targets.");
        cloud.replaceCriteria(List.of(
                minMax(Criterion.PUE, 25, false),
                minMax(Criterion.WUE, 10, false),
                minMax(Criterion.CFE_SHARE, 20, true),
                new TemplateCriterion.Spec(Criterion.RENEWABLE_SHARE, 10, true, true, List.of(50.0, 90.0, 100.0), false),
                minMax(Criterion.GRID_INTENSITY, 15, false),
                new TemplateCriterion.Spec(Criterion.SBTI_STATUS, 10, true, true, List.of(2.0, 3.0), false),
                new TemplateCriterion.Spec(Criterion.CNDCP_MEMBER, 10, true, true, List.of(1.0), false)));
        vendors.storeTemplate(cloud);
        ScorecardTemplate accelerators = new ScorecardTemplate(ACCELERATOR_TEMPLATE);
        accelerators.setDescription("Accelerator options: power per unit, embodied emissions, availability of a product carbon footprint.");
        accelerators.replaceCriteria(List.of(
                minMax(Criterion.POWER, 40, false),
                minMax(Criterion.EMBODIED, 40, false),
                new TemplateCriterion.Spec(Criterion.PCF_AVAILABLE, 20, true, true, List.of(1.0), false)));
        vendors.storeTemplate(accelerators);
        return true;
    }

    private void accelerator(String code, String name, String catalogueCode, Instant now) {
        Vendor v = new Vendor(code, name, VendorKind.HARDWARE_OEM);
        v.offer(OfferingKind.HARDWARE_MODEL, catalogueCode, name);
        hardware.findType(catalogueCode).ifPresent(type -> {
            String source = "Reference-data hardware catalogue " + type.getCode() + ": " + type.getSource();
            LocalDate asOf = LocalDate.of(2026, 1, 1);
            if (type.getTdpW() != null) {
                v.record(Criterion.POWER, type.getTdpW(), "W", cut(source), asOf, ENTERED_BY, now);
            }
            if (type.getEmbodiedKgCo2e() != null) {
                v.record(Criterion.EMBODIED, type.getEmbodiedKgCo2e(), "kgCO2e/unit", cut(source + "; embodied basis: " + type.getEmbodiedBasis()
                        + " (not a manufacturer PCF)"), asOf, ENTERED_BY, now);
            }
        });
        vendors.store(v);
    }

    private static void regions(Vendor v, String... regions) {
        for (String r : regions) {
            v.offer(OfferingKind.REGION, r, null);
        }
    }

    private static TemplateCriterion.Spec minMax(Criterion c, double weight, boolean higherIsBetter) {
        return new TemplateCriterion.Spec(c, weight, higherIsBetter, false, List.of(), false);
    }

    private static String cut(String s) {
        return s.length() <= 1000 ? s : s.substring(0, 1000);
    }

}
