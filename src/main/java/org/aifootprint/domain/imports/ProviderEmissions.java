package org.aifootprint.domain.imports;

import java.time.LocalDate;
import java.util.List;

/** Emissions as cloud providers report them, per import, kept apart from the product's own estimates. */
public interface ProviderEmissions {

    /** One reported figure: measure is SCOPE1, SCOPE2_LOCATION, SCOPE2_MARKET, SCOPE3, TOTAL_LOCATION or TOTAL_MARKET. */
    record Reported(long importId, long line, String measure, String provider, LocalDate month, String account, String service, String region,
            double kgCo2e, String modelVersion) {
    }

    void store(List<Reported> rows);

    /** Everything reported for months from {@code from} to {@code to} (first days of months), all imports that stand. */
    List<Reported> between(LocalDate from, LocalDate to);

    int removeOf(long importId);
}
