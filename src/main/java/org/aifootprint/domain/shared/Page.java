package org.aifootprint.domain.shared;

import java.util.List;

/** The rows of one {@link PageRequest} and how many rows match in all. */
public record Page<T>(List<T> rows, long total) {

    public Page {
        rows = List.copyOf(rows);
    }
}
