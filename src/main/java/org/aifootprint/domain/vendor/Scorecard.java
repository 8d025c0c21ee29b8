package org.aifootprint.domain.vendor;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import org.aifootprint.domain.shared.TenantOwned;

/**
 * A comparison as it was made: the template copied (criteria, weights, rules), the vendors and their values with
 * evidence, the ranking and sensitivity (JSON, as the API returns it), who made it and when, and the PDF with its
 * SHA-256. Nothing of it changes afterwards.
 */
@Entity
@Table(name = "scorecard")
@NamedQuery(name = "Scorecard.findAll", query = "select s from Scorecard s order by s.createdAt desc, s.id desc")
public class Scorecard extends TenantOwned {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "template_id", updatable = false)
    private Long templateId;

    @Column(name = "template_name", nullable = false, length = 120, updatable = false)
    private String templateName;

    @Column(name = "template_snapshot", nullable = false, updatable = false, length = 100000)
    private String templateSnapshot;

    /** Codes of the compared vendors, comma-separated, in ranking order. */
    @Column(name = "vendor_codes", nullable = false, length = 2000, updatable = false)
    private String vendorCodes;

    @Column(name = "result_json", nullable = false, updatable = false, length = 1000000)
    private String resultJson;

    @Column(name = "created_by", nullable = false, length = 254, updatable = false)
    private String createdBy;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(nullable = false)
    private byte[] pdf;

    @Column(name = "pdf_sha256", nullable = false, length = 64)
    private String pdfSha256;

    protected Scorecard() {
    }

    public Scorecard(Long templateId, String templateName, String templateSnapshot, String vendorCodes, String resultJson, String createdBy,
            Instant createdAt) {
        this.templateId = templateId;
        this.templateName = templateName;
        this.templateSnapshot = templateSnapshot;
        this.vendorCodes = vendorCodes;
        this.resultJson = resultJson;
        this.createdBy = createdBy;
        this.createdAt = createdAt;
        this.pdf = new byte[0];
        this.pdfSha256 = "";
    }

    /** Attaches the rendered PDF (which prints the scorecard's id, so it is rendered once the id exists); once. */
    public void attachPdf(byte[] pdf, String pdfSha256) {
        if (this.pdf.length > 0) {
            throw new IllegalStateException("scorecard " + id + " already has its PDF");
        }
        this.pdf = pdf;
        this.pdfSha256 = pdfSha256;
    }

    public Long getId() { return id; }
    public Long getTemplateId() { return templateId; }
    public String getTemplateName() { return templateName; }
    public String getTemplateSnapshot() { return templateSnapshot; }
    public String getVendorCodes() { return vendorCodes; }
    public String getResultJson() { return resultJson; }
    public String getCreatedBy() { return createdBy; }
    public Instant getCreatedAt() { return createdAt; }
    public byte[] getPdf() { return pdf; }
    public String getPdfSha256() { return pdfSha256; }
}
