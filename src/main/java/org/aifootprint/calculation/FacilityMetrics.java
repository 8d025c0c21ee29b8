package org.aifootprint.calculation;

import java.time.LocalDate;
import java.util.Map;
import java.util.Objects;

/**
 * What a facility measured over a month or a year (both days included). Any quantity may be unknown (null).
 * {@code pue} is the stored PUE (derived from total and IT energy when both were entered).
 */
public record FacilityMetrics(long id, String facility, LocalDate start, LocalDate end, Double totalEnergyKwh, Double itEnergyKwh, Double pue,
        Double waterConsumedLitres, Double wueLitresPerKwh, Double renewableOnSiteKwh, Double generatorFuelLitres,
        Map<String, Double> refrigerantKg) {

    public FacilityMetrics {
        Objects.requireNonNull(facility, "facility");
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
        if (end.isBefore(start)) {
            throw new IllegalArgumentException("metrics " + id + ": end before start");
        }
        if (pue != null && pue < 1.0) {
            throw new IllegalArgumentException("metrics " + id + ": PUE below 1");
        }
        refrigerantKg = refrigerantKg == null ? Map.of() : Map.copyOf(refrigerantKg);
    }

    public long days() {
        return UsageRecord.days(start, end);
    }
}
