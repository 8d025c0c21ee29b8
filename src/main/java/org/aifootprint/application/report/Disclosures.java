package org.aifootprint.application.report;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.aifootprint.application.NotFound;
import org.aifootprint.application.footprint.Footprints;
import org.aifootprint.calculation.Footprint;
import org.aifootprint.domain.energy.ContractualInstrument;
import org.aifootprint.domain.energy.ProcurementRepository;
import org.aifootprint.domain.facility.Facility;
import org.aifootprint.domain.facility.FacilityRepository;
import org.aifootprint.domain.hardware.HardwareAsset;
import org.aifootprint.domain.hardware.HardwareRepository;
import org.aifootprint.domain.model.AiModel;
import org.aifootprint.domain.model.AiModelRepository;
import org.aifootprint.domain.report.ReportRun;
import org.aifootprint.domain.report.ReportRunRepository;
import org.aifootprint.domain.report.ReportSummary;
import org.aifootprint.domain.shared.InvalidInput;
import org.aifootprint.domain.tenant.TenantRepository;
import org.aifootprint.infrastructure.tenancy.TenantContext;
import org.aifootprint.reporting.DisclosureReport;
import org.aifootprint.reporting.Lineage;
import org.aifootprint.reporting.PdfRenderer;

/**
 * Scope 1-3 AI disclosures: an analyst generates one for a period (figures from {@link Footprints}, PDF from
 * {@code report-templates/disclosure.xhtml}, lineage appendix, fingerprints) and publishes it, which locks the
 * period; auditors list and download published ones and verify a file by its SHA-256.
 */
@Stateless
@RolesAllowed({"ANALYST", "AUDITOR"})
public class Disclosures {

    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'").withZone(ZoneOffset.UTC);

    @Inject
    private Footprints footprints;
    @Inject
    private ReportRunRepository reports;
    @Inject
    private FacilityRepository facilities;
    @Inject
    private AiModelRepository models;
    @Inject
    private ProcurementRepository procurement;
    @Inject
    private HardwareRepository hardware;
    @Inject
    private TenantRepository tenants;
    @Inject
    private Clock clock;
    @Inject
    private org.aifootprint.infrastructure.security.DisclosureSigning signing;
    @Resource
    private SessionContext session;

    @RolesAllowed("ANALYST")
    public ReportRun generate(LocalDate from, LocalDate to, String pageSize) {
        PdfRenderer.PageSize size = pageSize(pageSize);
        Footprints.Result result = footprints.footprint(from, to, null, null);
        Footprint now = result.footprint();
        long days = to.toEpochDay() - from.toEpochDay() + 1;
        Footprint previous = footprints.footprint(from.minusDays(days), from.minusDays(1), result.factorSet(), result.overridesAsOf()).footprint();
        byte[] lineage = Lineage.bytes(Lineage.csv(now));
        ReportRun run = new ReportRun(from, to, size.name(), result.factorSet(), result.overridesAsOf(), Lineage.sha256(lineage), lineage,
                now.scope1Kg(), now.scope2LocationKg(), now.scope2MarketKg(), now.scope3Kg(), now.energyKwh(), TenantContext.actor(), clock.instant());
        reports.store(run);
        byte[] pdf = signed(render(run, now, previous.lineItems().isEmpty() ? null : previous, size, false), run, "draft");
        run.attachPdf(pdf, Lineage.sha256(pdf));
        return run;
    }

    /** Publishing locks the period's activity data; the final PDF says "Published" on its cover and carries the same figures. */
    @RolesAllowed("ANALYST")
    public ReportRun publish(long id) {
        ReportRun run = run(id);
        if (run.isPublished()) {
            throw InvalidInput.of("status", "report " + id + " is already published");
        }
        Footprint now = footprints.footprint(run.getPeriodFrom(), run.getPeriodTo(), run.getFactorSet(), run.getOverridesAsOf()).footprint();
        if (!Lineage.sha256(Lineage.bytes(Lineage.csv(now))).equals(run.getContentSha256())) {
            throw InvalidInput.of("status", "the activity data of the period changed since report " + id
                    + " was generated; generate it again and publish the new one");
        }
        long days = run.getPeriodTo().toEpochDay() - run.getPeriodFrom().toEpochDay() + 1;
        Footprint previous = footprints.footprint(run.getPeriodFrom().minusDays(days), run.getPeriodFrom().minusDays(1), run.getFactorSet(),
                run.getOverridesAsOf()).footprint();
        byte[] pdf = signed(render(run, now, previous.lineItems().isEmpty() ? null : previous, PdfRenderer.PageSize.valueOf(run.getPageSize()), true),
                run, "published");
        run.publish(TenantContext.actor(), clock.instant(), pdf, Lineage.sha256(pdf));
        return run;
    }

