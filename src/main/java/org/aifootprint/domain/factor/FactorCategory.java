package org.aifootprint.domain.factor;

import java.util.Arrays;
import java.util.Optional;

/**
 * The kinds of reference factor, each with its unit and the key that selects one factor of the kind (a grid
 * zone, a gas, a hardware code, {@code provider:region}). Mapping categories carry a text value (a zone).
 */
public enum FactorCategory {
    GRID_LOCATION("grid-location", "kgCO2e/kWh", "grid zone"),
    GRID_RESIDUAL_MIX("grid-residual-mix", "kgCO2e/kWh", "grid zone"),
    TD_LOSS("td-loss", "kgCO2e/kWh", "grid zone"),
    WTT_GENERATION("wtt-generation", "kgCO2e/kWh", "grid zone"),
    WTT_TD("wtt-td", "kgCO2e/kWh", "grid zone"),
    ELECTRICITY_WATER("electricity-water", "L/kWh", "grid zone"),
    FUEL_COMBUSTION("fuel-combustion", "kgCO2e/unit", "fuel"),
    REFRIGERANT_GWP("refrigerant-gwp", "kgCO2e/kg", "gas"),
    END_OF_LIFE("end-of-life", "kgCO2e/kg", "disposition"),
    HARDWARE_TDP("hardware-tdp", "W", "hardware code"),
    HARDWARE_IDLE("hardware-idle", "W", "hardware code"),
    HARDWARE_MASS("hardware-mass", "kg", "hardware code"),
    HARDWARE_EMBODIED("hardware-embodied", "kgCO2e/unit", "hardware code"),
    HARDWARE_LIFETIME("hardware-lifetime", "years", "hardware code"),
    CLOUD_PUE("cloud-pue", "ratio", "provider:region"),
    CLOUD_WUE("cloud-wue", "L/kWh", "provider:region"),
    CLOUD_REGION_ZONE("cloud-region-zone", "grid zone", "provider:region"),
    ZONE_ALIAS("zone-alias", "grid zone", "alias"),
    /** CCF coefficients; the unit is the file's (W per vCPU, kWh per GB-hour, Wh per TB-hour, kWh per GB, factor). */
    CLOUD_POWER_MIN("cloud-power-min", "unit", "provider:component"),
    CLOUD_POWER_MAX("cloud-power-max", "unit", "provider:component");

    private final String code;
    private final String unit;
    private final String keyName;

    FactorCategory(String code, String unit, String keyName) {
        this.code = code;
        this.unit = unit;
        this.keyName = keyName;
    }

    public String code() {
        return code;
    }

    public String unit() {
        return unit;
    }

    public String keyName() {
        return keyName;
    }

    public boolean isMapping() {
        return this == CLOUD_REGION_ZONE || this == ZONE_ALIAS;
    }

    public static Optional<FactorCategory> fromCode(String code) {
        return Arrays.stream(values()).filter(c -> c.code.equals(code)).findFirst();
    }
}
