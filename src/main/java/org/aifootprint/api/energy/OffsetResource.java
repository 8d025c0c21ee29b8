package org.aifootprint.api.energy;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.LocalDate;
import java.util.List;
import org.aifootprint.application.energy.OffsetInput;
import org.aifootprint.application.energy.Procurement;
import org.aifootprint.domain.energy.CarbonOffset;

/** {@code /api/v1/offsets}: retired carbon credits, reported apart from (never netted against) emissions. */
@Path("offsets")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class OffsetResource {

    public record OffsetJson(long id, String projectName, String registry, String certificateIds, double tonnesCo2e,
            Integer vintageYear, LocalDate retiredOn, String notes) {
        static OffsetJson of(CarbonOffset o) {
            return new OffsetJson(o.getId(), o.getProjectName(), o.getRegistry(), o.getCertificateIds(), o.getTonnesCo2e(),
                    o.getVintageYear(), o.getRetiredOn(), o.getNotes());
        }
    }

    @Inject
    private Procurement procurement;

    @GET
    public List<OffsetJson> list() {
        return procurement.offsets().stream().map(OffsetJson::of).toList();
    }

    @POST
    public Response create(OffsetInput input, @Context UriInfo uri) {
        OffsetJson created = OffsetJson.of(procurement.createOffset(input));
        return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(created.id())).build()).entity(created).build();
    }

    @DELETE
    @Path("{id}")
    public Response delete(@PathParam("id") long id) {
        procurement.deleteOffset(id);
        return Response.noContent().build();
    }
}
