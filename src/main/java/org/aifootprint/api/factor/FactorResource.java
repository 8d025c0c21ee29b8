package org.aifootprint.api.factor;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.aifootprint.application.factor.Factors;
import org.aifootprint.application.factor.OverrideInput;
import org.aifootprint.domain.factor.FactorOverride;
import org.aifootprint.domain.factor.FactorSet;
import org.aifootprint.domain.factor.ReferenceFactor;

/**
 * {@code /api/v1/factor-sets} (the released versions of the reference data and their cited factors) and
 * {@code /api/v1/factor-overrides} (the tenant's own values, append-only).
 */
@Path("")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class FactorResource {

    public record FactorSetJson(String version, LocalDate effectiveFrom, String description, String contentSha256, Instant loadedAt) {
        static FactorSetJson of(FactorSet s) {
            return new FactorSetJson(s.getVersion(), s.getEffectiveFrom(), s.getDescription(), s.getContentSha256(), s.getLoadedAt());
        }
    }

    public record FactorJson(String id, String category, String key, Double value, String textValue, String unit, String source,
            String sourceYear, String url, String licence, String notes) {
        static FactorJson of(ReferenceFactor f) {
            return new FactorJson(f.getCategory().code() + ":" + f.getKey(), f.getCategory().code(), f.getKey(), f.getValue(), f.getTextValue(),
                    f.getUnit(), f.getSource(), f.getSourceYear(), f.getUrl(), f.getLicence(), f.getNotes());
        }
    }

    public record OverrideJson(long id, String category, String key, int version, double value, String unit, String evidence,
            Instant createdAt, String createdBy, Instant withdrawnAt, String withdrawnBy) {
        static OverrideJson of(FactorOverride o) {
            return new OverrideJson(o.getId(), o.getCategory().code(), o.getKey(), o.getVersion(), o.getValue(), o.getUnit(), o.getEvidence(),
                    o.getCreatedAt(), o.getCreatedBy(), o.getWithdrawnAt(), o.getWithdrawnBy());
        }
    }

    @Inject
    private Factors factors;

    @GET
    @Path("factor-sets")
    public List<FactorSetJson> sets() {
        return factors.sets().stream().map(FactorSetJson::of).toList();
    }

    /** The cited factors of a version, optionally of one category ({@code ?category=grid-location}). */
    @GET
    @Path("factor-sets/{version}/factors")
    public List<FactorJson> factors(@PathParam("version") String version, @QueryParam("category") String category) {
        return factors.factors(version).stream().filter(f -> category == null || f.getCategory().code().equals(category))
                .map(FactorJson::of).toList();
    }

    @GET
    @Path("factor-overrides")
    public List<OverrideJson> overrides() {
        return factors.overrides().stream().map(OverrideJson::of).toList();
    }

    @POST
    @Path("factor-overrides")
    public Response override(OverrideInput input, @Context UriInfo uri) {
        OverrideJson created = OverrideJson.of(factors.override(input));
        return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(created.id())).build()).entity(created).build();
    }

    /** Withdraws an override (kept, stamped): later calculations use the factor set's value again. */
    @DELETE
    @Path("factor-overrides/{id}")
    public OverrideJson withdraw(@PathParam("id") long id) {
        return OverrideJson.of(factors.withdraw(id));
    }
}
