package org.aifootprint.domain.facility;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.aifootprint.domain.shared.Importable;
import org.hibernate.annotations.BatchSize;
import org.hibernate.envers.Audited;

/**
 * What a facility measured over one month or one year (ISO/IEC 30134 quantities). PUE is derived from
 * total and IT energy when both are known (ISO/IEC 30134-2: PUE = total facility energy / IT energy) and
 * entered otherwise.
 */
@Entity
@Audited
@Table(name = "facility_metrics")
@NamedQuery(name = "FacilityMetrics.findByFacility",
        query = "select m from FacilityMetrics m where m.facility = :facility order by m.periodStart")
@NamedQuery(name = "FacilityMetrics.findOverlapping",
        query = "select m from FacilityMetrics m join fetch m.facility where m.periodStart <= :to and m.periodEnd >= :from order by m.facility.code, m.periodStart")
public class FacilityMetrics extends Importable {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "facility_id")
    private Facility facility;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private Granularity granularity;

    @Column(name = "period_start", nullable = false)
    private LocalDate periodStart;

    /** Inclusive: the last day of the month or year. */
    @Column(name = "period_end", nullable = false)
    private LocalDate periodEnd;

    @Column(name = "total_energy_kwh")
    private Double totalEnergyKwh;
    @Column(name = "it_energy_kwh")
    private Double itEnergyKwh;
    @Column(name = "pue")
    private Double pue;
    @Column(name = "water_withdrawn_l")
    private Double waterWithdrawnLitres;
    @Column(name = "water_consumed_l")
    private Double waterConsumedLitres;
    @Column(name = "wue_l_per_kwh")
    private Double wueLitresPerKwh;
    @Column(name = "renewable_onsite_kwh")
    private Double renewableOnSiteKwh;
    @Column(name = "waste_heat_reused_kwh")
    private Double wasteHeatReusedKwh;
    @Column(name = "generator_fuel_l")
    private Double generatorFuelLitres;

    @OneToMany(mappedBy = "metrics", cascade = CascadeType.ALL, orphanRemoval = true, fetch = FetchType.EAGER)
    @BatchSize(size = 100)
    @OrderBy("gas")
    private List<RefrigerantTopUp> refrigerants = new ArrayList<>();

    protected FacilityMetrics() {
    }

    public FacilityMetrics(Facility facility, Granularity granularity, LocalDate periodStart) {
        this.facility = facility;
        moveTo(granularity, periodStart);
    }

    /** Sets the period: the calendar month or year starting at {@code periodStart}. */
    public final void moveTo(Granularity granularity, LocalDate periodStart) {
        this.granularity = granularity;
        this.periodStart = periodStart;
        this.periodEnd = granularity == Granularity.MONTH ? periodStart.plusMonths(1).minusDays(1) : periodStart.plusYears(1).minusDays(1);
    }

    /** PUE = total facility energy / IT equipment energy when both are known; otherwise the entered PUE. */
    public static Double derivePue(Double totalEnergyKwh, Double itEnergyKwh, Double enteredPue) {
        if (totalEnergyKwh != null && itEnergyKwh != null && itEnergyKwh > 0) {
            return totalEnergyKwh / itEnergyKwh;
        }
        return enteredPue;
    }

    /** WUE = site water consumed / IT energy (ISO/IEC 30134-9) when both are known; otherwise the entered WUE. */
    public static Double deriveWue(Double waterConsumedLitres, Double itEnergyKwh, Double enteredWue) {
        if (waterConsumedLitres != null && itEnergyKwh != null && itEnergyKwh > 0) {
            return waterConsumedLitres / itEnergyKwh;
        }
        return enteredWue;
    }

    public void replaceRefrigerants(Map<String, Double> kgByGas) {
        refrigerants.clear();
        kgByGas.forEach((gas, kg) -> refrigerants.add(new RefrigerantTopUp(this, gas, kg)));
    }

    public Long getId() { return id; }
    public Facility getFacility() { return facility; }
    public Granularity getGranularity() { return granularity; }
    public LocalDate getPeriodStart() { return periodStart; }
    public LocalDate getPeriodEnd() { return periodEnd; }
    public Double getTotalEnergyKwh() { return totalEnergyKwh; }
    public void setTotalEnergyKwh(Double v) { this.totalEnergyKwh = v; }
    public Double getItEnergyKwh() { return itEnergyKwh; }
    public void setItEnergyKwh(Double v) { this.itEnergyKwh = v; }
    public Double getPue() { return pue; }
    public void setPue(Double v) { this.pue = v; }
    public Double getWaterWithdrawnLitres() { return waterWithdrawnLitres; }
    public void setWaterWithdrawnLitres(Double v) { this.waterWithdrawnLitres = v; }
    public Double getWaterConsumedLitres() { return waterConsumedLitres; }
    public void setWaterConsumedLitres(Double v) { this.waterConsumedLitres = v; }
    public Double getWueLitresPerKwh() { return wueLitresPerKwh; }
    public void setWueLitresPerKwh(Double v) { this.wueLitresPerKwh = v; }
    public Double getRenewableOnSiteKwh() { return renewableOnSiteKwh; }
    public void setRenewableOnSiteKwh(Double v) { this.renewableOnSiteKwh = v; }
    public Double getWasteHeatReusedKwh() { return wasteHeatReusedKwh; }
    public void setWasteHeatReusedKwh(Double v) { this.wasteHeatReusedKwh = v; }
    public Double getGeneratorFuelLitres() { return generatorFuelLitres; }
    public void setGeneratorFuelLitres(Double v) { this.generatorFuelLitres = v; }
    public List<RefrigerantTopUp> getRefrigerants() { return refrigerants; }

    /** ERF = reused energy / total facility energy (ISO/IEC 30134-6), when both are known. */
    public Double getErf() {
        return wasteHeatReusedKwh != null && totalEnergyKwh != null && totalEnergyKwh > 0 ? wasteHeatReusedKwh / totalEnergyKwh : null;
    }

    /** REF = on-site renewable energy / total facility energy (ISO/IEC 30134-3), when both are known. */
    public Double getRef() {
        return renewableOnSiteKwh != null && totalEnergyKwh != null && totalEnergyKwh > 0 ? renewableOnSiteKwh / totalEnergyKwh : null;
    }
}
