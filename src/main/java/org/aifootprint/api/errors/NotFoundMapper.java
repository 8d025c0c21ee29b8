package org.aifootprint.api.errors;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.aifootprint.application.NotFound;

/** 404, also for another tenant's ids, so that ids reveal nothing. */
@Provider
public class NotFoundMapper implements ExceptionMapper<NotFound> {

    @Override
    public Response toResponse(NotFound e) {
        return ErrorJson.response(Response.Status.NOT_FOUND, e.getMessage());
    }
}
