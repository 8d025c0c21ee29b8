package org.aifootprint.domain.vendor;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The catalogue of procurement criteria (docs/methodology.md §13): code, label with unit, kind of value and the
 * direction a template proposes by default. Yes/no criteria are scored 1/0; levels by their position on the list
 * ({@code none} 0 …). Grid intensity is derived from the offered regions and the reference data, never entered.
 */
public enum Criterion {
    PUE("pue", "PUE (ratio)", "ratio", Type.NUMBER, false, List.of()),
    WUE("wue_l_per_kwh", "WUE (L/kWh)", "L/kWh", Type.NUMBER, false, List.of()),
    RENEWABLE_SHARE("renewable_share_percent", "Renewable electricity, annual match (%)", "%", Type.NUMBER, true, List.of()),
    CFE_SHARE("hourly_cfe_share_percent", "Hourly carbon-free energy share (%)", "%", Type.NUMBER, true, List.of()),
    REF("ref_ratio", "Renewable energy factor REF (ratio 0–1)", "ratio", Type.NUMBER, true, List.of()),
    GRID_INTENSITY("grid_intensity_g_per_kwh", "Grid intensity of offered regions (gCO2e/kWh, mean)", "gCO2e/kWh", Type.DERIVED, false, List.of()),
    EMBODIED("embodied_kg_co2e_per_unit", "Embodied emissions (kgCO2e per unit)", "kgCO2e/unit", Type.NUMBER, false, List.of()),
    POWER("tdp_w_per_unit", "Power per unit, TDP (W)", "W", Type.NUMBER, false, List.of()),
    PCF_AVAILABLE("pcf_available", "Product carbon footprint (ISO 14067) available (yes/no)", "yes/no", Type.YES_NO, true, List.of()),
    ISO_14001("iso_14001", "ISO 14001 certified (yes/no)", "yes/no", Type.YES_NO, true, List.of()),
    ISO_50001("iso_50001", "ISO 50001 certified (yes/no)", "yes/no", Type.YES_NO, true, List.of()),
    EPEAT_TIER("epeat_tier", "EPEAT tier (none/bronze/silver/gold)", "tier", Type.LEVEL, true, List.of("none", "bronze", "silver", "gold")),
    ENERGY_STAR("energy_star", "ENERGY STAR certified (yes/no)", "yes/no", Type.YES_NO, true, List.of()),
    TCO_CERTIFIED("tco_certified", "TCO Certified (yes/no)", "yes/no", Type.YES_NO, true, List.of()),
    SBTI_STATUS("sbti_status", "SBTi status (commitment-removed/none/committed/targets-set)", "status", Type.LEVEL, true,
            List.of("commitment-removed", "none", "committed", "targets-set")),
    TAKE_BACK("take_back", "Take-back or refurbishment programme (yes/no)", "yes/no", Type.YES_NO, true, List.of()),
    REPAIRABILITY("repairability_score_0_10", "Repairability score (0–10)", "score 0–10", Type.NUMBER, true, List.of()),
    DISCLOSES_SCOPE_1_3("discloses_scope_1_3", "Discloses Scope 1, 2 and 3 (yes/no)", "yes/no", Type.YES_NO, true, List.of()),
    DISCLOSES_WATER("discloses_water", "Discloses water use (yes/no)", "yes/no", Type.YES_NO, true, List.of()),
    CNDCP_MEMBER("cndcp_member", "Climate Neutral Data Centre Pact member (yes/no)", "yes/no", Type.YES_NO, true, List.of());

    /** How a value is entered: a number, yes/no, one of the levels, or derived (not entered). */
    public enum Type {
        NUMBER, YES_NO, LEVEL, DERIVED
    }

    private final String code;
    private final String label;
    private final String unit;
    private final Type type;
    private final boolean higherIsBetter;
    private final List<String> levels;

    Criterion(String code, String label, String unit, Type type, boolean higherIsBetter, List<String> levels) {
        this.code = code;
        this.label = label;
        this.unit = unit;
        this.type = type;
        this.higherIsBetter = higherIsBetter;
        this.levels = levels;
    }

    public String code() { return code; }
    public String label() { return label; }
    public String unit() { return unit; }
    public Type type() { return type; }
    public boolean higherIsBetter() { return higherIsBetter; }
    public List<String> levels() { return levels; }
    public boolean isEntered() { return type != Type.DERIVED; }

    public static Optional<Criterion> fromCode(String code) {
        if (code == null) {
            return Optional.empty();
        }
        String c = code.trim().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(v -> v.code.equals(c) || v.name().equalsIgnoreCase(c)).findFirst();
    }

    /** The number a text value scores as: yes/no → 1/0, a level → its position; empty when the text is not one of them. */
    public Optional<Double> number(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String t = text.trim().toLowerCase(Locale.ROOT).replace('_', '-').replace(' ', '-');
        return switch (type) {
            case YES_NO -> switch (t) {
                case "yes", "true", "1", "y" -> Optional.of(1.0);
                case "no", "false", "0", "n" -> Optional.of(0.0);
                default -> Optional.empty();
            };
            case LEVEL -> levels.contains(t) ? Optional.of((double) levels.indexOf(t)) : Optional.empty();
            default -> {
                try {
                    yield Optional.of(Double.valueOf(t));
                } catch (NumberFormatException e) {
                    yield Optional.empty();
                }
            }
        };
    }

    /** How a stored number reads: yes/no, the level, or the number. */
    public String text(double number) {
        return switch (type) {
            case YES_NO -> number >= 0.5 ? "yes" : "no";
            case LEVEL -> levels.get((int) Math.max(0, Math.min(levels.size() - 1, Math.round(number))));
            default -> number == Math.rint(number) && Math.abs(number) < 1e12 ? String.valueOf((long) number)
                    : String.valueOf(Math.round(number * 10000) / 10000.0);
        };
    }
}
