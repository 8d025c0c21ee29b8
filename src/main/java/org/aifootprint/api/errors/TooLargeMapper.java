package org.aifootprint.api.errors;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.aifootprint.application.imports.Imports;

/** An upload above the configured maximum: 413 with the limit in the message. */
@Provider
public class TooLargeMapper implements ExceptionMapper<Imports.TooLarge> {

    @Override
    public Response toResponse(Imports.TooLarge e) {
        return ErrorJson.response(Response.Status.REQUEST_ENTITY_TOO_LARGE, e.getMessage());
    }
}
