package org.aifootprint.api.model;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.aifootprint.api.support.Listing;
import org.aifootprint.application.model.ModelInput;
import org.aifootprint.application.model.Models;
import org.aifootprint.domain.model.AiModel;
import org.aifootprint.domain.model.ModelStatus;

/** {@code /api/v1/models}: the tenant's AI models. */
@Path("models")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ModelResource {

    public record ModelJson(long id, String name, String version, String ownerTeam, String purpose, Long parameterCount,
            ModelStatus status) {
        static ModelJson of(AiModel m) {
            return new ModelJson(m.getId(), m.getName(), m.getVersion(), m.getOwnerTeam(), m.getPurpose(), m.getParameterCount(), m.getStatus());
        }
    }

    @Inject
    private Models models;

    @GET
    public Response list(@Context UriInfo uri) {
        return Listing.response(models.page(Listing.request(uri)), ModelJson::of);
    }

    @GET
    @Path("{id}")
    public ModelJson get(@PathParam("id") long id) {
        return ModelJson.of(models.model(id));
    }

    @POST
    public Response create(ModelInput input, @Context UriInfo uri) {
        ModelJson created = ModelJson.of(models.create(input));
        return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(created.id())).build()).entity(created).build();
    }

    @PUT
    @Path("{id}")
    public ModelJson update(@PathParam("id") long id, ModelInput input) {
        return ModelJson.of(models.update(id, input));
    }

    @DELETE
    @Path("{id}")
    public Response delete(@PathParam("id") long id) {
        models.delete(id);
        return Response.noContent().build();
    }
}
