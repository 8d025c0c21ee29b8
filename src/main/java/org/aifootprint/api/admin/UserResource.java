package org.aifootprint.api.admin;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.Instant;
import java.util.List;
import org.aifootprint.application.tenant.UserAdministration;
import org.aifootprint.domain.tenant.Role;
import org.aifootprint.domain.tenant.UserAccount;

/** {@code /api/v1/users}: a tenant administrator manages the tenant's users. */
@Path("users")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed("ADMIN")
public class UserResource {

    public record UserJson(long id, String email, String displayName, Role role, boolean enabled, Instant createdAt) {
        static UserJson of(UserAccount u) {
            return new UserJson(u.getId(), u.getEmail(), u.getDisplayName(), u.getRole(), u.isEnabled(), u.getCreatedAt());
        }
    }

    /** A created or reset user with its temporary password, returned once. */
    public record IssuedJson(UserJson user, String temporaryPassword) {
        static IssuedJson of(UserAdministration.IssuedPassword issued) {
            return new IssuedJson(UserJson.of(issued.user()), issued.temporaryPassword());
        }
    }

    /** Body of {@code PATCH /users/{id}}: either or both of role and enabled. */
    public record UserChangeJson(Role role, Boolean enabled) {
    }

    @Inject
    private UserAdministration administration;

    @GET
    public List<UserJson> list() {
        return administration.users().stream().map(UserJson::of).toList();
    }

    @GET
    @Path("{id}")
    public UserJson get(@PathParam("id") long id) {
        return UserJson.of(administration.user(id));
    }

    /** Body: {@code {"email", "displayName", "role"}}; answers 201 with the temporary password. */
    @POST
    public Response create(UserAdministration.NewUser request, @Context UriInfo uri) {
        IssuedJson issued = IssuedJson.of(administration.create(request));
        return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(issued.user().id())).build()).entity(issued).build();
    }

    @PATCH
    @Path("{id}")
    public UserJson change(@PathParam("id") long id, UserChangeJson change) {
        UserAccount user = null;
        if (change != null && change.role() != null) {
            user = administration.changeRole(id, change.role());
        }
        if (change != null && change.enabled() != null) {
            user = administration.setEnabled(id, change.enabled());
        }
        return user == null ? get(id) : UserJson.of(user);
    }

    @POST
    @Path("{id}/password-reset")
    public IssuedJson resetPassword(@PathParam("id") long id) {
        return IssuedJson.of(administration.resetPassword(id));
    }
}
