package org.aifootprint.domain.hardware;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

/**
 * A catalogue entry (global reference data, not tenant-owned): power, mass and embodied emissions of one
 * hardware model, loaded from {@code reference-data/hardware-catalogue.csv} with its source.
 */
@Entity
@Table(name = "hardware_type")
@NamedQuery(name = "HardwareType.findAll", query = "select h from HardwareType h order by h.kind, h.vendor, h.name")
public class HardwareType {

    @Id
    @Column(length = 64)
    private String code;

    @Column(nullable = false, length = 200)
    private String name;

    /** accelerator, cpu-server, gpu-server, storage, network. */
    @Column(nullable = false, length = 20)
    private String kind;

    @Column(nullable = false, length = 100)
    private String vendor;

    @Column(name = "tdp_w")
    private Double tdpW;

    @Column(name = "idle_w")
    private Double idleW;

    @Column(name = "mass_kg")
    private Double massKg;

    @Column(name = "embodied_kg_co2e")
    private Double embodiedKgCo2e;

    @Column(name = "embodied_basis", length = 40)
    private String embodiedBasis;

    @Column(name = "lifetime_years")
    private Double lifetimeYears;

    @Column(nullable = false, length = 500)
    private String source;

    protected HardwareType() {
    }

    public HardwareType(String code, String name, String kind, String vendor, Double tdpW, Double idleW, Double massKg,
            Double embodiedKgCo2e, String embodiedBasis, Double lifetimeYears, String source) {
        this.code = code;
        refresh(name, kind, vendor, tdpW, idleW, massKg, embodiedKgCo2e, embodiedBasis, lifetimeYears, source);
    }

    public final void refresh(String name, String kind, String vendor, Double tdpW, Double idleW, Double massKg,
            Double embodiedKgCo2e, String embodiedBasis, Double lifetimeYears, String source) {
        this.name = name;
        this.kind = kind;
        this.vendor = vendor;
        this.tdpW = tdpW;
        this.idleW = idleW;
        this.massKg = massKg;
        this.embodiedKgCo2e = embodiedKgCo2e;
        this.embodiedBasis = embodiedBasis;
        this.lifetimeYears = lifetimeYears;
        this.source = source;
    }

    /** Whether energy can be estimated without a measurement (both idle and maximum power are known). */
    public boolean hasPowerModel() {
        return tdpW != null && idleW != null;
    }

    public String getCode() { return code; }
    public String getName() { return name; }
    public String getKind() { return kind; }
    public String getVendor() { return vendor; }
    public Double getTdpW() { return tdpW; }
    public Double getIdleW() { return idleW; }
    public Double getMassKg() { return massKg; }
    public Double getEmbodiedKgCo2e() { return embodiedKgCo2e; }
    public String getEmbodiedBasis() { return embodiedBasis; }
    public Double getLifetimeYears() { return lifetimeYears; }
    public String getSource() { return source; }
}
