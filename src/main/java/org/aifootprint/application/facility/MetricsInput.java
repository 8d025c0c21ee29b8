package org.aifootprint.application.facility;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import org.aifootprint.domain.facility.FacilityMetrics;
import org.aifootprint.domain.facility.Granularity;

/**
 * One period's metrics of a facility as entered in the form or posted to
 * {@code /api/v1/facilities/{id}/metrics}. Everything but the period is optional: enter what was measured.
 */
public class MetricsInput {

    @NotNull(message = "is required (MONTH or YEAR)")
    private Granularity granularity = Granularity.MONTH;
    @NotNull(message = "is required")
    private LocalDate periodStart;
    @PositiveOrZero(message = "must be 0 or more kWh")
    private Double totalEnergyKwh;
    @PositiveOrZero(message = "must be 0 or more kWh")
    private Double itEnergyKwh;
    @DecimalMin(value = "1.0", message = "must be between 1.0 and 4.0")
    @DecimalMax(value = "4.0", message = "must be between 1.0 and 4.0")
    private Double pue;
    @PositiveOrZero(message = "must be 0 or more litres")
    private Double waterWithdrawnLitres;
    @PositiveOrZero(message = "must be 0 or more litres")
    private Double waterConsumedLitres;
    @DecimalMin(value = "0.0", message = "must be between 0 and 20 L/kWh")
    @DecimalMax(value = "20.0", message = "must be between 0 and 20 L/kWh")
    private Double wueLitresPerKwh;
    @PositiveOrZero(message = "must be 0 or more kWh")
    private Double renewableOnSiteKwh;
    @PositiveOrZero(message = "must be 0 or more kWh")
    private Double wasteHeatReusedKwh;
    @PositiveOrZero(message = "must be 0 or more litres")
    private Double generatorFuelLitres;
    /** Refrigerant topped up, kg by gas (e.g. {@code {"R-134a": 12.5}}). */
    private Map<String, Double> refrigerantsKg = new LinkedHashMap<>();

    public static MetricsInput of(FacilityMetrics m) {
        MetricsInput in = new MetricsInput();
        in.granularity = m.getGranularity();
        in.periodStart = m.getPeriodStart();
        in.totalEnergyKwh = m.getTotalEnergyKwh();
        in.itEnergyKwh = m.getItEnergyKwh();
        in.pue = m.getPue();
        in.waterWithdrawnLitres = m.getWaterWithdrawnLitres();
        in.waterConsumedLitres = m.getWaterConsumedLitres();
        in.wueLitresPerKwh = m.getWueLitresPerKwh();
        in.renewableOnSiteKwh = m.getRenewableOnSiteKwh();
        in.wasteHeatReusedKwh = m.getWasteHeatReusedKwh();
        in.generatorFuelLitres = m.getGeneratorFuelLitres();
        m.getRefrigerants().forEach(r -> in.refrigerantsKg.put(r.getGas(), r.getMassKg()));
        return in;
    }

    public Granularity getGranularity() { return granularity; }
    public void setGranularity(Granularity v) { this.granularity = v; }
    public LocalDate getPeriodStart() { return periodStart; }
    public void setPeriodStart(LocalDate v) { this.periodStart = v; }
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
    public Map<String, Double> getRefrigerantsKg() { return refrigerantsKg; }
    public void setRefrigerantsKg(Map<String, Double> v) { this.refrigerantsKg = v == null ? new LinkedHashMap<>() : new LinkedHashMap<>(v); }

    /** PUE as it will be stored: derived from the energies when both are given. */
    public Double getEffectivePue() {
        return FacilityMetrics.derivePue(totalEnergyKwh, itEnergyKwh, pue);
    }

    /** The period's last day: end of the month or year starting at {@link #getPeriodStart()}. */
    public LocalDate getPeriodEnd() {
        if (periodStart == null || granularity == null) {
            return null;
        }
        return granularity == Granularity.MONTH ? periodStart.plusMonths(1).minusDays(1) : periodStart.plusYears(1).minusDays(1);
    }
}
