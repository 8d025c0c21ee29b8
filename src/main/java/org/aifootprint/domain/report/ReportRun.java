package org.aifootprint.domain.report;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import org.aifootprint.domain.shared.TenantOwned;

/**
 * A generated disclosure: the PDF and its lineage appendix as they were produced, with what produced them
 * (period, factor set, instant of the tenant's overrides) and their fingerprints. Nothing of it changes after
 * generation except its publication, which locks the period's activity data.
 */
@Entity
@Table(name = "report_run")
@NamedQuery(name = "ReportRun.findPublishedOverlapping", query = "select r.id from ReportRun r where r.status = "
        + "org.aifootprint.domain.report.ReportRun.Status.PUBLISHED and r.periodFrom <= :to and r.periodTo >= :from")
@NamedQuery(name = "ReportRun.findByPdfSha256", query = "select r.id from ReportRun r where r.pdfSha256 = :sha256")
public class ReportRun extends TenantOwned {

    public enum Status {
        DRAFT, PUBLISHED
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = 20, updatable = false)
    private String kind = "DISCLOSURE";

    @Column(name = "period_from", nullable = false, updatable = false)
    private LocalDate periodFrom;

    @Column(name = "period_to", nullable = false, updatable = false)
    private LocalDate periodTo;

    @Column(name = "page_size", nullable = false, length = 10, updatable = false)
    private String pageSize;

    @Column(name = "factor_set", nullable = false, length = 20, updatable = false)
    private String factorSet;

    @Column(name = "overrides_as_of", nullable = false, updatable = false)
    private Instant overridesAsOf;

    /** SHA-256 of the lineage appendix: equal for equal inputs and factors. */
    @Column(name = "content_sha256", nullable = false, length = 64, updatable = false)
    private String contentSha256;

    @Column(name = "pdf_sha256", nullable = false, length = 64)
    private String pdfSha256;

    @Column(nullable = false)
    private byte[] pdf;

    @Column(name = "lineage_csv", nullable = false, updatable = false)
    private byte[] lineageCsv;

    @Column(name = "scope1_kg", nullable = false, updatable = false)
    private double scope1Kg;
    @Column(name = "scope2_location_kg", nullable = false, updatable = false)
    private double scope2LocationKg;
    @Column(name = "scope2_market_kg", nullable = false, updatable = false)
    private double scope2MarketKg;
    @Column(name = "scope3_kg", nullable = false, updatable = false)
    private double scope3Kg;
    @Column(name = "energy_kwh", nullable = false, updatable = false)
    private double energyKwh;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private Status status = Status.DRAFT;

    @Column(name = "created_by", nullable = false, length = 254, updatable = false)
    private String createdBy;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "published_by", length = 254)
    private String publishedBy;

    @Column(name = "published_at")
    private Instant publishedAt;

    protected ReportRun() {
    }

    public ReportRun(LocalDate periodFrom, LocalDate periodTo, String pageSize, String factorSet, Instant overridesAsOf, String contentSha256,
            byte[] lineageCsv, double scope1Kg, double scope2LocationKg, double scope2MarketKg, double scope3Kg, double energyKwh,
            String createdBy, Instant createdAt) {
        this.periodFrom = periodFrom;
        this.periodTo = periodTo;
        this.pageSize = pageSize;
        this.factorSet = factorSet;
        this.overridesAsOf = overridesAsOf;
        this.contentSha256 = contentSha256;
        this.lineageCsv = lineageCsv;
        this.scope1Kg = scope1Kg;
        this.scope2LocationKg = scope2LocationKg;
        this.scope2MarketKg = scope2MarketKg;
        this.scope3Kg = scope3Kg;
        this.energyKwh = energyKwh;
        this.createdBy = createdBy;
        this.createdAt = createdAt;
        this.pdf = new byte[0];
        this.pdfSha256 = "";
    }

    /** Attaches the rendered PDF (which prints the report's id, so it is rendered once the id exists). */
    public void attachPdf(byte[] pdf, String pdfSha256) {
        if (this.pdf.length > 0) {
            throw new IllegalStateException("report " + id + " already has its PDF");
        }
        this.pdf = pdf;
        this.pdfSha256 = pdfSha256;
    }

    /**
     * Publishes the run with its final PDF (the draft's, rendered again with "Published" on the cover and the same
     * figures). From then on nothing of the run changes.
     */
    public void publish(String by, Instant at, byte[] publishedPdf, String publishedPdfSha256) {
        if (status == Status.PUBLISHED) {
            throw new IllegalStateException("report " + id + " is already published");
        }
        status = Status.PUBLISHED;
        publishedBy = by;
        publishedAt = at;
        pdf = publishedPdf;
        pdfSha256 = publishedPdfSha256;
    }

    public boolean isPublished() {
        return status == Status.PUBLISHED;
    }

    public Long getId() { return id; }
    public LocalDate getPeriodFrom() { return periodFrom; }
    public LocalDate getPeriodTo() { return periodTo; }
    public String getPageSize() { return pageSize; }
    public String getFactorSet() { return factorSet; }
    public Instant getOverridesAsOf() { return overridesAsOf; }
    public String getContentSha256() { return contentSha256; }
    public String getPdfSha256() { return pdfSha256; }
    public byte[] getPdf() { return pdf; }
    public byte[] getLineageCsv() { return lineageCsv; }
    public double getScope1Kg() { return scope1Kg; }
    public double getScope2LocationKg() { return scope2LocationKg; }
    public double getScope2MarketKg() { return scope2MarketKg; }
    public double getScope3Kg() { return scope3Kg; }
    public double getEnergyKwh() { return energyKwh; }
    public Status getStatus() { return status; }
    public String getCreatedBy() { return createdBy; }
    public Instant getCreatedAt() { return createdAt; }
    public String getPublishedBy() { return publishedBy; }
    public Instant getPublishedAt() { return publishedAt; }
}
