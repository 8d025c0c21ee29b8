package org.aifootprint.domain.vendor;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import org.aifootprint.domain.shared.Importable;
import org.hibernate.envers.Audited;

/**
 * One criterion of one vendor with its evidence: the value (a number; yes/no and levels as their number), unit,
 * the source document and its date, who entered it and when. Changing it keeps the earlier value in the audit history.
 */
@Entity
@Audited
@Table(name = "vendor_criterion_value")
public class VendorCriterionValue extends Importable {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "vendor_id", nullable = false)
    private Vendor vendor;

    @Convert(converter = CriterionConverter.class)
    @Column(nullable = false, length = 40)
    private Criterion criterion;

    @Column(name = "numeric_value", nullable = false)
    private double numericValue;

    @Column(nullable = false, length = 20)
    private String unit;

    @Column(name = "source_document", nullable = false, length = 1000)
    private String sourceDocument;

    @Column(name = "source_date", nullable = false)
    private LocalDate sourceDate;

    @Column(name = "entered_by", nullable = false, length = 254)
    private String enteredBy;

    @Column(name = "entered_at", nullable = false)
    private Instant enteredAt;

    protected VendorCriterionValue() {
    }

    VendorCriterionValue(Vendor vendor, Criterion criterion) {
        this.vendor = vendor;
        this.criterion = criterion;
    }

    void set(double number, String unit, String source, LocalDate sourceDate, String enteredBy, Instant enteredAt) {
        this.numericValue = number;
        this.unit = unit;
        this.sourceDocument = source;
        this.sourceDate = sourceDate;
        this.enteredBy = enteredBy;
        this.enteredAt = enteredAt;
    }

    public Long getId() { return id; }
    public Vendor getVendor() { return vendor; }
    public Criterion getCriterion() { return criterion; }
    public double getNumericValue() { return numericValue; }
    public String getUnit() { return unit; }
    public String getSourceDocument() { return sourceDocument; }
    public LocalDate getSourceDate() { return sourceDate; }
    public String getEnteredBy() { return enteredBy; }
    public Instant getEnteredAt() { return enteredAt; }

    /** The value as people read it: a number, yes/no or the level. */
    public String getText() {
        return criterion.text(numericValue);
    }
}
