package org.aifootprint.api.platform;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.aifootprint.infrastructure.security.Caller;
import org.aifootprint.infrastructure.security.CurrentCaller;

/** {@code GET /api/v1/me}: who the credentials belong to. */
@Path("me")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({"ADMIN", "ANALYST", "AUDITOR", "PROCUREMENT", "OPERATOR"})
public class MeResource {

    /** {@code role} is the caller's own; {@code roles} what it grants (an ADMIN also holds the others). */
    public record MeJson(String user, String displayName, boolean apiToken, TenantJson tenant, String role, List<String> roles) {
    }

    public record TenantJson(String id, String name) {
    }

    @Inject
    private CurrentCaller currentCaller;

    @GET
    public MeJson me() {
        Caller caller = currentCaller.require();
        return new MeJson(caller.name(), caller.displayName(), caller.apiToken(),
                caller.hasTenant() ? new TenantJson(caller.tenantId(), caller.tenantName()) : null,
                caller.role().name(), List.copyOf(caller.groups()));
    }
}
