package org.aifootprint.calculation;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Puts what a cloud provider reports for a month beside what this product estimates for the same provider and
 * month, and says why they differ: boundary (whole account vs AI usage vs every estimated billing line), method
 * (location- vs market-based), scopes (the provider's Scope 1 and 3, our embodied share) and coverage (billing
 * lines not estimated). Nothing here changes a figure of the footprint: provider figures are never added to ours.
 */
public final class CloudReconciliation {

    /** Provider-reported kgCO2e of one provider and month, by what the provider reports (absent = not reported). */
    public record Reported(Double scope1, Double scope2Location, Double scope2Market, Double scope3, Double totalLocation, Double totalMarket,
            String modelVersion) {

        /** Location-based total: as reported, else the sum of the scopes with Scope 2 location-based. */
        public Double locationBased() {
            if (totalLocation != null) {
                return totalLocation;
            }
            return scope2Location == null ? null : nz(scope1) + scope2Location + nz(scope3);
        }

        /** Market-based total: as reported, else the sum of the scopes with Scope 2 market-based. */
        public Double marketBased() {
            if (totalMarket != null) {
                return totalMarket;
            }
            return scope2Market == null ? null : nz(scope1) + scope2Market + nz(scope3);
        }
    }

    /**
     * Our side for one provider and month: the footprint of usage in that provider's regions (operational,
     * location-based, and the embodied share), and the estimate of every estimated billing line of the month with
     * the share of spend that could not be estimated.
     */
    public record Ours(double aiOperationalKg, double aiEmbodiedKg, Double billOperationalKg, Double unmappedSpendShare) {
    }

    public record Row(String provider, YearMonth month, Reported reported, Ours ours, Double differencePercent, List<String> explanations) {
    }

    private CloudReconciliation() {
    }

    public static List<Row> reconcile(Map<String, Map<YearMonth, Reported>> reported, Map<String, Map<YearMonth, Ours>> ours) {
        Map<String, Map<YearMonth, Boolean>> keys = new TreeMap<>();
        reported.forEach((p, m) -> m.keySet().forEach(k -> keys.computeIfAbsent(p, x -> new TreeMap<>()).put(k, true)));
        ours.forEach((p, m) -> m.keySet().forEach(k -> keys.computeIfAbsent(p, x -> new TreeMap<>()).put(k, true)));
        List<Row> rows = new ArrayList<>();
        keys.forEach((provider, months) -> months.keySet().forEach(month -> {
            Reported r = reported.getOrDefault(provider, Map.of()).get(month);
            Ours o = ours.getOrDefault(provider, Map.of()).get(month);
            rows.add(row(provider, month, r, o));
        }));
        return rows;
    }

    static Row row(String provider, YearMonth month, Reported r, Ours o) {
        List<String> why = new ArrayList<>();
        String name = name(provider);
        if (r == null) {
            why.add("No " + name + " carbon export imported for " + month + ": only our estimate is shown.");
            return new Row(provider, month, null, o, null, why);
        }
        if (o == null) {
            why.add("We have no usage or billing lines in " + name + " regions for " + month + ": nothing of ours to compare.");
            return new Row(provider, month, r, null, null, why);
        }
        Double ourComparable = o.billOperationalKg() != null ? o.billOperationalKg() : (Double) o.aiOperationalKg();
        Double theirs = r.locationBased();
        Double difference = theirs == null || theirs == 0 ? null : 100.0 * (ourComparable - theirs) / theirs;
        if (theirs != null) {
            why.add(String.format(Locale.ROOT, "Compared: our %s (%.1f kg, location-based: IT energy × PUE × the region's grid average) with %s's "
                    + "location-based figure (%.1f kg).", o.billOperationalKg() != null ? "estimate of every estimated billing line" : "AI usage footprint",
                    ourComparable, name, theirs));
        } else {
            why.add(name + " reports no location-based figure for " + month + "; only its market-based figure can be shown, which no "
                    + "estimate of ours matches (see method).");
        }
        // boundary
        if (o.billOperationalKg() == null) {
            why.add("Boundary: " + name + " covers the whole account (every service, AI or not); we have no billing export for " + month
                    + ", so ours covers only the AI usage recorded — expect ours to be lower.");
        } else {
            why.add(String.format(Locale.ROOT, "Boundary: both cover the whole bill; of ours, %.1f kg is usage attributed to AI models.", o.aiOperationalKg()));
        }
        if (o.unmappedSpendShare() != null && o.unmappedSpendShare() > 0.005) {
            why.add(String.format(Locale.ROOT, "Coverage: %.1f %% of the month's spend is on lines we could not estimate (listed under each import's "
                    + "unmapped SKUs) — ours is low by roughly that much of the usage.", 100 * o.unmappedSpendShare()));
        }
        // method
        Double market = r.marketBased();
        if (market != null) {
            why.add(String.format(Locale.ROOT, "Method: %s's market-based figure (%.1f kg) counts its renewable-energy contracts and certificates; "
                    + "ours is location-based only, as the provider's instruments are not ours to claim (GHG Protocol Scope 2 Guidance).", name, market));
        }
        // scopes
        if (r.scope1() != null && r.scope1() > 0) {
            why.add(String.format(Locale.ROOT, "Scope 1: %s includes its own direct emissions (generators, refrigerants: %.1f kg); our cloud estimate "
                    + "has no provider Scope 1.", name, r.scope1()));
        }
        if (r.scope3() != null && r.scope3() > 0) {
            why.add(String.format(Locale.ROOT, "Scope 3: %s includes upstream emissions such as hardware manufacturing and construction (%.1f kg); "
                    + "ours adds only the embodied share of GPUs (%.1f kg, not in the compared figure).", name, r.scope3(), o.aiEmbodiedKg()));
        } else if (provider.equals("aws")) {
            why.add("Scope 3: AWS's exported totals cover Scope 1 and 2 (model " + (r.modelVersion() == null ? "version not given" : r.modelVersion())
                    + "; later model versions add Scope 3) — our embodied share of GPUs (" + String.format(Locale.ROOT, "%.1f", o.aiEmbodiedKg())
                    + " kg) is outside the compared figure.");
        }
        why.add("Estimation: ours uses the Cloud Carbon Footprint coefficients (power per vCPU, GB, GPU at 50 % utilisation) and the provider's "
                + "published PUE; " + name + " uses its own metered data — differences of tens of percent are usual.");
        return new Row(provider, month, r, o, difference, why);
    }

    private static String name(String provider) {
        return switch (provider) {
            case "aws" -> "AWS";
            case "gcp" -> "Google Cloud";
            case "azure" -> "Microsoft";
            case "oracle" -> "Oracle Cloud";
            default -> provider;
        };
    }

    private static double nz(Double d) {
        return d == null ? 0 : d;
    }
}
