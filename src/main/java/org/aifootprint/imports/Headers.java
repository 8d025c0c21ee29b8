package org.aifootprint.imports;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/** Header names of a CSV file compared the way every format compares them: trimmed, without regard to case. */
public final class Headers {

    private Headers() {
    }

    /** The required (lower-case) columns a header lacks. */
    public static List<String> missing(List<String> required, Set<String> header) {
        Set<String> lower = header.stream().map(h -> h.trim().toLowerCase(Locale.ROOT)).collect(Collectors.toSet());
        return required.stream().filter(c -> !lower.contains(c)).toList();
    }

    /** The file's own header names by their lower-case form (the first one wins when two differ only in case). */
    public static Map<String, String> byLowerCase(List<String> header) {
        Map<String, String> actual = new HashMap<>();
        header.forEach(h -> actual.putIfAbsent(h.trim().toLowerCase(Locale.ROOT), h));
        return actual;
    }
}
