package org.aifootprint.api.platform;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.core.Context;
import java.time.Instant;
import java.util.List;
import org.aifootprint.application.NotFound;
import org.aifootprint.application.tenant.TenantAdministration;
import org.aifootprint.domain.tenant.Tenant;

/** {@code /api/v1/tenants}: the platform operator creates tenants with their first administrator. */
@Path("tenants")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed("OPERATOR")
public class TenantResource {

    public record TenantJson(String id, String name, Instant createdAt) {
        static TenantJson of(Tenant t) {
            return new TenantJson(t.getId(), t.getName(), t.getCreatedAt());
        }
    }

    @Inject
    private TenantAdministration administration;

    @GET
    public List<TenantJson> list() {
        return administration.tenants().stream().map(TenantJson::of).toList();
    }

    @GET
    @Path("{id}")
    public TenantJson get(@PathParam("id") String id) {
        return administration.tenants().stream().filter(t -> t.getId().equals(id)).findFirst().map(TenantJson::of)
                .orElseThrow(() -> new NotFound("Tenant", id));
    }

    /** Body: {@code {"id", "name", "adminEmail", "adminName", "adminPassword"}}; answers 201. */
    @POST
    public Response create(TenantAdministration.NewTenant request, @Context UriInfo uri) {
        Tenant tenant = administration.create(request);
        return Response.created(uri.getAbsolutePathBuilder().path(tenant.getId()).build())
                .entity(TenantJson.of(tenant)).build();
    }
}
