package org.aifootprint.infrastructure.referencedata;

import java.util.ArrayList;
import java.util.List;
import org.aifootprint.domain.factor.FactorCategory;
import org.aifootprint.domain.factor.FactorSet;
import org.aifootprint.domain.factor.ReferenceFactor;
import org.apache.commons.csv.CSVRecord;

/**
 * How the files of {@code reference-data/} become factors: which file, which column is the key, which
 * columns are values of which category. Every row carries its citation ({@code source, source_year, url,
 * licence, notes}); see reference-data/README.md for the files themselves.
 */
final class ReferenceFactors {

    /** One value column of a file as factors of one category. */
    record Column(FactorCategory category, String valueColumn, String unitColumn, boolean text) {
    }

    /** A file, the column(s) forming the key (joined with ':'), and the value columns it provides. */
    record Mapping(String file, List<String> keyColumns, List<Column> columns) {

        List<ReferenceFactor> factors(FactorSet set, CSVRecord row) {
            List<String> parts = new ArrayList<>();
            for (String keyColumn : keyColumns) {
                parts.add(row.get(keyColumn).trim());
            }
            String key = String.join(":", parts);
            List<ReferenceFactor> factors = new ArrayList<>();
            for (Column column : columns) {
                String raw = text(row, column.valueColumn());
                if (raw == null) {
                    continue; // not published for this key; the README says why in the row's notes
                }
                String unit = column.unitColumn() == null ? column.category().unit() : column.category().unit().replace("unit", row.get(column.unitColumn()).trim());
                factors.add(new ReferenceFactor(set, column.category(), key, column.text() ? null : Double.valueOf(raw), column.text() ? raw : null,
                        unit, cut(row.get("source"), 400), cut(row.get("source_year"), 20), cut(row.get("url"), 600), cut(row.get("licence"), 120),
                        cut(text(row, "notes"), 2000)));
            }
            return factors;
        }
    }

    static final List<Mapping> MAPPINGS = List.of(
            new Mapping("grid-location-factors.csv", List.of("zone"), List.of(value(FactorCategory.GRID_LOCATION, "kg_co2e_per_kwh"))),
            new Mapping("grid-residual-mix-factors.csv", List.of("zone"), List.of(value(FactorCategory.GRID_RESIDUAL_MIX, "kg_co2e_per_kwh"))),
            new Mapping("grid-zone-aliases.csv", List.of("alias"), List.of(new Column(FactorCategory.ZONE_ALIAS, "zone", null, true))),
            new Mapping("electricity-upstream-factors.csv", List.of("zone"), List.of(
                    value(FactorCategory.TD_LOSS, "td_loss_kg_co2e_per_kwh"),
                    value(FactorCategory.WTT_GENERATION, "wtt_generation_kg_co2e_per_kwh"),
                    value(FactorCategory.WTT_TD, "wtt_td_kg_co2e_per_kwh"))),
            new Mapping("electricity-water-intensity.csv", List.of("zone"), List.of(value(FactorCategory.ELECTRICITY_WATER, "litres_per_kwh"))),
            new Mapping("fuel-combustion-factors.csv", List.of("fuel"), List.of(
                    new Column(FactorCategory.FUEL_COMBUSTION, "kg_co2e_per_unit", "unit", false))),
            new Mapping("refrigerant-gwp.csv", List.of("gas"), List.of(value(FactorCategory.REFRIGERANT_GWP, "gwp100"))),
            new Mapping("end-of-life-factors.csv", List.of("disposition"), List.of(value(FactorCategory.END_OF_LIFE, "kg_co2e_per_kg"))),
            new Mapping("hardware-catalogue.csv", List.of("code"), List.of(
                    value(FactorCategory.HARDWARE_TDP, "tdp_w"),
                    value(FactorCategory.HARDWARE_IDLE, "idle_w"),
                    value(FactorCategory.HARDWARE_MASS, "mass_kg"),
                    value(FactorCategory.HARDWARE_EMBODIED, "embodied_kg_co2e"),
                    value(FactorCategory.HARDWARE_LIFETIME, "lifetime_years"))),
            new Mapping("cloud-regions.csv", List.of("provider", "region"), List.of(
                    new Column(FactorCategory.CLOUD_REGION_ZONE, "zone", null, true),
                    value(FactorCategory.CLOUD_PUE, "pue"),
                    value(FactorCategory.CLOUD_WUE, "wue_litres_per_kwh"))),
            new Mapping("cloud-power-coefficients.csv", List.of("provider", "component"), List.of(
                    new Column(FactorCategory.CLOUD_POWER_MIN, "min_w", "unit", false),
                    new Column(FactorCategory.CLOUD_POWER_MAX, "max_w", "unit", false))));

    private ReferenceFactors() {
    }

    private static Column value(FactorCategory category, String column) {
        return new Column(category, column, null, false);
    }

    /** "source (year), url, licence" of a row with the standard citation columns. */
    static String citation(CSVRecord row) {
        return cut(row.get("source") + " (" + row.get("source_year") + "), " + row.get("url") + ", " + row.get("licence"), 500);
    }

    static Double number(CSVRecord row, String column) {
        String v = text(row, column);
        return v == null ? null : Double.valueOf(v);
    }

    static String text(CSVRecord row, String column) {
        String v = row.isMapped(column) && row.isSet(column) ? row.get(column).trim() : "";
        return v.isEmpty() ? null : v;
    }

    private static String cut(String s, int max) {
        return s == null || s.length() <= max ? s : s.substring(0, max);
    }

}
