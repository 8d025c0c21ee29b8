package org.aifootprint.calculation;

/** What a line item measures, and in which unit. Every figure of a {@link Footprint} is a sum of line items. */
public enum Measure {
    IT_ENERGY("kWh"),
    FACILITY_ENERGY("kWh"),
    SCOPE1("kgCO2e"),
    SCOPE2_LOCATION("kgCO2e"),
    SCOPE2_MARKET("kgCO2e"),
    SCOPE3_CAT1("kgCO2e"),
    SCOPE3_CAT2("kgCO2e"),
    SCOPE3_CAT3("kgCO2e"),
    SCOPE3_CAT5("kgCO2e"),
    SCOPE3_CAT12("kgCO2e"),
    EMBODIED_SHARE("kgCO2e"),
    WATER_SITE("L"),
    WATER_SOURCE("L"),
    EWASTE("kg");

    private final String unit;

    Measure(String unit) {
        this.unit = unit;
    }

    public String unit() {
        return unit;
    }
}
