package org.aifootprint.calculation;

import java.time.LocalDate;
import java.util.Locale;

/**
 * Hardware handed over on a day: {@code massKg} to one disposition ({@code reuse}, {@code refurbishment},
 * {@code recycling}, {@code landfill}, {@code incineration}) with its end-of-life factor (kgCO2e/kg).
 */
public record Disposal(long id, LocalDate date, String disposition, double massKg, Factor endOfLifeKgPerKg) {

    public Disposal {
        disposition = disposition.toLowerCase(Locale.ROOT);
        if (!(massKg > 0)) {
            throw new IllegalArgumentException("disposal " + id + ": mass must be more than 0 kg");
        }
    }

    /** Reuse and refurbishment put the product back on the market: a sold product (Cat 12); the rest is waste (Cat 5). */
    public boolean isSoldProduct() {
        return disposition.equals("reuse") || disposition.equals("refurbishment");
    }

    /** Counts towards the reuse + recycling rate. */
    public boolean isDivertedFromDisposal() {
        return isSoldProduct() || disposition.equals("recycling");
    }
}
