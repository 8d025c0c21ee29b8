package org.aifootprint.calculation;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * The result of one calculation: line items, each traceable to its inputs, formula and factors; every total
 * below is a sum of them. Also the factors used (for a factor appendix) and the data gaps met on the way.
 */
public final class Footprint {

    /** A model's footprint in the period (SCI style: operational, location-based, plus amortised embodied). */
    public record ModelFootprint(String name, String team, double energyKwh, double itEnergyKwh, Map<String, Double> energyKwhByPhase,
            double operationalKg, double operationalMarketKg, double embodiedKg, double totalKg, long requests, Double kgPer1kRequests,
            double trainingKg, double inferenceKg) {
    }

    /** Totals of one group (a month, a facility, a team). */
    public record Totals(double energyKwh, double itEnergyKwh, double scope1Kg, double scope2LocationKg, double scope2MarketKg,
            double scope3Kg, double waterLitres) {
    }

    private final LocalDate from;
    private final LocalDate to;
    private final List<LineItem> items;
    private final Map<String, Factor> factorsUsed;
    private final List<String> gaps;

    Footprint(LocalDate from, LocalDate to, List<LineItem> items, Map<String, Factor> factorsUsed, List<String> gaps) {
        this.from = from;
        this.to = to;
        this.items = List.copyOf(items);
        this.factorsUsed = new TreeMap<>(factorsUsed);
        this.gaps = List.copyOf(gaps);
    }

    public LocalDate from() { return from; }
    public LocalDate to() { return to; }
    public List<LineItem> lineItems() { return items; }
    /** Every factor any line item used, by {@code id@version}. */
    public Map<String, Factor> factorsUsed() { return factorsUsed; }
    /** Missing or assumed inputs, in words ("AMS-COLO 2025-03: no residual mix for NL; location-based factor used"). */
    public List<String> gaps() { return gaps; }

    public double total(Measure measure) {
        return sum(items, i -> i.measure() == measure, LineItem::value);
    }

    public double low(Measure measure) {
        return sum(items, i -> i.measure() == measure, LineItem::low);
    }

    public double high(Measure measure) {
        return sum(items, i -> i.measure() == measure, LineItem::high);
    }

    public double energyKwh() { return total(Measure.FACILITY_ENERGY); }
    public double itEnergyKwh() { return total(Measure.IT_ENERGY); }
    public double scope1Kg() { return total(Measure.SCOPE1); }
    public double scope2LocationKg() { return total(Measure.SCOPE2_LOCATION); }
    public double scope2MarketKg() { return total(Measure.SCOPE2_MARKET); }

    /** Scope 3 by category (1, 2, 3, 5, 12). */
    public Map<String, Double> scope3ByCategoryKg() {
        Map<String, Double> m = new LinkedHashMap<>();
        m.put("cat1", total(Measure.SCOPE3_CAT1));
        m.put("cat2", total(Measure.SCOPE3_CAT2));
        m.put("cat3", total(Measure.SCOPE3_CAT3));
        m.put("cat5", total(Measure.SCOPE3_CAT5));
        m.put("cat12", total(Measure.SCOPE3_CAT12));
        return m;
    }

    public double scope3Kg() {
        return scope3ByCategoryKg().values().stream().mapToDouble(Double::doubleValue).sum();
    }

    public double waterLitres() { return total(Measure.WATER_SITE) + total(Measure.WATER_SOURCE); }
    public double ewasteKg() { return total(Measure.EWASTE); }

    /** E-waste mass by disposition. */
    public Map<String, Double> ewasteKgByDisposition() {
        Map<String, Double> m = new TreeMap<>();
        items.stream().filter(i -> i.measure() == Measure.EWASTE).forEach(i -> m.merge(i.phase(), i.value(), Double::sum));
        return m;
    }

    /** Share of disposed mass reused, refurbished or recycled; null when nothing was disposed. */
    public Double reuseAndRecyclingRate() {
        double total = ewasteKg();
        if (total == 0) {
            return null;
        }
        double diverted = ewasteKgByDisposition().entrySet().stream()
                .filter(e -> e.getKey().equals("reuse") || e.getKey().equals("refurbishment") || e.getKey().equals("recycling"))
                .mapToDouble(Map.Entry::getValue).sum();
        return diverted / total;
    }

