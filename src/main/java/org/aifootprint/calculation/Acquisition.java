package org.aifootprint.calculation;

import java.time.LocalDate;

/** Hardware bought: {@code quantity} units of one type on a day, each with its embodied (cradle-to-gate) emissions. */
public record Acquisition(long id, String hardware, LocalDate date, int quantity, Factor embodiedKgPerUnit) {

    public Acquisition {
        if (quantity < 1) {
            throw new IllegalArgumentException("acquisition " + id + ": quantity must be 1 or more");
        }
    }
}
