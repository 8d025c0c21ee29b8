package org.aifootprint.domain.shared;

import java.util.Map;

/**
 * One page of a list as a table asks for it: rows {@code first} to {@code first + size}, sorted by one
 * field, filtered by field values (text fields match by "contains", ignoring case; others exactly).
 * Field names are entity properties, dotted for references ({@code model.name}); repositories accept
 * only the fields they list as sortable or filterable.
 */
public record PageRequest(int first, int size, String sortField, boolean ascending, Map<String, String> filters) {

    public PageRequest {
        if (first < 0) {
            throw new IllegalArgumentException("first must be 0 or more");
        }
        if (size < 1 || size > 10_000) {
            throw new IllegalArgumentException("size must be between 1 and 10000");
        }
        filters = filters == null ? Map.of() : Map.copyOf(filters);
    }

    public static PageRequest of(int first, int size) {
        return new PageRequest(first, size, null, true, Map.of());
    }
}
