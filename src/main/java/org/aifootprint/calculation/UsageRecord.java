package org.aifootprint.calculation;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Objects;

/**
 * Compute of one model in one phase over a period (both days included), on {@code deviceCount} devices of one
 * hardware type for {@code hoursPerDevice} each, in one facility. Of {@code meteredKwh}, {@code avgPowerW} and
 * {@code utilization}, whichever is known; the best known decides the {@link #tier()}.
 *
 * @param hardware power and embodied figures of the hardware type (idle and maximum power may be null when
 *                 energy is metered or power measured)
 */
public record UsageRecord(long id, String model, String team, String phase, LocalDate start, LocalDate end, String facility,
        Hardware hardware, int deviceCount, double hoursPerDevice, Double avgPowerW, Double utilization, Double meteredKwh,
        Long requests, CloudEstimate cloudEstimate) {

    /**
     * IT energy estimated upstream from cloud billing lines ({@link CloudEnergy}): central value, the range at
     * 0 % and 100 % utilisation, and the coefficients used.
     */
    public record CloudEstimate(double kwh, double lowKwh, double highKwh, List<Factor> factors) {
        public CloudEstimate {
            if (!(kwh >= 0 && lowKwh >= 0 && highKwh >= lowKwh)) {
                throw new IllegalArgumentException("a cloud estimate needs 0 <= low <= high and kWh >= 0");
            }
            factors = List.copyOf(factors);
        }
    }

    /** A record without a cloud billing estimate. */
    public UsageRecord(long id, String model, String team, String phase, LocalDate start, LocalDate end, String facility,
            Hardware hardware, int deviceCount, double hoursPerDevice, Double avgPowerW, Double utilization, Double meteredKwh,
            Long requests) {
        this(id, model, team, phase, start, end, facility, hardware, deviceCount, hoursPerDevice, avgPowerW, utilization, meteredKwh,
                requests, null);
    }

    /** A hardware type's figures as factors: maximum (TDP) and idle power, embodied emissions, lifetime. */
    public record Hardware(String code, Factor tdpW, Factor idleW, Factor embodiedKgPerUnit, Factor lifetimeYears) {
        public Hardware {
            Objects.requireNonNull(code, "hardware code");
        }
    }

    public UsageRecord {
        Objects.requireNonNull(model, "model");
        Objects.requireNonNull(phase, "phase");
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
        Objects.requireNonNull(facility, "facility");
        Objects.requireNonNull(hardware, "hardware");
        if (end.isBefore(start)) {
            throw new IllegalArgumentException("usage " + id + ": end " + end + " is before start " + start);
        }
        if (deviceCount < 1) {
            throw new IllegalArgumentException("usage " + id + ": deviceCount must be 1 or more");
        }
        if (!(hoursPerDevice >= 0) || hoursPerDevice > days(start, end) * 24.0) {
            throw new IllegalArgumentException("usage " + id + ": hoursPerDevice must be between 0 and the hours of the period");
        }
        if (avgPowerW != null && !(avgPowerW >= 0)) {
            throw new IllegalArgumentException("usage " + id + ": avgPowerW must be 0 or more");
        }
        if (utilization != null && !(utilization >= 0 && utilization <= 1)) {
            throw new IllegalArgumentException("usage " + id + ": utilization must be between 0 and 1");
        }
        if (meteredKwh != null && !(meteredKwh >= 0)) {
            throw new IllegalArgumentException("usage " + id + ": meteredKwh must be 0 or more");
        }
        if (cloudEstimate != null && meteredKwh != null) {
            throw new IllegalArgumentException("usage " + id + ": energy is either metered or estimated from billing, not both");
        }
        if (cloudEstimate == null && meteredKwh == null && avgPowerW == null && (hardware.tdpW() == null || hardware.idleW() == null)) {
            throw new IllegalArgumentException("usage " + id + ": " + hardware.code()
                    + " has no idle and maximum power; metered energy or measured power is needed");
        }
    }

    public Tier tier() {
        if (cloudEstimate != null) {
            return Tier.ESTIMATED;
        }
        if (meteredKwh != null) {
            return Tier.METERED;
        }
        return avgPowerW != null ? Tier.MEASURED : Tier.ESTIMATED;
    }

    public double deviceHours() {
        return deviceCount * hoursPerDevice;
    }

    public long days() {
        return days(start, end);
    }

    static long days(LocalDate start, LocalDate end) {
        return ChronoUnit.DAYS.between(start, end) + 1;
    }
}
