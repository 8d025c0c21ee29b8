package org.aifootprint.api.facility;

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
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.aifootprint.api.support.CrudResource;
import org.aifootprint.domain.shared.Page;
import org.aifootprint.domain.shared.PageRequest;
import org.aifootprint.application.facility.Facilities;
import org.aifootprint.application.facility.FacilityInput;
import org.aifootprint.application.facility.MetricsInput;
import org.aifootprint.domain.facility.Facility;
import org.aifootprint.domain.facility.FacilityMetrics;
import org.aifootprint.domain.facility.Granularity;
import org.aifootprint.domain.facility.OperatorKind;

/** {@code /api/v1/facilities} and {@code /api/v1/facilities/{id}/metrics}. Roles are checked by {@link Facilities}. */
@Path("facilities")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class FacilityResource extends CrudResource<Facility, FacilityInput, FacilityResource.FacilityJson> {

    public record FacilityJson(long id, String code, String name, OperatorKind operatorKind, String country, String gridZone,
            Double defaultPue, Double defaultWueLitresPerKwh, Double supplierFactorGramsPerKwh, String supplierFactorEvidence) {
        static FacilityJson of(Facility f) {
            return new FacilityJson(f.getId(), f.getCode(), f.getName(), f.getOperatorKind(), f.getCountry(), f.getGridZone(),
                    f.getDefaultPue(), f.getDefaultWueLitresPerKwh(), f.getSupplierFactorGramsPerKwh(), f.getSupplierFactorEvidence());
        }
    }

    public record MetricsJson(long id, long facilityId, Granularity granularity, LocalDate periodStart, LocalDate periodEnd,
            Double totalEnergyKwh, Double itEnergyKwh, Double pue, Double waterWithdrawnLitres, Double waterConsumedLitres,
            Double wueLitresPerKwh, Double renewableOnSiteKwh, Double wasteHeatReusedKwh, Double generatorFuelLitres,
            Map<String, Double> refrigerantsKg, Double erf, Double ref) {
        static MetricsJson of(FacilityMetrics m) {
            Map<String, Double> refrigerants = new TreeMap<>();
            m.getRefrigerants().forEach(r -> refrigerants.put(r.getGas(), r.getMassKg()));
            return new MetricsJson(m.getId(), m.getFacility().getId(), m.getGranularity(), m.getPeriodStart(), m.getPeriodEnd(),
                    m.getTotalEnergyKwh(), m.getItEnergyKwh(), m.getPue(), m.getWaterWithdrawnLitres(), m.getWaterConsumedLitres(),
                    m.getWueLitresPerKwh(), m.getRenewableOnSiteKwh(), m.getWasteHeatReusedKwh(), m.getGeneratorFuelLitres(),
                    refrigerants, m.getErf(), m.getRef());
        }
    }

    @Inject
    private Facilities facilities;

    @Override
    protected Page<Facility> page(PageRequest request) {
        return facilities.page(request);
    }

    @Override
    protected Facility find(long id) {
        return facilities.facility(id);
    }

    @Override
    protected Facility add(FacilityInput input) {
        return facilities.create(input);
    }

    @Override
    protected Facility change(long id, FacilityInput input) {
        return facilities.update(id, input);
    }

    @Override
    protected void delete(long id) {
        facilities.delete(id);
    }

    @Override
    protected FacilityJson json(Facility entity) {
        return FacilityJson.of(entity);
    }

    @Override
    protected long id(Facility entity) {
        return entity.getId();
    }






    @GET
    @Path("{id}/metrics")
    public List<MetricsJson> metrics(@PathParam("id") long id) {
        return facilities.metrics(id).stream().map(MetricsJson::of).toList();
    }

    @POST
    @Path("{id}/metrics")
    public Response addMetrics(@PathParam("id") long id, MetricsInput input, @Context UriInfo uri) {
        MetricsJson created = MetricsJson.of(facilities.addMetrics(id, input));
        return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(created.id())).build()).entity(created).build();
    }

    @PUT
    @Path("{id}/metrics/{metricsId}")
    public MetricsJson updateMetrics(@PathParam("id") long id, @PathParam("metricsId") long metricsId, MetricsInput input) {
        requireOwnedBy(id, metricsId);
        return MetricsJson.of(facilities.updateMetrics(metricsId, input));
    }

    @DELETE
    @Path("{id}/metrics/{metricsId}")
    public Response deleteMetrics(@PathParam("id") long id, @PathParam("metricsId") long metricsId) {
        requireOwnedBy(id, metricsId);
        facilities.deleteMetrics(metricsId);
        return Response.noContent().build();
    }

    private void requireOwnedBy(long facilityId, long metricsId) {
        if (facilities.metricsEntry(metricsId).getFacility().getId() != facilityId) {
            throw new jakarta.ws.rs.NotFoundException();
        }
    }
}
