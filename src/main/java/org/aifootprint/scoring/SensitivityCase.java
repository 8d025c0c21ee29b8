package org.aifootprint.scoring;

import java.util.List;
import java.util.Map;

/**
 * The ranking with one criterion's weight moved by {@code deltaPoints} (the others rescaled to keep 100):
 * the weights used, each vendor's rank, and the vendors whose rank changed ("AWS 2 → 1").
 */
public record SensitivityCase(String criterion, double deltaPoints, Map<String, Double> weightsPoints, Map<String, Integer> ranks,
        List<String> changes) {

    public boolean rankingChanged() {
        return !changes.isEmpty();
    }
}
