package org.aifootprint.api.errors;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.aifootprint.domain.shared.InvalidInput;

/** 400 with one {@code {"field", "message"}} per refused field. */
@Provider
public class InvalidInputMapper implements ExceptionMapper<InvalidInput> {

    @Override
    public Response toResponse(InvalidInput e) {
        return ErrorJson.response(Response.Status.BAD_REQUEST, "Invalid input", e.errors());
    }
}
