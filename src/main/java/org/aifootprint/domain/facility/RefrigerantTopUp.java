package org.aifootprint.domain.facility;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.aifootprint.domain.shared.TenantOwned;
import org.hibernate.envers.Audited;

/** Refrigerant added to the cooling plant in a metrics period: what leaked (Scope 1, kg × GWP). */
@Entity
@Audited
@Table(name = "refrigerant_top_up")
public class RefrigerantTopUp extends TenantOwned {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "metrics_id")
    private FacilityMetrics metrics;

    /** Refrigerant designation as in reference-data/refrigerant-gwp.csv, e.g. {@code R-134a}. */
    @Column(nullable = false, length = 40)
    private String gas;

    @Column(name = "mass_kg", nullable = false)
    private double massKg;

    protected RefrigerantTopUp() {
    }

    RefrigerantTopUp(FacilityMetrics metrics, String gas, double massKg) {
        this.metrics = metrics;
        this.gas = gas;
        this.massKg = massKg;
    }

    public Long getId() { return id; }
    public String getGas() { return gas; }
    public double getMassKg() { return massKg; }
}
