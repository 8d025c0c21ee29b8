package org.aifootprint.api.support;

import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.aifootprint.domain.shared.InvalidInput;
import org.aifootprint.domain.shared.Page;
import org.aifootprint.domain.shared.PageRequest;

/**
 * Lists in the API: {@code ?offset=0&limit=100&sort=field&order=asc|desc} plus filters as further query
 * parameters ({@code ?phase=training&model.name=llama}). The body is a JSON array; the header
 * {@code X-Total-Count} says how many rows match in all.
 */
public final class Listing {

    public static final int DEFAULT_LIMIT = 100;
    public static final int MAX_LIMIT = 1000;
    private static final Set<String> CONTROL = Set.of("offset", "limit", "sort", "order");

    private Listing() {
    }

    public static PageRequest request(UriInfo uri) {
        MultivaluedMap<String, String> q = uri.getQueryParameters();
        int offset = integer(q.getFirst("offset"), 0, "offset");
        int limit = integer(q.getFirst("limit"), DEFAULT_LIMIT, "limit");
        if (offset < 0) {
            throw InvalidInput.of("offset", "must be 0 or more");
        }
        if (limit < 1 || limit > MAX_LIMIT) {
            throw InvalidInput.of("limit", "must be between 1 and " + MAX_LIMIT);
        }
        String order = q.getFirst("order");
        if (order != null && !order.equalsIgnoreCase("asc") && !order.equalsIgnoreCase("desc")) {
            throw InvalidInput.of("order", "must be asc or desc");
        }
        Map<String, String> filters = new HashMap<>();
        q.forEach((name, values) -> {
            if (!CONTROL.contains(name) && !values.isEmpty()) {
                filters.put(name, values.get(0));
            }
        });
        return new PageRequest(offset, limit, q.getFirst("sort"), !"desc".equalsIgnoreCase(order), filters);
    }

    public static <T, J> Response response(Page<T> page, Function<T, J> toJson) {
        List<J> rows = page.rows().stream().map(toJson).toList();
        return Response.ok(rows).header("X-Total-Count", page.total()).build();
    }

    private static int integer(String text, int fallback, String field) {
        if (text == null || text.isBlank()) {
            return fallback;
        }
        try {
            return Integer.parseInt(text.trim());
        } catch (NumberFormatException e) {
            throw InvalidInput.of(field, "must be a whole number");
        }
    }
}
