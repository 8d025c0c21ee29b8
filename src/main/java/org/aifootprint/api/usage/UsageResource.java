package org.aifootprint.api.usage;

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
import java.time.Instant;
import java.time.LocalDate;
import org.aifootprint.api.support.Listing;
import org.aifootprint.application.usage.Usage;
import org.aifootprint.application.usage.UsageInput;
import org.aifootprint.domain.usage.ComputeUsage;
import org.aifootprint.domain.usage.DataSource;
import org.aifootprint.domain.usage.QualityTier;

/**
 * {@code /api/v1/usage}: compute usage of models. {@code hours} are per device; the quality tier follows from
 * what is given (energyKwh → METERED, avgPowerW → MEASURED, otherwise ESTIMATED).
 */
@Path("usage")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class UsageResource {

    public record UsageJson(long id, long modelId, String model, String modelVersion, String phase, LocalDate periodStart,
            LocalDate periodEnd, long facilityId, String facility, String hardware, int deviceCount, double hours,
            double deviceHours, Double avgPowerW, Double utilization, Double energyKwh, Long requests, DataSource dataSource,
            QualityTier qualityTier, Instant createdAt) {
        static UsageJson of(ComputeUsage u) {
            return new UsageJson(u.getId(), u.getModel().getId(), u.getModel().getName(), u.getModel().getVersion(), u.getPhase().code(),
                    u.getPeriodStart(), u.getPeriodEnd(), u.getFacility().getId(), u.getFacility().getCode(), u.getHardware().getCode(),
                    u.getDeviceCount(), u.getHoursPerDevice(), u.getDeviceHours(), u.getAvgPowerW(), u.getUtilization(), u.getEnergyKwh(),
                    u.getRequests(), u.getDataSource(), u.getQualityTier(), u.getCreatedAt());
        }
    }

    @Inject
    private Usage usage;

    @GET
    public Response list(@Context UriInfo uri) {
        return Listing.response(usage.page(Listing.request(uri)), UsageJson::of);
    }

    @GET
    @Path("{id}")
    public UsageJson get(@PathParam("id") long id) {
        return UsageJson.of(usage.record(id));
    }

    @POST
    public Response create(UsageInput input, @Context UriInfo uri) {
        UsageJson created = UsageJson.of(usage.create(input));
        return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(created.id())).build()).entity(created).build();
    }

    @PUT
    @Path("{id}")
    public UsageJson update(@PathParam("id") long id, UsageInput input) {
        return UsageJson.of(usage.update(id, input));
    }

    @DELETE
    @Path("{id}")
    public Response delete(@PathParam("id") long id) {
        usage.delete(id);
        return Response.noContent().build();
    }
}
