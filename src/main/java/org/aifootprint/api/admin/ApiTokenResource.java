package org.aifootprint.api.admin;

import jakarta.annotation.security.RolesAllowed;
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
import java.time.Instant;
import java.util.List;
import org.aifootprint.application.tenant.ApiTokenAdministration;
import org.aifootprint.domain.tenant.ApiToken;
import org.aifootprint.domain.tenant.Role;

/** {@code /api/v1/tokens}: a tenant administrator creates, lists and revokes API tokens. */
@Path("tokens")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed("ADMIN")
public class ApiTokenResource {

    public record TokenJson(long id, String name, Role role, String prefix, String createdBy, Instant createdAt,
            Instant lastUsedAt, Instant revokedAt) {
        static TokenJson of(ApiToken t) {
            return new TokenJson(t.getId(), t.getName(), t.getRole(), t.getTokenPrefix(), t.getCreatedBy(), t.getCreatedAt(),
                    t.getLastUsedAt(), t.getRevokedAt());
        }
    }

    /** A new token with its secret, which is returned this once and never again. */
    public record IssuedTokenJson(TokenJson token, String secret) {
    }

    @Inject
    private ApiTokenAdministration administration;

    @GET
    public List<TokenJson> list() {
        return administration.tokens().stream().map(TokenJson::of).toList();
    }

    /** Body: {@code {"name", "role"}}; answers 201 with the secret. */
    @POST
    public Response create(ApiTokenAdministration.NewToken request, @Context UriInfo uri) {
        ApiTokenAdministration.IssuedToken issued = administration.create(request);
        return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(issued.token().getId())).build())
                .entity(new IssuedTokenJson(TokenJson.of(issued.token()), issued.secret())).build();
    }

    /** Revokes the token; it stops working at once. */
    @DELETE
    @Path("{id}")
    public TokenJson revoke(@PathParam("id") long id) {
        return TokenJson.of(administration.revoke(id));
    }
}
