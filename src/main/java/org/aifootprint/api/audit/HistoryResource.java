package org.aifootprint.api.audit;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.aifootprint.application.audit.History;
import org.aifootprint.domain.shared.Change;

/** {@code /api/v1/history/{kind}/{id}}: who changed a record, when, and each field before and after (AUDITOR, ADMIN). */
@Path("history")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class HistoryResource {

    @Inject
    private History history;

    @GET
    @Path("{kind}/{id}")
    public List<Change> of(@PathParam("kind") String kind, @PathParam("id") long id) {
        return history.of(kind, id);
    }
}
