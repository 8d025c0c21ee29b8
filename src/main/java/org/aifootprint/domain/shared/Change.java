package org.aifootprint.domain.shared;

import java.time.Instant;
import java.util.List;

/** One revision of a record in its audit history: who changed what, when, from which value to which. */
public record Change(long revision, Instant at, String by, Kind kind, List<FieldChange> fields) {

    public enum Kind {
        CREATED, CHANGED, DELETED
    }

    /** A property's value before and after the revision, as text ({@code null} when it had none). */
    public record FieldChange(String field, String before, String after) {
    }

    public Change {
        fields = List.copyOf(fields);
    }
}
