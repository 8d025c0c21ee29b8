package org.aifootprint.api.period;

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
import java.util.List;
import org.aifootprint.application.period.PeriodInput;
import org.aifootprint.application.period.ReportingPeriods;
import org.aifootprint.domain.period.ReportingPeriod;

/** {@code /api/v1/periods}: reporting periods; closing one (ADMIN) locks the data dated within it. */
@Path("periods")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class PeriodResource {

    public record PeriodJson(long id, String name, LocalDate startDate, LocalDate endDate, boolean closed, Instant closedAt, String closedBy) {
        static PeriodJson of(ReportingPeriod p) {
            return new PeriodJson(p.getId(), p.getName(), p.getStartDate(), p.getEndDate(), p.isClosed(), p.getClosedAt(), p.getClosedBy());
        }
    }

    @Inject
    private ReportingPeriods periods;

    @GET
    public List<PeriodJson> list() {
        return periods.all().stream().map(PeriodJson::of).toList();
    }

    @GET
    @Path("{id}")
    public PeriodJson get(@PathParam("id") long id) {
        return PeriodJson.of(periods.period(id));
    }

    @POST
    public Response create(PeriodInput input, @Context UriInfo uri) {
        PeriodJson created = PeriodJson.of(periods.create(input));
        return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(created.id())).build()).entity(created).build();
    }

    @PUT
    @Path("{id}")
    public PeriodJson update(@PathParam("id") long id, PeriodInput input) {
        return PeriodJson.of(periods.update(id, input));
    }

    @DELETE
    @Path("{id}")
    public Response delete(@PathParam("id") long id) {
        periods.delete(id);
        return Response.noContent().build();
    }

    @POST
    @Path("{id}/close")
    public PeriodJson close(@PathParam("id") long id) {
        return PeriodJson.of(periods.close(id));
    }

    @POST
    @Path("{id}/reopen")
    public PeriodJson reopen(@PathParam("id") long id) {
        return PeriodJson.of(periods.reopen(id));
    }
}
