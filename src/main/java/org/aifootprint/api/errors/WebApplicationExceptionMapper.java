package org.aifootprint.api.errors;

import jakarta.ws.rs.ForbiddenException;
import jakarta.ws.rs.NotAllowedException;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.NotSupportedException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** JAX-RS's own refusals (unknown path, wrong method or media type, role refused) as JSON errors. */
@Provider
public class WebApplicationExceptionMapper implements ExceptionMapper<WebApplicationException> {

    @Override
    public Response toResponse(WebApplicationException e) {
        Response original = e.getResponse();
        String message;
        if (e instanceof ForbiddenException) {
            message = "Your role does not allow this.";
        } else if (e instanceof NotFoundException) {
            message = "Not found.";
        } else if (e instanceof NotAllowedException) {
            message = "Method not allowed here; allowed: " + original.getAllowedMethods();
        } else if (e instanceof NotSupportedException) {
            message = "Unsupported content type; send application/json.";
        } else if (original.getStatus() == 400) {
            message = "Malformed request: " + (e.getMessage() == null ? "check the JSON body" : e.getMessage());
        } else {
            message = original.getStatusInfo().getReasonPhrase();
        }
        Response.ResponseBuilder answer = Response.fromResponse(ErrorJson.response(original.getStatusInfo(), message));
        original.getHeaders().forEach((name, values) -> {
            if (!"Content-Type".equalsIgnoreCase(name)) {
                values.forEach(v -> answer.header(name, v));
            }
        });
        return answer.build();
    }
}
