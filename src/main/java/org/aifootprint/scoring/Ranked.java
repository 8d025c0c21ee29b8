package org.aifootprint.scoring;

import java.util.Map;

/** A vendor's place: rank (equal scores share a rank), total score in points (0–100) and the per-criterion scores. */
public record Ranked(String key, String label, int rank, double scorePoints, Map<String, CriterionScore> criteria) {

    public long missingCount() {
        return criteria.values().stream().filter(CriterionScore::missing).count();
    }
}
