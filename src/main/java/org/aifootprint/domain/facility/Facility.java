package org.aifootprint.domain.facility;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import org.aifootprint.domain.shared.Importable;
import org.hibernate.envers.Audited;

/**
 * Where AI computes: an own data centre, a colocation site or a cloud region. Its grid zone selects the
 * location-based grid factor (e.g. {@code FR}, {@code US-CAISO}, or a cloud region {@code aws:eu-west-3}).
 */
@Entity
@Audited
@Table(name = "facility")
@NamedQuery(name = "Facility.findAll", query = "select f from Facility f order by f.code")
@NamedQuery(name = "Facility.findByCode", query = "select f from Facility f where f.code = :code")
public class Facility extends Importable {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = 64)
    private String code;

    @Column(nullable = false, length = 200)
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(name = "operator_kind", nullable = false, length = 20)
    private OperatorKind operatorKind;

    /** ISO 3166-1 alpha-2. */
    @Column(length = 2)
    private String country;

    @Column(name = "grid_zone", nullable = false, length = 64)
    private String gridZone;

    /** Used for periods without metrics (e.g. a colocation provider's contractual PUE). */
    @Column(name = "default_pue")
    private Double defaultPue;

    @Column(name = "default_wue_l_per_kwh")
    private Double defaultWueLitresPerKwh;

    /** Supplier-specific emission factor, overriding the zone's for market-based Scope 2. */
    @Column(name = "supplier_factor_g_per_kwh")
    private Double supplierFactorGramsPerKwh;

    @Column(name = "supplier_factor_evidence", length = 1000)
    private String supplierFactorEvidence;

    protected Facility() {
    }

    public Facility(String code) {
        this.code = code;
    }

    public Long getId() { return id; }
    public String getCode() { return code; }
    public void setCode(String code) { this.code = code; }
    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public OperatorKind getOperatorKind() { return operatorKind; }
    public void setOperatorKind(OperatorKind operatorKind) { this.operatorKind = operatorKind; }
    public String getCountry() { return country; }
    public void setCountry(String country) { this.country = country; }
    public String getGridZone() { return gridZone; }
    public void setGridZone(String gridZone) { this.gridZone = gridZone; }
    public Double getDefaultPue() { return defaultPue; }
    public void setDefaultPue(Double defaultPue) { this.defaultPue = defaultPue; }
    public Double getDefaultWueLitresPerKwh() { return defaultWueLitresPerKwh; }
    public void setDefaultWueLitresPerKwh(Double v) { this.defaultWueLitresPerKwh = v; }
    public Double getSupplierFactorGramsPerKwh() { return supplierFactorGramsPerKwh; }
    public void setSupplierFactorGramsPerKwh(Double v) { this.supplierFactorGramsPerKwh = v; }
    public String getSupplierFactorEvidence() { return supplierFactorEvidence; }
    public void setSupplierFactorEvidence(String v) { this.supplierFactorEvidence = v; }

    public boolean isCloud() {
        return operatorKind == OperatorKind.CLOUD;
    }

    /** "code — name", for pickers and tables. */
    public String getLabel() {
        return code + " — " + name;
    }
}
