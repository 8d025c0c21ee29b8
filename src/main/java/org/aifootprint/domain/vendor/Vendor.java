package org.aifootprint.domain.vendor;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.aifootprint.domain.shared.TenantOwned;
import org.hibernate.annotations.BatchSize;
import org.hibernate.annotations.Fetch;
import org.hibernate.annotations.FetchMode;
import org.hibernate.envers.Audited;

/**
 * A supplier the buyer compares: a cloud provider, colocation operator, hardware OEM or AI model/API provider, with
 * what it offers (regions, sites, hardware models) and the criterion values entered with their evidence.
 */
@Entity
@Audited
@Table(name = "vendor")
@NamedQuery(name = "Vendor.findAll", query = "select v from Vendor v order by v.name")
@NamedQuery(name = "Vendor.findByCode", query = "select v from Vendor v where v.code = :code")
public class Vendor extends TenantOwned {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = 64)
    private String code;

    @Column(nullable = false, length = 200)
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private VendorKind kind;

    @Column(length = 500)
    private String website;

    @OneToMany(mappedBy = "vendor", cascade = CascadeType.ALL, orphanRemoval = true, fetch = FetchType.EAGER)
    @BatchSize(size = 100)
    @Fetch(FetchMode.SELECT)
    @OrderBy("kind, reference")
    private List<VendorOffering> offerings = new ArrayList<>();

    @OneToMany(mappedBy = "vendor", cascade = CascadeType.ALL, orphanRemoval = true, fetch = FetchType.EAGER)
    @BatchSize(size = 100)
    @Fetch(FetchMode.SELECT)
    @OrderBy("criterion")
    private List<VendorCriterionValue> criterionValues = new ArrayList<>();

    protected Vendor() {
    }

    public Vendor(String code, String name, VendorKind kind) {
        this.code = code;
        this.name = name;
        this.kind = kind;
    }

    public VendorOffering offer(OfferingKind kind, String reference, String label) {
        VendorOffering offering = new VendorOffering(this, kind, reference, label);
        offerings.add(offering);
        return offering;
    }

    public void withdraw(VendorOffering offering) {
        offerings.remove(offering);
    }

    /** Records (or replaces) the value of one criterion; the audit history keeps the earlier value and its evidence. */
    public VendorCriterionValue record(Criterion criterion, double number, String unit, String source, java.time.LocalDate sourceDate,
            String enteredBy, java.time.Instant enteredAt) {
        VendorCriterionValue value = valueOf(criterion).orElse(null);
        if (value == null) {
            value = new VendorCriterionValue(this, criterion);
            criterionValues.add(value);
        }
        value.set(number, unit, source, sourceDate, enteredBy, enteredAt);
        return value;
    }

    public void forget(VendorCriterionValue value) {
        criterionValues.remove(value);
    }

    public Optional<VendorCriterionValue> valueOf(Criterion criterion) {
        return criterionValues.stream().filter(v -> v.getCriterion() == criterion).findFirst();
    }

    public Long getId() { return id; }
    public String getCode() { return code; }
    public void setCode(String code) { this.code = code; }
    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public VendorKind getKind() { return kind; }
    public void setKind(VendorKind kind) { this.kind = kind; }
    public String getWebsite() { return website; }
    public void setWebsite(String website) { this.website = website; }
    public List<VendorOffering> getOfferings() { return offerings; }
    public List<VendorCriterionValue> getCriterionValues() { return criterionValues; }

    /** "name (code)", for pickers and tables. */
    public String getLabel() {
        return name + " (" + code + ")";
    }
}
