package org.aifootprint.domain.imports;

import java.time.LocalDate;
import java.util.List;
import java.util.function.Consumer;

/**
 * The lines of cloud billing imports, as read and as estimated: written in large batches while a file is read
 * (inside the import's transaction, so a refused file leaves none), then queried by import for the summary,
 * the unmapped spend and the per-line lineage CSV.
 */
public interface BillingLines {

    /** One billing line as kept: where it came from, what it was read as and what was estimated for it. */
    record Line(long line, String provider, String service, String region, String sku, String description, String resourceId,
            LocalDate usageDate, double quantity, String unit, double cost, String currency, String instanceType, String model, String phase,
            String category, boolean aiRelevant, Double energyKwh, String hardware, Double deviceHours, String usageKey, Long usageId,
            String reason) {
    }

    /** Spend of lines grouped by what identifies a SKU (for unmapped lines: what to add to the mapping). */
    record SpendGroup(String provider, String service, String sku, String unit, String reason, String example, long lines, double cost) {
    }

    /** Lines, spend and energy of an import by category, AI relevance and attribution. */
    record Totals(String category, boolean aiRelevant, boolean attributed, long lines, double cost, double energyKwh) {
    }

    /** Estimated IT energy and spend of billing lines by provider, region and month (imports that stand). */
    record MonthlyEnergy(String provider, String region, int year, int month, double energyKwh, double cost, double unmappedCost) {
    }

    List<MonthlyEnergy> energyByMonth(LocalDate from, LocalDate to);

    /** Streams lines into the database; {@link #flush()} completes the writing, {@link #abort()} gives it up. */
    interface Writer {
        void add(Line line);

        void flush();

        void abort();
    }

    Writer writer(long importId);

    List<Totals> totals(long importId);

    List<SpendGroup> unmapped(long importId, int limit);

    /**
     * Every line of an import in file order, with the usage record it went into (the record whose source line
     * carries the same usage key), for the lineage CSV (streamed: bounded memory).
     */
    void forEach(long importId, Consumer<Line> consumer);

    int removeOf(long importId);
}
