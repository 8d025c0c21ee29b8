package org.aifootprint.scoring;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Weighted scorecards (docs/methodology.md §13). Every formula is one method:
 * <ul>
 * <li>{@link #minMax}: s = (x − min) / (max − min), or (max − x) / (max − min) when lower is better; s = 1 when all
 * known values are equal;</li>
 * <li>{@link #thresholds}: s = thresholds met / thresholds;</li>
 * <li>{@link #missing}: an unknown scores 0, or the worst score of a disclosed value; never more;</li>
 * <li>{@link #rank}: total = Σ weight × s (0–100 points); equal totals (to 4 decimals) share the better rank
 * (competition ranking 1, 2, 2, 4), listed by label;</li>
 * <li>{@link #shifted}: w_i' = clamp(w_i ± 10, 0, 100), w_j' = w_j × (100 − w_i') / (100 − w_i).</li>
 * </ul>
 */
public final class Scorer {

    public static final double WEIGHT_TOTAL_POINTS = 100.0;
    public static final int MIN_VENDORS = 2;
    public static final int MAX_VENDORS = 8;
    public static final double SENSITIVITY_POINTS = 10.0;
    /** Totals equal to this many decimals (0.0001 points) tie. */
    public static final int TIE_DECIMALS = 4;
    private static final double EPSILON = 1e-9;

    private Scorer() {
    }

    /** Refuses a template whose weights do not sum to 100, or whose thresholds are missing or out of order. */
    public static void checkTemplate(List<CriterionRule> rules) {
        if (rules == null || rules.isEmpty()) {
            throw new ScoringRefused("criteria", "a template needs at least one criterion");
        }
        Set<String> seen = new HashSet<>();
        double total = 0;
        for (CriterionRule rule : rules) {
            if (rule.criterion() == null || rule.criterion().isBlank()) {
                throw new ScoringRefused("criteria", "every criterion needs its code");
            }
            if (!seen.add(rule.criterion())) {
                throw new ScoringRefused("criteria", "criterion " + rule.criterion() + " appears twice");
            }
            if (!Double.isFinite(rule.weightPoints()) || rule.weightPoints() < 0 || rule.weightPoints() > WEIGHT_TOTAL_POINTS) {
                throw new ScoringRefused("weights", "the weight of " + rule.criterion() + " must be between 0 and 100 points");
            }
            if (rule.direction() == null || rule.normalisation() == null) {
                throw new ScoringRefused("criteria", rule.criterion() + " needs a direction and a normalisation");
            }
            if (rule.normalisation() == Normalisation.THRESHOLDS) {
                if (rule.thresholds().isEmpty()) {
                    throw new ScoringRefused("thresholds", rule.criterion() + " is normalised by thresholds but has none");
                }
                for (int i = 0; i < rule.thresholds().size(); i++) {
                    Double t = rule.thresholds().get(i);
                    if (t == null || !Double.isFinite(t) || i > 0 && t <= rule.thresholds().get(i - 1)) {
                        throw new ScoringRefused("thresholds", "the thresholds of " + rule.criterion() + " must be numbers in ascending order");
                    }
                }
            }
            total += rule.weightPoints();
        }
        if (Math.abs(total - WEIGHT_TOTAL_POINTS) > 1e-6) {
            throw new ScoringRefused("weights", "the weights must sum to 100 points; they sum to " + String.format(Locale.ENGLISH, "%.2f", total));
        }
    }

    /** Compares 2 to 8 vendors: the ranking and, for each criterion, the ranking with its weight moved by ±10 points. */
    public static Scorecard score(List<CriterionRule> rules, List<Candidate> candidates) {
        checkTemplate(rules);
        if (candidates == null || candidates.size() < MIN_VENDORS || candidates.size() > MAX_VENDORS) {
            throw new ScoringRefused("vendors", "compare 2 to 8 vendors; " + (candidates == null ? 0 : candidates.size()) + " given");
        }
        Set<String> keys = new HashSet<>();
        for (Candidate c : candidates) {
            if (!keys.add(c.key())) {
                throw new ScoringRefused("vendors", "vendor " + c.label() + " is listed twice");
            }
        }
        return new Scorecard(List.copyOf(rules), rank(rules, candidates), sensitivity(rules, candidates));
    }

    /** The ranking, best first, with every vendor's per-criterion scores. Needs a checked template; any number of vendors. */
    public static List<Ranked> rank(List<CriterionRule> rules, List<Candidate> candidates) {
        Map<String, Map<String, CriterionScore>> byVendor = new LinkedHashMap<>();
        candidates.forEach(c -> byVendor.put(c.key(), new LinkedHashMap<>()));
        for (CriterionRule rule : rules) {
            List<Double> known = candidates.stream().map(c -> c.value(rule.criterion())).filter(v -> v != null && Double.isFinite(v)).toList();
            double min = known.stream().mapToDouble(Double::doubleValue).min().orElse(Double.NaN);
            double max = known.stream().mapToDouble(Double::doubleValue).max().orElse(Double.NaN);
            double worstKnown = known.stream().mapToDouble(v -> normalise(rule, v, min, max)).min().orElse(0.0);
            for (Candidate c : candidates) {
                Double v = c.value(rule.criterion());
                boolean missing = v == null || !Double.isFinite(v);
                double s = missing ? missing(rule.missingData(), worstKnown) : normalise(rule, v, min, max);
                byVendor.get(c.key()).put(rule.criterion(), new CriterionScore(rule.criterion(), missing ? null : v, s, rule.weightPoints() * s, missing));
            }
        }
        List<Ranked> unranked = new ArrayList<>();
        for (Candidate c : candidates) {
            Map<String, CriterionScore> scores = byVendor.get(c.key());
            double total = scores.values().stream().mapToDouble(CriterionScore::points).sum();
            unranked.add(new Ranked(c.key(), c.label(), 0, total, scores));
        }
        unranked.sort(Comparator.comparingDouble((Ranked r) -> -tieKey(r.scorePoints())).thenComparing(Ranked::label).thenComparing(Ranked::key));
        List<Ranked> ranked = new ArrayList<>();
        for (Ranked r : unranked) {
            long better = unranked.stream().filter(o -> tieKey(o.scorePoints()) > tieKey(r.scorePoints())).count();
            ranked.add(new Ranked(r.key(), r.label(), (int) better + 1, r.scorePoints(), r.criteria()));
        }
        return List.copyOf(ranked);
    }

    static double normalise(CriterionRule rule, double value, double min, double max) {
        return rule.normalisation() == Normalisation.MIN_MAX ? minMax(value, min, max, rule.direction()) : thresholds(value, rule.thresholds(), rule.direction());
    }

    /** s = (x − min) / (max − min) (higher is better) or (max − x) / (max − min) (lower is better); 1 when max = min. */
    static double minMax(double value, double min, double max, Direction direction) {
        if (max - min < EPSILON) {
            return 1.0;
        }
        double s = direction == Direction.HIGHER_IS_BETTER ? (value - min) / (max - min) : (max - value) / (max - min);
        return Math.max(0.0, Math.min(1.0, s));
    }

    /** s = number of thresholds met / number of thresholds; met means x ≥ t (higher is better) or x ≤ t (lower is better). */
    static double thresholds(double value, List<Double> thresholds, Direction direction) {
        long met = thresholds.stream().filter(t -> direction == Direction.HIGHER_IS_BETTER ? value >= t - EPSILON : value <= t + EPSILON).count();
        return (double) met / thresholds.size();
    }

    /** An unknown value: 0, or the worst score of the disclosed values (0 when nobody disclosed). Never better than a disclosure. */
    static double missing(MissingData policy, double worstKnownScore) {
        return policy == MissingData.WORST_KNOWN ? worstKnownScore : 0.0;
    }

    /** For each criterion and each of −10 and +10 points: the weights (others rescaled to keep 100) and the ranking they give. */
    public static List<SensitivityCase> sensitivity(List<CriterionRule> rules, List<Candidate> candidates) {
        List<SensitivityCase> cases = new ArrayList<>();
        if (rules.size() < 2) {
            return cases;
        }
        Map<String, Integer> base = ranks(rank(rules, candidates));
        for (int i = 0; i < rules.size(); i++) {
            for (double delta : new double[] {-SENSITIVITY_POINTS, SENSITIVITY_POINTS}) {
                List<CriterionRule> moved = shifted(rules, i, delta);
                double applied = moved.get(i).weightPoints() - rules.get(i).weightPoints();
                if (Math.abs(applied) < EPSILON) {
                    continue; // the 0–100 bounds leave nothing to move
                }
                List<Ranked> ranking = rank(moved, candidates);
                Map<String, Integer> ranks = ranks(ranking);
                List<String> changes = new ArrayList<>();
                for (Ranked r : ranking) {
                    int before = base.get(r.key());
                    if (before != r.rank()) {
                        changes.add(r.label() + " " + before + " → " + r.rank());
                    }
                }
                Map<String, Double> weights = new LinkedHashMap<>();
                moved.forEach(m -> weights.put(m.criterion(), m.weightPoints()));
                cases.add(new SensitivityCase(rules.get(i).criterion(), applied, weights, ranks, List.copyOf(changes)));
            }
        }
        return List.copyOf(cases);
    }

    /**
     * The rules with criterion {@code index} moved by {@code deltaPoints} (bounded to 0–100) and the others rescaled
     * proportionally so that the total stays 100; if the others weigh 0 together, the freed points are shared equally.
     */
    public static List<CriterionRule> shifted(List<CriterionRule> rules, int index, double deltaPoints) {
        double old = rules.get(index).weightPoints();
        double moved = Math.max(0.0, Math.min(WEIGHT_TOTAL_POINTS, old + deltaPoints));
        double rest = WEIGHT_TOTAL_POINTS - old;
        double newRest = WEIGHT_TOTAL_POINTS - moved;
        List<CriterionRule> out = new ArrayList<>();
        for (int j = 0; j < rules.size(); j++) {
            CriterionRule r = rules.get(j);
            if (j == index) {
                out.add(r.withWeight(moved));
            } else if (rest > EPSILON) {
                out.add(r.withWeight(r.weightPoints() * newRest / rest));
            } else {
                out.add(r.withWeight(newRest / (rules.size() - 1)));
            }
        }
        return out;
    }

    private static Map<String, Integer> ranks(List<Ranked> ranking) {
        Map<String, Integer> ranks = new LinkedHashMap<>();
        ranking.forEach(r -> ranks.put(r.key(), r.rank()));
        return ranks;
    }

    private static double tieKey(double points) {
        double scale = Math.pow(10, TIE_DECIMALS);
        return Math.round(points * scale) / scale;
    }
}