    /** Share of IT energy by data-quality tier (0 to 1 each); empty when there was no usage. */
    public Map<Tier, Double> itEnergyShareByTier() {
        double total = itEnergyKwh();
        Map<Tier, Double> shares = new EnumMap<>(Tier.class);
        if (total == 0) {
            return shares;
        }
        for (Tier tier : Tier.values()) {
            shares.put(tier, sum(items, i -> i.measure() == Measure.IT_ENERGY && i.tier() == tier, LineItem::value) / total);
        }
        return shares;
    }

    public List<ModelFootprint> models() {
        Map<String, List<LineItem>> byModel = new TreeMap<>();
        items.stream().filter(i -> i.model() != null).forEach(i -> byModel.computeIfAbsent(i.model(), k -> new ArrayList<>()).add(i));
        List<ModelFootprint> models = new ArrayList<>();
        byModel.forEach((name, list) -> {
            Map<String, Double> byPhase = new TreeMap<>();
            list.stream().filter(i -> i.measure() == Measure.FACILITY_ENERGY).forEach(i -> byPhase.merge(i.phase(), i.value(), Double::sum));
            double operational = operational(list, Measure.SCOPE2_LOCATION);
            double operationalMarket = operational(list, Measure.SCOPE2_MARKET);
            double embodied = sum(list, i -> i.measure() == Measure.EMBODIED_SHARE, LineItem::value);
            List<LineItem> inference = list.stream().filter(i -> "inference".equals(i.phase())).toList();
            long requests = Math.round(sum(inference, i -> i.measure() == Measure.IT_ENERGY, LineItem::requests));
            double inferenceKg = operational(inference, Measure.SCOPE2_LOCATION) + sum(inference, i -> i.measure() == Measure.EMBODIED_SHARE, LineItem::value);
            List<LineItem> training = list.stream().filter(i -> "training".equals(i.phase()) || "fine-tuning".equals(i.phase())).toList();
            double trainingKg = operational(training, Measure.SCOPE2_LOCATION) + sum(training, i -> i.measure() == Measure.EMBODIED_SHARE, LineItem::value);
            String team = list.stream().map(LineItem::team).filter(Objects::nonNull).findFirst().orElse(null);
            models.add(new ModelFootprint(name, team, sum(list, i -> i.measure() == Measure.FACILITY_ENERGY, LineItem::value),
                    sum(list, i -> i.measure() == Measure.IT_ENERGY, LineItem::value), byPhase, operational, operationalMarket, embodied,
                    operational + embodied, requests, requests > 0 ? inferenceKg / requests * 1000 : null, trainingKg, inferenceKg));
        });
        return models;
    }

    /** Operational emissions of a set of line items: allocated Scope 1 + Scope 2 (the given method) + cloud (Cat 1). */
    private static double operational(Collection<LineItem> list, Measure scope2) {
        return sum(list, i -> i.measure() == Measure.SCOPE1 || i.measure() == scope2 || i.measure() == Measure.SCOPE3_CAT1, LineItem::value);
    }

    public Map<YearMonth, Totals> byMonth() {
        return group(LineItem::month);
    }

    public Map<String, Totals> byFacility() {
        return group(LineItem::facility);
    }

    public Map<String, Totals> byTeam() {
        return group(LineItem::team);
    }

    private <K extends Comparable<K>> Map<K, Totals> group(Function<LineItem, K> key) {
        Map<K, List<LineItem>> groups = new TreeMap<>();
        items.stream().filter(i -> key.apply(i) != null).forEach(i -> groups.computeIfAbsent(key.apply(i), k -> new ArrayList<>()).add(i));
        Map<K, Totals> totals = new LinkedHashMap<>();
        groups.forEach((k, list) -> totals.put(k, new Totals(
                sum(list, i -> i.measure() == Measure.FACILITY_ENERGY, LineItem::value),
                sum(list, i -> i.measure() == Measure.IT_ENERGY, LineItem::value),
                sum(list, i -> i.measure() == Measure.SCOPE1, LineItem::value),
                sum(list, i -> i.measure() == Measure.SCOPE2_LOCATION, LineItem::value),
                sum(list, i -> i.measure() == Measure.SCOPE2_MARKET, LineItem::value),
                sum(list, i -> i.measure().name().startsWith("SCOPE3"), LineItem::value),
                sum(list, i -> i.measure() == Measure.WATER_SITE || i.measure() == Measure.WATER_SOURCE, LineItem::value))));
        return totals;
    }

    private static double sum(Collection<LineItem> list, Predicate<LineItem> filter, Function<LineItem, Double> value) {
        double s = 0;
        for (LineItem i : list) {
            if (filter.test(i)) {
                s += value.apply(i);
            }
        }
        return s;
    }
}
