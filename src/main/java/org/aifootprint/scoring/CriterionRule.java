package org.aifootprint.scoring;

import java.util.List;

/**
 * One criterion of a template: its weight in points (the weights of a template sum to 100), direction,
 * normalisation, thresholds (ascending; used by {@link Normalisation#THRESHOLDS}) and missing-data policy.
 */
public record CriterionRule(String criterion, double weightPoints, Direction direction, Normalisation normalisation, List<Double> thresholds,
        MissingData missingData) {

    public CriterionRule {
        thresholds = thresholds == null ? List.of() : List.copyOf(thresholds);
        missingData = missingData == null ? MissingData.SCORE_ZERO : missingData;
    }

    public CriterionRule withWeight(double points) {
        return new CriterionRule(criterion, points, direction, normalisation, thresholds, missingData);
    }
}
