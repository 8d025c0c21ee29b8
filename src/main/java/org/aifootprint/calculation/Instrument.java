package org.aifootprint.calculation;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A contractual instrument (PPA, certificates, green tariff, supplier contract) covering {@code volumeMwh} of
 * electricity in one grid zone over a period, at {@code emissionFactor} (kgCO2e/kWh; 0 for renewable attributes).
 */
public record Instrument(long id, String zone, LocalDate start, LocalDate end, double volumeMwh, Factor emissionFactor) {

    public Instrument {
        Objects.requireNonNull(zone, "zone");
        Objects.requireNonNull(emissionFactor, "emissionFactor");
        if (end.isBefore(start)) {
            throw new IllegalArgumentException("instrument " + id + ": end before start");
        }
        if (!(volumeMwh > 0)) {
            throw new IllegalArgumentException("instrument " + id + ": volume must be more than 0 MWh");
        }
    }
}
