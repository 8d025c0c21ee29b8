package org.aifootprint.api.errors;

import jakarta.ejb.EJBAccessException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** 403 when a use case refuses the caller's role (defence in depth behind the resources' own checks). */
@Provider
public class AccessDeniedMapper implements ExceptionMapper<EJBAccessException> {

    @Override
    public Response toResponse(EJBAccessException e) {
        return ErrorJson.response(Response.Status.FORBIDDEN, "Your role does not allow this.");
    }
}
