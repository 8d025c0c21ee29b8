package org.aifootprint.domain.governance;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import org.aifootprint.domain.shared.TenantOwned;
import org.hibernate.envers.Audited;

/** The tenant's internal carbon price from a date on (currency per t CO2e); prices are never changed, only followed by new ones. */
@Entity
@Audited
@Table(name = "carbon_price")
@NamedQuery(name = "CarbonPrice.findAll", query = "select p from CarbonPrice p order by p.effectiveFrom")
public class CarbonPrice extends TenantOwned {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = 3)
    private String currency;

    @Column(name = "price_per_tonne", nullable = false)
    private double pricePerTonne;

    @Column(name = "effective_from", nullable = false)
    private LocalDate effectiveFrom;

    @Column(nullable = false, length = 1000)
    private String rationale;

    @Column(name = "created_by", nullable = false, length = 254, updatable = false)
    private String createdBy;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    protected CarbonPrice() {
    }

    public CarbonPrice(String currency, double pricePerTonne, LocalDate effectiveFrom, String rationale, String createdBy, Instant createdAt) {
        this.currency = currency;
        this.pricePerTonne = pricePerTonne;
        this.effectiveFrom = effectiveFrom;
        this.rationale = rationale;
        this.createdBy = createdBy;
        this.createdAt = createdAt;
    }

    public Long getId() { return id; }
    public String getCurrency() { return currency; }
    public double getPricePerTonne() { return pricePerTonne; }
    public LocalDate getEffectiveFrom() { return effectiveFrom; }
    public String getRationale() { return rationale; }
    public String getCreatedBy() { return createdBy; }
    public Instant getCreatedAt() { return createdAt; }
}
