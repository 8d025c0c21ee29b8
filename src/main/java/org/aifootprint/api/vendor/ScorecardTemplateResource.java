package org.aifootprint.api.vendor;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
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
import java.util.List;
import org.aifootprint.application.vendor.Scorecards;
import org.aifootprint.application.vendor.TemplateInput;
import org.aifootprint.domain.vendor.ScorecardTemplate;

/** {@code /api/v1/scorecard-templates}: how vendors are compared (criteria, weights summing to 100, rules). */
@Path("scorecard-templates")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ScorecardTemplateResource {

    public record LineJson(String criterion, String label, String unit, double weightPoints, String direction, String normalisation,
            List<Double> thresholds, String missingData) {
    }

    public record TemplateJson(long id, String name, String description, double totalWeightPoints, List<LineJson> criteria) {
        static TemplateJson of(ScorecardTemplate t) {
            return new TemplateJson(t.getId(), t.getName(), t.getDescription(), t.getTotalWeightPoints(), t.getCriteria().stream()
                    .map(c -> new LineJson(c.getCriterion().code(), c.getCriterion().label(), c.getCriterion().unit(), c.getWeightPoints(),
                            c.isHigherIsBetter() ? "higher" : "lower", c.isThresholds() ? "thresholds" : "min-max", c.getThresholdValues(),
                            "WORST_KNOWN".equals(c.getMissingData()) ? "worst-known" : "zero")).toList());
        }
    }

    @Inject
    private Scorecards scorecards;

    @GET
    public List<TemplateJson> list() {
        return scorecards.templates().stream().map(TemplateJson::of).toList();
    }

    @GET
    @Path("{id}")
    public TemplateJson get(@PathParam("id") long id) {
        return TemplateJson.of(scorecards.template(id));
    }

    @POST
    public Response create(TemplateInput input, @Context UriInfo uri) {
        TemplateJson created = TemplateJson.of(scorecards.createTemplate(input));
        return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(created.id())).build()).entity(created).build();
    }

    @PUT
    @Path("{id}")
    public TemplateJson update(@PathParam("id") long id, TemplateInput input) {
        return TemplateJson.of(scorecards.updateTemplate(id, input));
    }
}
