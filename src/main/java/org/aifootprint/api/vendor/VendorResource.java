package org.aifootprint.api.vendor;

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
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.aifootprint.api.support.CrudResource;
import org.aifootprint.application.vendor.CriterionValueInput;
import org.aifootprint.application.vendor.OfferingInput;
import org.aifootprint.application.vendor.VendorCriterionInput;
import org.aifootprint.application.vendor.VendorInput;
import org.aifootprint.application.vendor.Vendors;
import org.aifootprint.domain.shared.Page;
import org.aifootprint.domain.shared.PageRequest;
import org.aifootprint.domain.vendor.Criterion;
import org.aifootprint.domain.vendor.OfferingKind;
import org.aifootprint.domain.vendor.Vendor;
import org.aifootprint.domain.vendor.VendorCriterionValue;
import org.aifootprint.domain.vendor.VendorKind;
import org.aifootprint.domain.vendor.VendorOffering;

/**
 * {@code /api/v1/vendors}: vendors with their offerings and criterion values ({@code /{id}/offerings}, {@code /{id}/criteria}),
 * the criteria catalogue ({@code GET /criteria}), one value by vendor code ({@code POST /criteria}, creating the vendor) and the export of every value with its evidence ({@code /criteria.csv}).
 * Roles are checked by {@link Vendors}: buyers and administrators write, every tenant role reads.
 */
@Path("vendors")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class VendorResource extends CrudResource<Vendor, VendorInput, VendorResource.VendorJson> {

    public record OfferingJson(long id, OfferingKind kind, String reference, String label) {
        static OfferingJson of(VendorOffering o) {
            return new OfferingJson(o.getId() == null ? 0 : o.getId(), o.getKind(), o.getReference(), o.getLabel());
        }
    }

    public record ValueJson(String criterion, String label, String value, double number, String unit, String source, String sourceDate,
            String enteredBy, Instant enteredAt, boolean derived) {
        static ValueJson of(VendorCriterionValue v) {
            return new ValueJson(v.getCriterion().code(), v.getCriterion().label(), v.getText(), v.getNumericValue(), v.getUnit(), v.getSourceDocument(),
                    v.getSourceDate().toString(), v.getEnteredBy(), v.getEnteredAt(), false);
        }
    }

    public record VendorJson(long id, String code, String name, VendorKind kind, String website, List<OfferingJson> offerings, List<ValueJson> criteria) {
    }

    public record CriterionJson(String code, String label, String unit, Criterion.Type type, List<String> levels, String defaultDirection) {
    }

    @Inject
    private Vendors vendors;

    @Override
    protected Page<Vendor> page(PageRequest request) {
        return vendors.page(request);
    }

    @Override
    protected Vendor find(long id) {
        return vendors.vendor(id);
    }

    @Override
    protected Vendor add(VendorInput input) {
        return vendors.create(input);
    }

    @Override
    protected Vendor change(long id, VendorInput input) {
        return vendors.update(id, input);
    }

    @Override
    protected void delete(long id) {
        vendors.delete(id);
    }

    @Override
    protected VendorJson json(Vendor v) {
        List<ValueJson> values = new ArrayList<>(v.getCriterionValues().stream().map(ValueJson::of).toList());
        vendors.derived(v).forEach(d -> values.add(new ValueJson(d.criterion().code(), d.criterion().label(), d.criterion().text(d.value()), d.value(),
                d.unit(), d.source(), null, "reference data", null, true)));
        return new VendorJson(v.getId(), v.getCode(), v.getName(), v.getKind(), v.getWebsite(), v.getOfferings().stream().map(OfferingJson::of).toList(),
                values);
    }

    @Override
    protected long id(Vendor v) {
        return v.getId();
    }

    @GET
    @Path("criteria")
    public List<CriterionJson> catalogue() {
        return vendors.criteria().stream().map(c -> new CriterionJson(c.code(), c.label(), c.unit(), c.type(), c.levels(),
                c.higherIsBetter() ? "higher is better" : "lower is better")).toList();
    }

    @GET
    @Path("criteria.csv")
    @Produces("text/csv")
    public Response criteriaCsv() {
        return Response.ok(vendors.criteriaCsv()).header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"vendor-criteria.csv\"").build();
    }

    @POST
    @Path("{id}/criteria")
    public Response record(@PathParam("id") long id, CriterionValueInput input, @Context UriInfo uri) {
        ValueJson created = ValueJson.of(vendors.record(id, input));
        return Response.created(uri.getAbsolutePathBuilder().path(created.criterion()).build()).entity(created).build();
    }

    /** One value naming its vendor by code, as a row of the {@code vendors} CSV format: the vendor is created on first use. */
    @POST
    @Path("criteria")
    public Response recordByCode(VendorCriterionInput input, @Context UriInfo uri) {
        VendorCriterionValue recorded = vendors.recordCriterion(input);
        return Response.created(uri.getBaseUriBuilder().path("vendors").path(String.valueOf(recorded.getVendor().getId())).path("criteria")
                .path(recorded.getCriterion().code()).build()).entity(ValueJson.of(recorded)).build();
    }

    @DELETE
    @Path("{id}/criteria/{criterion}")
    public Response removeValue(@PathParam("id") long id, @PathParam("criterion") String criterion) {
        vendors.removeValue(id, criterion);
        return Response.noContent().build();
    }

    @POST
    @Path("{id}/offerings")
    public Response addOffering(@PathParam("id") long id, OfferingInput input, @Context UriInfo uri) {
        OfferingJson created = OfferingJson.of(vendors.addOffering(id, input));
        return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(created.id())).build()).entity(created).build();
    }

    @DELETE
    @Path("{id}/offerings/{offeringId}")
    public Response removeOffering(@PathParam("id") long id, @PathParam("offeringId") long offeringId) {
        vendors.removeOffering(id, offeringId);
        return Response.noContent().build();
    }
}
