package org.aifootprint.application.demo;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.Random;
import org.aifootprint.domain.energy.CarbonOffset;
import org.aifootprint.domain.energy.ContractualInstrument;
import org.aifootprint.domain.energy.InstrumentKind;
import org.aifootprint.domain.energy.ProcurementRepository;
import org.aifootprint.domain.facility.Facility;
import org.aifootprint.domain.facility.FacilityMetrics;
import org.aifootprint.domain.facility.FacilityRepository;
import org.aifootprint.domain.facility.Granularity;
import org.aifootprint.domain.facility.OperatorKind;
import org.aifootprint.domain.hardware.Disposition;
import org.aifootprint.domain.hardware.EventKind;
import org.aifootprint.domain.hardware.HardwareAsset;
import org.aifootprint.domain.hardware.HardwareRepository;
import org.aifootprint.domain.hardware.HardwareType;
import org.aifootprint.domain.model.AiModel;
import org.aifootprint.domain.model.AiModelRepository;
import org.aifootprint.domain.model.ModelStatus;
import org.aifootprint.domain.period.ReportingPeriod;
import org.aifootprint.domain.period.ReportingPeriodRepository;
import org.aifootprint.domain.usage.ComputeUsage;
import org.aifootprint.domain.usage.ComputeUsageRepository;
import org.aifootprint.domain.usage.DataSource;
import org.aifootprint.domain.usage.Phase;

/**
 * The demo tenant's activity data: the previous calendar year and the current year up to the last complete
 * month. Three facilities (own data centre in France, colocation in the Netherlands, an AWS region), monthly
 * metrics, a PPA and Guarantees of Origin, five models with training and inference, a few hundred
 * accelerators and servers with their lifecycle. Internally consistent: the AI's IT energy in each facility
 * stays well below the facility's metered IT energy. Seeded with a fixed random seed, so every start shows
 * the same figures.
 */
@Stateless
public class DemoActivityData {

    static final String H100 = "nvidia-h100-sxm5-80gb";
    static final String A100 = "nvidia-a100-sxm4-80gb";
    static final String L4 = "nvidia-l4";
    static final String T4 = "nvidia-t4";
    static final String SERVER = "dell-poweredge-r750";
    static final String LEGACY_SERVER = "dell-poweredge-r740";

    @Inject
    private FacilityRepository facilities;
    @Inject
    private ProcurementRepository procurements;
    @Inject
    private AiModelRepository models;
    @Inject
    private ComputeUsageRepository usage;
    @Inject
    private HardwareRepository hardware;
    @Inject
    private ReportingPeriodRepository periods;
    @Inject
    private Clock clock;

    /** Seeds the activity data unless the tenant already has facilities; returns whether it seeded. */
    public boolean seedIfEmpty() {
        if (!facilities.findAll().isEmpty()) {
            return false;
        }
        seed();
        return true;
    }