    /** Runs visible to the caller: auditors see published ones only. */
    public List<ReportSummary> all() {
        return reports.summaries(!session.isCallerInRole("ANALYST"));
    }

    public ReportRun run(long id) {
        ReportRun run = reports.find(id).orElseThrow(() -> new NotFound("Report", id));
        if (!run.isPublished() && !session.isCallerInRole("ANALYST")) {
            throw new NotFound("Report", id);
        }
        return run;
    }

    /** The reports of the tenant whose PDF has exactly this SHA-256 (a file is genuine when one is found). */
    public List<ReportSummary> verify(String pdfSha256) {
        List<Long> ids = reports.findByPdfSha256(pdfSha256.toLowerCase(Locale.ROOT));
        return reports.summaries(false).stream().filter(s -> ids.contains(s.id())).toList();
    }

    /** Signed (PAdES) with the configured certificate, if there is one; the stored SHA-256 is of the signed file. */
    private byte[] signed(byte[] pdf, ReportRun run, String state) {
        return signing.signer().map(s -> s.sign(pdf, "Scope 1-3 AI disclosure #" + run.getId() + " (" + state + "), " + run.getPeriodFrom()
                + " to " + run.getPeriodTo(), tenants.find(TenantContext.current().orElseThrow()).map(t -> t.getName()).orElse(""),
                java.util.GregorianCalendar.from(clock.instant().atZone(java.time.ZoneOffset.UTC)))).orElse(pdf);
    }

    private byte[] render(ReportRun run, Footprint now, Footprint previous, PdfRenderer.PageSize size, boolean published) {
        String tenantName = tenants.find(TenantContext.current().orElseThrow()).map(t -> t.getName()).orElse(TenantContext.current().orElseThrow());
        List<DisclosureReport.FacilityRow> facilityRows = new ArrayList<>();
        for (Facility f : facilities.findAll()) {
            facilityRows.add(new DisclosureReport.FacilityRow(f.getCode(), f.getName(), f.getOperatorKind().label(), f.getGridZone()));
        }
        List<DisclosureReport.ModelRow> modelRows = new ArrayList<>();
        for (AiModel m : models.findAll()) {
            modelRows.add(new DisclosureReport.ModelRow(m.getLabel(), m.getOwnerTeam(), m.getStatus().label(),
                    m.getParameterCount() == null ? "—" : String.format(Locale.ENGLISH, "%,d", m.getParameterCount())));
        }
        List<DisclosureReport.InstrumentRow> instrumentRows = new ArrayList<>();
        for (ContractualInstrument i : procurement.findOverlapping(run.getPeriodFrom(), run.getPeriodTo())) {
            instrumentRows.add(new DisclosureReport.InstrumentRow(i.getKind().label(), i.getSupplier(), i.getMarketZone(),
                    i.getPeriodStart() + " to " + i.getPeriodEnd(), i.getVolumeMwh(), i.getVintageYear() == null ? "—" : i.getVintageYear().toString(),
                    i.getCertificateIds(), i.isRetired(), i.getEmissionFactorGramsPerKwh() == 0));
        }
        long units = hardware.findAcquiredBetween(run.getPeriodFrom(), run.getPeriodTo()).stream().mapToLong(HardwareAsset::getQuantity).sum();
        double offsets = procurement.findOffsets().stream().filter(o -> o.getRetiredOn() != null && !o.getRetiredOn().isBefore(run.getPeriodFrom())
                && !o.getRetiredOn().isAfter(run.getPeriodTo())).mapToDouble(o -> o.getTonnesCo2e()).sum();
        DisclosureReport.Header header = new DisclosureReport.Header(run.getId(), tenantName, run.getPeriodFrom() + " to " + run.getPeriodTo(),
                published, STAMP.format(run.getCreatedAt()), run.getCreatedBy(), run.getFactorSet(), run.getOverridesAsOf().toString(),
                run.getContentSha256(), size);
        return PdfRenderer.pdf(DisclosureReport.TEMPLATE, DisclosureReport.model(header, now, previous, facilityRows, modelRows, instrumentRows,
                units, offsets));
    }

    private static PdfRenderer.PageSize pageSize(String text) {
        if (text == null || text.isBlank()) {
            return PdfRenderer.PageSize.A4;
        }
        try {
            return PdfRenderer.PageSize.valueOf(text.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw InvalidInput.of("pageSize", "must be A4 or LETTER");
        }
    }
}
