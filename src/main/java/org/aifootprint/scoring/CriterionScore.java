package org.aifootprint.scoring;

/**
 * One vendor on one criterion: the raw value (null when unknown), its normalised score (0–1), the points it earns
 * ({@code weight × score}) and whether it was missing (then scored by the template's {@link MissingData} policy).
 */
public record CriterionScore(String criterion, Double value, double score, double points, boolean missing) {
}