    private void seed() {
        LocalDate today = LocalDate.now(clock.withZone(ZoneOffset.UTC));
        YearMonth first = YearMonth.of(today.getYear() - 1, 1);
        YearMonth last = YearMonth.from(today).minusMonths(1);
        Random random = new Random(20250101L);

        periods.store(new ReportingPeriod("FY" + first.getYear(), first.atDay(1), first.atDay(1).withDayOfYear(first.atDay(1).lengthOfYear())));
        periods.store(new ReportingPeriod("FY" + today.getYear(), LocalDate.of(today.getYear(), 1, 1), LocalDate.of(today.getYear(), 12, 31)));

        Facility paris = facility("PAR-DC1", "Paris Saclay data centre", OperatorKind.OWN, "FR", "FR", null, null);
        Facility amsterdam = facility("AMS-COLO", "Amsterdam colocation cage (Equinix AM5)", OperatorKind.COLOCATION, "NL", "NL", 1.32, 0.2);
        Facility cloud = facility("AWS-EUW3", "AWS Europe (Paris) eu-west-3", OperatorKind.CLOUD, "FR", "aws:eu-west-3", null, null);

        for (YearMonth month = first; !month.isAfter(last); month = month.plusMonths(1)) {
            double season = Math.cos((month.getMonthValue() - 7) * Math.PI / 6); // 1 in July, -1 in January
            metrics(paris, month, 292_000 * (0.95 + 0.1 * random.nextDouble()), 1.38 + 0.06 * season, 0.32 + 0.08 * season,
                    month.getMonthValue() >= 4 && month.getMonthValue() <= 9 ? 9_000 + 4_000 * season : 1_500, 310,
                    month.getMonthValue() % 5 == 0 ? Map.of("R-134a", 2.5) : Map.of());
            metrics(amsterdam, month, 118_000 * (0.95 + 0.1 * random.nextDouble()), 1.30 + 0.03 * season, 0.18 + 0.05 * season, 0, 0, Map.of());
        }

        for (int year = first.getYear(); year <= today.getYear(); year++) {
            instrument(InstrumentKind.PPA_PHYSICAL, paris, "FR", year, 1_900, "PPA-SOLAR-OCCITANIE-" + year, "Occitanie Solaire SAS", 0);
            instrument(InstrumentKind.GO, amsterdam, "NL", year, 900, "GO-NL-" + year + "-000184-000194", "Vattenfall (AIB hub)", 0);
        }
        CarbonOffset offset = new CarbonOffset();
        offset.setProjectName("Kasigau Corridor REDD+ (VCS 612)");
        offset.setRegistry("Verra");
        offset.setCertificateIds("VCU-612-" + first.getYear() + "-0001 to 0500");
        offset.setTonnesCo2e(500);
        offset.setVintageYear(first.getYear() - 1);
        offset.setRetiredOn(first.atDay(1).plusMonths(11));
        offset.setNotes("Reported beside the inventory; never netted against gross emissions.");
        procurements.storeOffset(offset);

        AiModel assistant = model("support-assistant", "2.1", "Customer Care AI", "LLM answering customer tickets (7B parameters, fine-tuned)", 7_000_000_000L, ModelStatus.IN_PRODUCTION);
        AiModel embed = model("doc-search-embed", "1.4", "Search Platform", "Embedding model for document search", 335_000_000L, ModelStatus.IN_PRODUCTION);
        AiModel fraud = model("fraud-detector", "5.0", "Risk Analytics", "Gradient-boosted and transformer ensemble scoring payments", 120_000_000L, ModelStatus.IN_PRODUCTION);
        AiModel vision = model("vision-qc", "3.2", "Manufacturing AI", "Visual quality control of production lines", 86_000_000L, ModelStatus.IN_PRODUCTION);
        AiModel copilot = model("code-copilot", "0.9", "Developer Productivity", "13B code completion model", 13_000_000_000L, ModelStatus.IN_DEVELOPMENT);

        for (YearMonth month = first; !month.isAfter(last); month = month.plusMonths(1)) {
            int days = month.lengthOfMonth();
            boolean thisYear = month.getYear() == today.getYear();
            if (!thisYear && month.getMonthValue() >= 2 && month.getMonthValue() <= 4) {
                use(assistant, Phase.TRAINING, month, paris, H100, 64, days * 24 * 0.85, 540.0, null, null, null);
            }
            if (thisYear) {
                use(assistant, Phase.FINE_TUNING, month, paris, H100, 16, 110 + random.nextInt(40), 505.0, null, null, null);
            }
            if (!thisYear && month.getMonthValue() >= 5 || thisYear) {
                long requests = (long) ((thisYear ? 52_000_000 : 31_000_000) * (0.9 + 0.2 * random.nextDouble()));
                use(assistant, Phase.INFERENCE, month, cloud, L4, thisYear ? 32 : 24, days * 24.0, null, 0.45, null, requests);
            }
            if (!thisYear && month.getMonthValue() == 6) {
                use(embed, Phase.TRAINING, month, amsterdam, A100, 32, 212, null, null, 32 * 212 * 0.318, null);
            }
            use(embed, Phase.INFERENCE, month, amsterdam, thisYear ? L4 : T4, 8, days * 24.0, null, 0.35, null,
                    (long) (18_000_000 * (0.9 + 0.2 * random.nextDouble())));
            use(fraud, Phase.INFERENCE, month, paris, SERVER, 12, days * 24.0, null, 0.3, null, (long) (240_000_000 * (0.95 + 0.1 * random.nextDouble())));
            use(fraud, Phase.TRAINING, month, paris, A100, 8, 36 + random.nextInt(12), 330.0, null, null, null);
            if (!thisYear && month.getMonthValue() == 9) {
                use(vision, Phase.TRAINING, month, amsterdam, A100, 16, 180, null, null, 16 * 180 * 0.305, null);
            }
            if (!thisYear && month.getMonthValue() >= 10 || thisYear) {
                use(vision, Phase.INFERENCE, month, paris, L4, 6, days * 24.0, 48.0, null, null, (long) (9_500_000 * (0.9 + 0.2 * random.nextDouble())));
            }
            if (thisYear) {
                use(copilot, Phase.EXPERIMENTATION, month, paris, H100, 32, 90 + random.nextInt(60), null, 0.6, null, null);
            }
            use(assistant, Phase.IDLE, month, paris, H100, 8, days * 24.0 * 0.2, null, 0.0, null, null);
        }

        LocalDate y0 = first.atDay(1);
        for (int batch = 1; batch <= 4; batch++) {
            HardwareAsset h100 = asset(H100, "PAR-H100-B0" + batch, 64, y0.withMonth(1).plusDays(14 + batch), 5.0);
            h100.record(EventKind.RECEIVED, h100.getAcquiredOn().plusDays(3), null, null, null, null, null, null, null);
            h100.record(EventKind.DEPLOYED, h100.getAcquiredOn().plusDays(20), paris, null, null, null, null, null, "HGX H100 8-GPU nodes, hall B");
        }
        HardwareAsset a100 = asset(A100, "AMS-A100-B01", 48, y0.minusYears(3).withMonth(5), 5.0);
        a100.record(EventKind.DEPLOYED, a100.getAcquiredOn().plusDays(30), amsterdam, null, null, null, null, null, null);
        HardwareAsset l4 = asset(L4, "PAR-L4-B01", 24, y0.withMonth(9).withDayOfMonth(10), 5.0);
        l4.record(EventKind.DEPLOYED, l4.getAcquiredOn().plusDays(12), paris, null, null, null, null, null, null);
        HardwareAsset l4ams = asset(L4, "AMS-L4-B01", 8, LocalDate.of(today.getYear(), 1, 8), 5.0);
        l4ams.record(EventKind.DEPLOYED, l4ams.getAcquiredOn().plusDays(10), amsterdam, null, null, null, null, null, null);
        HardwareAsset t4 = asset(T4, "AMS-T4-B01", 64, y0.minusYears(5).withMonth(2), 5.0);
        t4.record(EventKind.DEPLOYED, t4.getAcquiredOn().plusDays(25), amsterdam, null, null, null, null, null, null);
        t4.record(EventKind.RETIRED, LocalDate.of(today.getYear(), 1, 20), null, null, null, null, null, null, "Replaced by L4");
        t4.record(EventKind.DISPOSED, LocalDate.of(today.getYear(), 3, 2), null, 40, Disposition.REUSE, 40 * 0.7, "Techbuyer BV (refurbished resale)", "TB-2026-03-0415", null);
        t4.record(EventKind.DISPOSED, LocalDate.of(today.getYear(), 3, 16), null, 24, Disposition.RECYCLING, 24 * 0.7, "Sims Lifecycle Services NL (R2v3, e-Stewards)", "SLS-NL-77812", null);
        for (int rack = 1; rack <= 3; rack++) {
            HardwareAsset servers = asset(SERVER, "PAR-R750-R" + rack, 16, y0.minusYears(1).withMonth(3 + rack), 5.0);
            servers.record(EventKind.DEPLOYED, servers.getAcquiredOn().plusDays(15), paris, null, null, null, null, null, null);
        }
        HardwareAsset oldServers = asset(LEGACY_SERVER, "PAR-R740-LEGACY", 20, y0.minusYears(6).withMonth(6), 5.0);
        oldServers.record(EventKind.DEPLOYED, oldServers.getAcquiredOn().plusDays(10), paris, null, null, null, null, null, null);
        oldServers.record(EventKind.RETIRED, y0.withMonth(10), null, null, null, null, null, null, null);
        oldServers.record(EventKind.DISPOSED, y0.withMonth(11), null, null, Disposition.RECYCLING, 20 * 28.0, "Veolia DEEE Île-de-France", "VEO-DEEE-55120", null);
    }

