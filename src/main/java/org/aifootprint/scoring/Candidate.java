package org.aifootprint.scoring;

import java.util.Collections;
import java.util.HashMap;
import java.util.Map;

/**
 * A vendor as the scorer sees it: a key, a label and its known values by criterion (booleans as 1/0, levels as
 * their number). A criterion absent from {@code values} (or null) is unknown.
 */
public record Candidate(String key, String label, Map<String, Double> values) {

    public Candidate {
        values = Collections.unmodifiableMap(new HashMap<>(values == null ? Map.of() : values));
    }

    public Double value(String criterion) {
        return values.get(criterion);
    }
}
