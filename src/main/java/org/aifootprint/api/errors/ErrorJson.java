package org.aifootprint.api.errors;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;

/** The body of every error answer: {@code {"error": "...", "details": [...]}}. */
public record ErrorJson(String error, List<?> details) {

    public static Response response(Response.StatusType status, String error, List<?> details) {
        return Response.status(status)
                .type(MediaType.APPLICATION_JSON_TYPE)
                .entity(new ErrorJson(error, details == null ? List.of() : details))
                .build();
    }

    public static Response response(Response.StatusType status, String error) {
        return response(status, error, List.of());
    }
}
