package org.aifootprint.calculation;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;

/**
 * Chargeback of AI emissions to owner teams: per team and month, the same per-model figures as the footprint's
 * model table — operational emissions (allocated Scope 1 + Scope 2 of the method + cloud Cat 1) plus the embodied
 * share — market-based and location-based, priced at the internal carbon price in force on the first day of the
 * month. Models without an owner team are charged to "Unassigned" (listed last). Summed over teams, each method equals the sum
 * of the footprint's model totals for the same period.
 */
public final class Chargeback {

    /** Name the charges of models without an owner team go to. */
    public static final String UNASSIGNED = "Unassigned";

    /** A carbon price from a date on: currency per tonne CO2e. */
    public record Price(LocalDate effectiveFrom, String currency, double perTonne) {
    }

    /** One team and month; costs are null when no price is in force that month. */
    public record Row(String team, YearMonth month, double marketKg, double locationKg, String currency, Double pricePerTonne, Double marketCost,
            Double locationCost) {
    }

    private Chargeback() {
    }

    public static List<Row> rows(List<LineItem> items, List<Price> prices) {
        NavigableMap<LocalDate, Price> schedule = new TreeMap<>();
        prices.forEach(p -> schedule.put(p.effectiveFrom(), p));
        Map<String, Map<YearMonth, double[]>> sums = new TreeMap<>((a, b) -> a.equals(b) ? 0 : a.equals(UNASSIGNED) ? 1
                : b.equals(UNASSIGNED) ? -1 : a.compareToIgnoreCase(b) != 0 ? a.compareToIgnoreCase(b) : a.compareTo(b));
        for (LineItem i : items) {
            if (i.model() == null || i.month() == null) {
                continue;
            }
            boolean shared = i.measure() == Measure.SCOPE1 || i.measure() == Measure.SCOPE3_CAT1 || i.measure() == Measure.EMBODIED_SHARE;
            if (!shared && i.measure() != Measure.SCOPE2_MARKET && i.measure() != Measure.SCOPE2_LOCATION) {
                continue;
            }
            double[] s = sums.computeIfAbsent(i.team() == null ? UNASSIGNED : i.team(), t -> new TreeMap<>()).computeIfAbsent(i.month(), m -> new double[2]);
            if (shared || i.measure() == Measure.SCOPE2_MARKET) {
                s[0] += i.value();
            }
            if (shared || i.measure() == Measure.SCOPE2_LOCATION) {
                s[1] += i.value();
            }
        }
        List<Row> rows = new ArrayList<>();
        sums.forEach((team, months) -> months.forEach((month, s) -> {
            Map.Entry<LocalDate, Price> inForce = schedule.floorEntry(month.atDay(1));
            Price p = inForce == null ? null : inForce.getValue();
            rows.add(new Row(team, month, s[0], s[1], p == null ? null : p.currency(), p == null ? null : p.perTonne(),
                    p == null ? null : s[0] / 1000 * p.perTonne(), p == null ? null : s[1] / 1000 * p.perTonne()));
        }));
        return rows;
    }
}
