package org.aifootprint.application.vendor;

import java.util.List;
import java.util.Map;

/**
 * A comparison as the API returns it and a scorecard stores it: the template's criteria as used, the ranking with each
 * vendor's per-criterion value, score, points, missing flag and evidence, and the sensitivity to each weight (±10 points).
 * Field names are the API's ({@code ranking[].vendor, rank, score, criteria}); scores are points out of 100.
 */
public record ScorecardResult(long template, String templateName, List<Rule> weights, List<Place> ranking, List<Sensitivity> sensitivity,
        boolean rankingIsStable) {

    public record Rule(String criterion, String label, String unit, double weightPoints, String direction, String normalisation,
            List<Double> thresholds, String missingData) {
    }

    public record Place(long vendor, String vendorCode, String vendorName, String vendorKind, int rank, double score, long missingCount,
            Map<String, Score> criteria) {
    }

    /** One vendor on one criterion: value (null if unknown), normalised score 0–1, points, missing flag and the evidence. */
    public record Score(Double value, String text, String unit, double score, double points, boolean missing, String source, String sourceDate,
            String enteredBy, boolean derived) {
    }

    public record Sensitivity(String criterion, String label, double deltaPoints, Map<String, Double> weightsPoints, Map<String, Integer> ranks,
            boolean rankingChanged, List<String> changes) {
    }
}
