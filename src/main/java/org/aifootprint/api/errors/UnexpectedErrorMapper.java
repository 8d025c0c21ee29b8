package org.aifootprint.api.errors;

import jakarta.ejb.EJBException;
import jakarta.json.bind.JsonbException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.aifootprint.domain.shared.InvalidInput;
import org.aifootprint.application.NotFound;

/**
 * Anything else: a JSON body that cannot be read is the client's fault (400); the rest is ours (500,
 * logged with a reference the client can quote; no stack trace leaves the server).
 */
@Provider
public class UnexpectedErrorMapper implements ExceptionMapper<Throwable> {

    private static final Logger LOG = Logger.getLogger(UnexpectedErrorMapper.class.getName());

    @Override
    public Response toResponse(Throwable e) {
        Throwable cause = unwrap(e);
        if (cause instanceof InvalidInput invalid) {
            return new InvalidInputMapper().toResponse(invalid);
        }
        if (cause instanceof NotFound notFound) {
            return new NotFoundMapper().toResponse(notFound);
        }
        if (cause instanceof WebApplicationException web) {
            return new WebApplicationExceptionMapper().toResponse(web);
        }
        if (cause instanceof JsonbException || cause instanceof jakarta.ws.rs.ProcessingException) {
            return ErrorJson.response(Response.Status.BAD_REQUEST, "Malformed JSON: " + cause.getMessage());
        }
        String reference = UUID.randomUUID().toString();
        LOG.log(Level.SEVERE, "Unexpected error, reference " + reference, e);
        return ErrorJson.response(Response.Status.INTERNAL_SERVER_ERROR,
                "Internal error; quote reference " + reference + " to your administrator.");
    }

    private static Throwable unwrap(Throwable e) {
        Throwable current = e;
        while ((current instanceof EJBException || current.getClass() == RuntimeException.class) && current.getCause() != null) {
            current = current.getCause();
        }
        return current;
    }
}
