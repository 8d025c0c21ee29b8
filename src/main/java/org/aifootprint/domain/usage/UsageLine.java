package org.aifootprint.domain.usage;

import java.time.LocalDate;

/** A usage record as the calculation reads it: flat values, no entities (fast for hundreds of thousands of rows). */
public record UsageLine(long id, String model, String team, Phase phase, LocalDate periodStart, LocalDate periodEnd, String facility,
        String hardware, int deviceCount, double hoursPerDevice, Double avgPowerW, Double utilization, Double energyKwh, Long requests,
        DataSource dataSource, Double energyLowKwh, Double energyHighKwh, String energyFactors) {
}
