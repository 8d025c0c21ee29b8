package org.aifootprint.domain.factor;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import org.aifootprint.domain.shared.TenantOwned;

/**
 * A tenant's own value for one factor, with its evidence (e.g. a supplier's disclosed emission rate, a
 * vendor's product carbon footprint). Append-only: a change is a new version; withdrawing stamps the row.
 * The override in force at an instant is the highest version created before it and not withdrawn by then.
 */
@Entity
@Table(name = "factor_override")
@NamedQuery(name = "FactorOverride.findAll", query = "select o from FactorOverride o order by o.category, o.key, o.version desc")
public class FactorOverride extends TenantOwned {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Convert(converter = FactorCategoryConverter.class)
    @Column(nullable = false, length = 40, updatable = false)
    private FactorCategory category;

    @Column(name = "factor_key", nullable = false, length = 120, updatable = false)
    private String key;

    @Column(nullable = false, updatable = false)
    private int version;

    @Column(name = "numeric_value", nullable = false, updatable = false)
    private double value;

    @Column(nullable = false, length = 40, updatable = false)
    private String unit;

    @Column(nullable = false, length = 1000, updatable = false)
    private String evidence;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "created_by", nullable = false, length = 254, updatable = false)
    private String createdBy;

    @Column(name = "withdrawn_at")
    private Instant withdrawnAt;

    @Column(name = "withdrawn_by", length = 254)
    private String withdrawnBy;

    protected FactorOverride() {
    }

    public FactorOverride(FactorCategory category, String key, int version, double value, String evidence, Instant createdAt, String createdBy) {
        this.category = category;
        this.key = key;
        this.version = version;
        this.value = value;
        this.unit = category.unit();
        this.evidence = evidence;
        this.createdAt = createdAt;
        this.createdBy = createdBy;
    }

    public void withdraw(Instant at, String by) {
        if (withdrawnAt == null) {
            withdrawnAt = at;
            withdrawnBy = by;
        }
    }

    /** Whether this version was the one in force at {@code at} (created by then, not yet withdrawn). */
    public boolean inForceAt(Instant at) {
        return !createdAt.isAfter(at) && (withdrawnAt == null || withdrawnAt.isAfter(at));
    }

    /** The id recorded in a figure's lineage. */
    public String lineageId() {
        return "override:" + category.code() + ":" + key;
    }

    public Long getId() { return id; }
    public FactorCategory getCategory() { return category; }
    public String getKey() { return key; }
    public int getVersion() { return version; }
    public double getValue() { return value; }
    public String getUnit() { return unit; }
    public String getEvidence() { return evidence; }
    public Instant getCreatedAt() { return createdAt; }
    public String getCreatedBy() { return createdBy; }
    public Instant getWithdrawnAt() { return withdrawnAt; }
    public String getWithdrawnBy() { return withdrawnBy; }
}
