package org.aifootprint.imports.carbon;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.aifootprint.imports.Headers;
import org.aifootprint.imports.Row;

/**
 * The carbon exports of the cloud providers, read as the provider reports them (figures of the provider's own
 * method, never mixed with ours): which columns identify each, and how one row becomes reported measures in kg.
 */
public enum ProviderCarbonFormat {
    /**
     * AWS Customer Carbon Footprint Tool via Data Exports ("carbon emissions" table): totals by location-based
     * and market-based method, in MTCO2e, per account, product and region for the usage period.
     */
    AWS("aws", "AWS Customer Carbon Footprint Tool export", List.of("usage_period_start", "product_code", "total_lbm_emissions_value",
            "total_mbm_emissions_value")),
    /** Google Cloud Carbon Footprint export (BigQuery → CSV): scopes 1, 2 (both methods) and 3, in kgCO2e. */
    GCP("gcp", "Google Cloud Carbon Footprint export", List.of("usage_month", "service.description", "carbon_footprint_kgco2e.scope1",
            "carbon_footprint_kgco2e.scope2.location_based", "carbon_footprint_kgco2e.scope3")),
    /**
     * Microsoft Cloud for Sustainability API / Emissions Impact Dashboard data flattened to CSV: one row per month,
     * subscription, service, region and scope, in MTCO2e (Scope 2 market-based).
     */
    MICROSOFT("azure", "Microsoft emissions export", List.of("month", "scope", "emissions_mtco2e"));

    /** What a provider reports, each in kgCO2e. */
    public enum Measure {
        SCOPE1, SCOPE2_LOCATION, SCOPE2_MARKET, SCOPE3, TOTAL_LOCATION, TOTAL_MARKET
    }

    /** One reported figure of one line. */
    public record Emission(long line, Measure measure, String provider, LocalDate month, String account, String service, String region,
            double kgCo2e, String modelVersion) {
    }

    private final String provider;
    private final String label;
    private final List<String> required;

    ProviderCarbonFormat(String provider, String label, List<String> required) {
        this.provider = provider;
        this.label = label;
        this.required = required;
    }

    public String label() {
        return label;
    }

    public String provider() {
        return provider;
    }

    public List<String> required() {
        return required;
    }

    public List<String> missingFrom(Set<String> header) {
        return Headers.missing(required, header);
    }

    public static Optional<ProviderCarbonFormat> detect(Set<String> header) {
        return Arrays.stream(values()).filter(f -> f.missingFrom(header).isEmpty()).findFirst();
    }

    /** A reader of one file: the actual header names by lower-case name. */
    public Reader reader(List<String> header) {
        return new Reader(this, Headers.byLowerCase(header));
    }

    public static final class Reader {
        private final ProviderCarbonFormat format;
        private final Map<String, String> columns;

        Reader(ProviderCarbonFormat format, Map<String, String> columns) {
            this.format = format;
            this.columns = columns;
        }

        private String col(String lower) {
            return columns.get(lower);
        }

        /** The reported figures of a row (empty when the row has none); refusals are added to the row. */
        public List<Emission> read(Row row) {
            List<Emission> out = new ArrayList<>();
            switch (format) {
                case AWS -> {
                    LocalDate month = month(row, col("usage_period_start"));
                    String account = row.text(col("usage_account_id") == null ? "" : col("usage_account_id"));
                    String service = row.text(col("product_code"));
                    String region = text(row, "region_code");
                    String version = text(row, "model_version");
                    double mtToKg = 1000;
                    add(out, row, Measure.TOTAL_LOCATION, month, account, service, region, col("total_lbm_emissions_value"), mtToKg, version);
                    add(out, row, Measure.TOTAL_MARKET, month, account, service, region, col("total_mbm_emissions_value"), mtToKg, version);
                    unit(row, "total_lbm_emissions_unit");
                    unit(row, "total_mbm_emissions_unit");
                }
                case GCP -> {
                    LocalDate month = month(row, col("usage_month"));
                    String account = text(row, "project.id");
                    String service = text(row, "service.description");
                    String region = text(row, "location.region");
                    String version = text(row, "carbon_model_version");
                    add(out, row, Measure.SCOPE1, month, account, service, region, col("carbon_footprint_kgco2e.scope1"), 1, version);
                    add(out, row, Measure.SCOPE2_LOCATION, month, account, service, region, col("carbon_footprint_kgco2e.scope2.location_based"), 1,
                            version);
                    add(out, row, Measure.SCOPE2_MARKET, month, account, service, region, col("carbon_footprint_kgco2e.scope2.market_based"), 1,
                            version);
                    add(out, row, Measure.SCOPE3, month, account, service, region, col("carbon_footprint_kgco2e.scope3"), 1, version);
                }
                case MICROSOFT -> {
                    LocalDate month = month(row, col("month"));
                    String scope = text(row, "scope");
                    Measure measure = scope == null ? null : switch (scope.toLowerCase(Locale.ROOT).replace(" ", "")) {
                        case "scope1", "1" -> Measure.SCOPE1;
                        case "scope2", "2", "scope2market", "scope2(market-based)" -> Measure.SCOPE2_MARKET;
                        case "scope3", "3" -> Measure.SCOPE3;
                        default -> null;
                    };
                    if (measure == null) {
                        row.refuse(col("scope"), "must be Scope 1, Scope 2 or Scope 3");
                    } else {
                        add(out, row, measure, month, text(row, "subscription_id"), text(row, "service_name"), text(row, "region"),
                                col("emissions_mtco2e"), 1000, text(row, "model_version"));
                    }
                }
            }
            return row.errors().isEmpty() ? out : List.of();
        }

        private String text(Row row, String lower) {
            String c = col(lower);
            return c == null ? null : row.text(c);
        }

        private void unit(Row row, String lower) {
            String u = text(row, lower);
            if (u != null && !u.equalsIgnoreCase("MTCO2e")) {
                row.refuse(col(lower), "unit '" + u + "' is not MTCO2e, the unit this export is read in");
            }
        }

        private static LocalDate month(Row row, String column) {
            String v = column == null ? null : row.text(column);
            if (v == null) {
                row.refuse(column, "the month is required");
                return null;
            }
            try {
                return LocalDate.parse(v.length() >= 10 ? v.substring(0, 10) : v.length() == 7 ? v + "-01" : v).withDayOfMonth(1);
            } catch (DateTimeParseException e) {
                row.refuse(column, "is not a date (YYYY-MM-DD or YYYY-MM)");
                return null;
            }
        }

        private void add(List<Emission> out, Row row, Measure measure, LocalDate month, String account, String service, String region,
                String column, double toKg, String version) {
            if (column == null) {
                return;
            }
            Double v = row.number(column);
            if (v == null || month == null) {
                return;
            }
            if (v < 0) {
                row.refuse(column, "must be 0 or more");
                return;
            }
            out.add(new Emission(row.line(), measure, format.provider, month, account, service, region == null ? null : region.toLowerCase(Locale.ROOT),
                    v * toKg, version));
        }
    }
}
