package org.aifootprint.api.energy;

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
import java.time.LocalDate;
import org.aifootprint.api.support.Listing;
import org.aifootprint.application.energy.InstrumentInput;
import org.aifootprint.application.energy.Procurement;
import org.aifootprint.domain.energy.ContractualInstrument;
import org.aifootprint.domain.energy.InstrumentKind;

/** {@code /api/v1/procurements}: contractual instruments for market-based Scope 2. */
@Path("procurements")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ProcurementResource {

    public record InstrumentJson(long id, InstrumentKind kind, String facility, String marketZone, LocalDate periodStart,
            LocalDate periodEnd, double volumeMwh, Integer vintageYear, String certificateIds, boolean retired,
            double emissionFactorGramsPerKwh, String supplier, String notes) {
        static InstrumentJson of(ContractualInstrument i) {
            return new InstrumentJson(i.getId(), i.getKind(), i.getFacility() == null ? null : i.getFacility().getCode(), i.getMarketZone(),
                    i.getPeriodStart(), i.getPeriodEnd(), i.getVolumeMwh(), i.getVintageYear(), i.getCertificateIds(), i.isRetired(),
                    i.getEmissionFactorGramsPerKwh(), i.getSupplier(), i.getNotes());
        }
    }

    @Inject
    private Procurement procurement;

    @GET
    public Response list(@Context UriInfo uri) {
        return Listing.response(procurement.page(Listing.request(uri)), InstrumentJson::of);
    }

    @GET
    @Path("{id}")
    public InstrumentJson get(@PathParam("id") long id) {
        return InstrumentJson.of(procurement.instrument(id));
    }

    @POST
    public Response create(InstrumentInput input, @Context UriInfo uri) {
        InstrumentJson created = InstrumentJson.of(procurement.create(input));
        return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(created.id())).build()).entity(created).build();
    }

    @PUT
    @Path("{id}")
    public InstrumentJson update(@PathParam("id") long id, InstrumentInput input) {
        return InstrumentJson.of(procurement.update(id, input));
    }

    @DELETE
    @Path("{id}")
    public Response delete(@PathParam("id") long id) {
        procurement.delete(id);
        return Response.noContent().build();
    }
}