    private Facility facility(String code, String name, OperatorKind kind, String country, String zone, Double pue, Double wue) {
        Facility f = new Facility(code);
        f.setName(name);
        f.setOperatorKind(kind);
        f.setCountry(country);
        f.setGridZone(zone);
        f.setDefaultPue(pue);
        f.setDefaultWueLitresPerKwh(wue);
        facilities.store(f);
        return f;
    }

    private void metrics(Facility f, YearMonth month, double itKwh, double pue, double wue, double renewableKwh, double dieselLitres,
            Map<String, Double> refrigerants) {
        FacilityMetrics m = new FacilityMetrics(f, Granularity.MONTH, month.atDay(1));
        double it = Math.round(itKwh);
        double total = Math.round(it * pue);
        double consumed = Math.round(it * wue);
        m.setItEnergyKwh(it);
        m.setTotalEnergyKwh(total);
        m.setPue(FacilityMetrics.derivePue(total, it, null));
        m.setWaterConsumedLitres(consumed);
        m.setWaterWithdrawnLitres(Math.round(consumed * 1.35) * 1.0);
        m.setWueLitresPerKwh(FacilityMetrics.deriveWue(consumed, it, null));
        m.setRenewableOnSiteKwh(renewableKwh > 0 ? Math.round(renewableKwh) * 1.0 : null);
        m.setWasteHeatReusedKwh(f.getOperatorKind() == OperatorKind.OWN ? Math.round(total * 0.04) * 1.0 : null);
        m.setGeneratorFuelLitres(dieselLitres > 0 ? dieselLitres : null);
        m.replaceRefrigerants(refrigerants);
        facilities.storeMetrics(m);
    }

