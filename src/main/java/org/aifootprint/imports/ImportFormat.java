package org.aifootprint.imports;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The CSV formats the product accepts, each with the columns that identify it. The project's own templates
 * are documented in docs/csv-formats.md; an empty cell means "unknown".
 */
public enum ImportFormat {
    USAGE("usage", List.of("model", "phase", "period_start", "period_end", "facility", "hardware", "device_count", "hours",
            "avg_power_w", "utilization", "energy_kwh", "requests"), List.of("model", "phase", "period_start", "period_end", "facility",
            "hardware", "device_count", "hours"),
            List.of("support-assistant", "inference", "2025-03-01", "2025-03-31", "PAR-DC1", "nvidia-l4", "8", "744", "", "0.45", "", "41000000")),
    FACILITIES("facilities", List.of("code", "name", "operator", "country", "grid_zone", "pue", "wue", "grid_factor_g_per_kwh"),
            List.of("code", "name", "operator", "grid_zone"),
            List.of("FRA-DC2", "Frankfurt data centre", "colocation", "DE", "DE", "1.35", "0.3", "")),
    FACILITY_METRICS("facility-metrics", List.of("facility", "granularity", "period_start", "total_energy_kwh", "it_energy_kwh", "pue",
            "water_withdrawn_l", "water_consumed_l", "wue", "renewable_onsite_kwh", "waste_heat_reused_kwh", "generator_fuel_l",
            "refrigerant_gas", "refrigerant_kg"), List.of("facility", "granularity", "period_start"),
            List.of("PAR-DC1", "month", "2025-03-01", "388000", "294000", "", "95000", "70500", "", "1500", "15500", "310", "R-134a", "2.5")),
    HARDWARE("hardware", List.of("asset_tag", "hardware", "quantity", "facility", "acquired_on", "serial_number", "lifetime_years",
            "mass_kg", "embodied_kg_co2e", "embodied_source"), List.of("asset_tag", "hardware", "quantity", "acquired_on"),
            List.of("PAR-H100-B05", "nvidia-h100-sxm5-80gb", "64", "PAR-DC1", "2025-06-15", "", "5", "", "", "")),
    HARDWARE_EVENTS("hardware-events", List.of("asset_tag", "kind", "occurred_on", "facility", "quantity", "disposition", "mass_kg",
            "recipient", "certificate", "notes"), List.of("asset_tag", "kind", "occurred_on"),
            List.of("AMS-T4-B01", "disposed", "2026-03-02", "", "40", "reuse", "28", "Techbuyer BV", "TB-2026-03-0415", "")),
    PROCUREMENTS("procurements", List.of("kind", "facility", "market_zone", "period_start", "period_end", "volume_mwh", "vintage_year",
            "certificate_ids", "retired", "emission_factor_g_per_kwh", "supplier", "notes"),
            List.of("kind", "market_zone", "period_start", "period_end", "volume_mwh"),
            List.of("GO", "AMS-COLO", "NL", "2025-01-01", "2025-12-31", "900", "2025", "GO-NL-2025-000184-000194", "true", "", "Vattenfall", "")),
    /** Vendor criterion values with their evidence (green procurement); imported by procurement officers. */
    VENDORS("vendors", List.of("vendor_code", "vendor_name", "vendor_kind", "criterion", "value", "unit", "source", "source_date"),
            List.of("vendor_code", "vendor_name", "vendor_kind", "criterion", "value", "source", "source_date"),
            List.of("colo-par", "Paris Colocation SA", "colocation", "iso_50001", "yes", "", "ISO 50001 certificate no. 123-456", "2025-03-14")),
    /**
     * CodeCarbon's emissions.csv (columns as CodeCarbon 2.x writes them), plus two optional columns of ours:
     * {@code facility} (where an on-premises run ran) and {@code phase} (default training).
     */
    CODECARBON("codecarbon", List.of("timestamp", "project_name", "run_id", "duration", "emissions", "emissions_rate", "cpu_power", "gpu_power",
            "ram_power", "cpu_energy", "gpu_energy", "ram_energy", "energy_consumed", "country_name", "country_iso_code", "region", "on_cloud",
            "cloud_provider", "cloud_region", "os", "python_version", "codecarbon_version", "cpu_count", "cpu_model", "gpu_count", "gpu_model",
            "longitude", "latitude", "ram_total_size", "tracking_mode", "facility", "phase"),
            List.of("timestamp", "project_name", "run_id", "duration", "energy_consumed"),
            List.of("2025-03-14T09:12:44", "support-assistant", "5b0fa12c-8d2e-4c55-9a57-3f1c2b7e9d10", "7380.2", "0.1417", "0.0000192",
                    "42.5", "1180.3", "11.7", "0.0871", "2.4197", "0.0240", "2.5308", "France", "FRA", "Île-de-France", "N", "", "",
                    "Linux-5.15.0-x86_64", "3.11.7", "2.8.3", "32", "AMD EPYC 7R13 Processor", "4", "4 x NVIDIA A100-SXM4-80GB", "2.35",
                    "48.86", "251.5", "machine", "PAR-DC1", "fine-tuning"));

    private final String code;
    private final List<String> columns;
    private final List<String> required;
    private final List<String> example;

    ImportFormat(String code, List<String> columns, List<String> required, List<String> example) {
        this.code = code;
        this.columns = columns;
        this.required = required;
        this.example = example;
        if (example.size() != columns.size()) {
            throw new IllegalStateException(code + ": the example row does not match the columns");
        }
    }

    /** A realistic example row, written under the header of the downloadable template. */
    public List<String> example() {
        return example;
    }

    public String code() {
        return code;
    }

    /** Every column of the template, in order (the header of the downloadable template). */
    public List<String> columns() {
        return columns;
    }

    public List<String> required() {
        return required;
    }

    public static Optional<ImportFormat> fromCode(String code) {
        return Arrays.stream(values()).filter(f -> f.code.equalsIgnoreCase(code == null ? "" : code.trim())).findFirst();
    }

    /** The required columns missing from a header (compared case-insensitively). */
    public List<String> missingFrom(Set<String> header) {
        return Headers.missing(required, header);
    }

    /** The format whose required columns the header has, preferring the one matching most of its columns. */
    public static Optional<ImportFormat> detect(Set<String> header) {
        return Arrays.stream(values()).filter(f -> f.missingFrom(header).isEmpty())
                .max((a, b) -> Long.compare(a.columns.stream().filter(c -> header.contains(c)).count(),
                        b.columns.stream().filter(c -> header.contains(c)).count()));
    }
}