    private void instrument(InstrumentKind kind, Facility f, String zone, int year, double mwh, String ids, String supplier, double factor) {
        ContractualInstrument i = new ContractualInstrument();
        i.setKind(kind);
        i.setFacility(f);
        i.setMarketZone(zone);
        i.setPeriodStart(LocalDate.of(year, 1, 1));
        i.setPeriodEnd(LocalDate.of(year, 12, 31));
        i.setVolumeMwh(mwh);
        i.setVintageYear(year);
        i.setCertificateIds(ids);
        i.setRetired(true);
        i.setSupplier(supplier);
        i.setEmissionFactorGramsPerKwh(factor);
        procurements.store(i);
    }

    private AiModel model(String name, String version, String team, String purpose, long parameters, ModelStatus status) {
        AiModel m = new AiModel();
        m.setName(name);
        m.setVersion(version);
        m.setOwnerTeam(team);
        m.setPurpose(purpose);
        m.setParameterCount(parameters);
        m.setStatus(status);
        models.store(m);
        return m;
    }

    private void use(AiModel model, Phase phase, YearMonth month, Facility facility, String hardwareCode, int devices, double hoursPerDevice,
            Double avgPowerW, Double utilization, Double energyKwh, Long requests) {
        ComputeUsage u = new ComputeUsage(DataSource.MANUAL, clock.instant());
        u.setModel(model);
        u.setPhase(phase);
        u.setPeriodStart(month.atDay(1));
        u.setPeriodEnd(month.atEndOfMonth());
        u.setFacility(facility);
        u.setHardware(type(hardwareCode));
        u.setDeviceCount(devices);
        u.setHoursPerDevice(Math.round(hoursPerDevice * 10) / 10.0);
        u.setAvgPowerW(avgPowerW);
        u.setUtilization(utilization);
        u.setEnergyKwh(energyKwh == null ? null : Math.round(energyKwh * 10) / 10.0);
        u.setRequests(requests);
        u.refreshQualityTier();
        usage.store(u);
    }

    private HardwareAsset asset(String code, String tag, int quantity, LocalDate acquiredOn, double lifetimeYears) {
        HardwareType type = type(code);
        HardwareAsset a = new HardwareAsset(type);
        a.setAssetTag(tag);
        a.setQuantity(quantity);
        a.setAcquiredOn(acquiredOn);
        a.setLifetimeYears(type.getLifetimeYears() != null ? type.getLifetimeYears() : lifetimeYears);
        a.setMassKg(type.getMassKg());
        a.setEmbodiedKgCo2e(type.getEmbodiedKgCo2e() == null ? 0 : type.getEmbodiedKgCo2e());
        a.setEmbodiedSource("Hardware catalogue " + type.getCode() + ": " + type.getSource());
        hardware.store(a);
        return a;
    }

    private HardwareType type(String code) {
        return hardware.findType(code).orElseThrow(() -> new IllegalStateException("Demo data needs catalogue entry " + code));
    }
}
