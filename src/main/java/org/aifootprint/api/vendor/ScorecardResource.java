package org.aifootprint.api.vendor;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
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
import java.util.List;
import org.aifootprint.application.vendor.Scorecards;
import org.aifootprint.domain.shared.InvalidInput;
import org.aifootprint.domain.vendor.Scorecard;

/**
 * {@code /api/v1/scorecards}: {@code POST {"template": id, "vendors": [id, …]}} compares 2 to 8 vendors and stores the
 * scorecard ({@code {"id", "ranking": [{"vendor", "rank", "score", "criteria": {…}}], "weights", "sensitivity", …}}, PROCUREMENT);
 * {@code GET /{id}} returns it as stored, {@code GET /{id}/pdf} its PDF.
 */
@Path("scorecards")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class ScorecardResource {

    public record CompareJson(Long template, List<Long> vendors) {
    }

    public record SummaryJson(long id, Long template, String templateName, String vendors, String createdBy, Instant createdAt, String pdfSha256) {
        static SummaryJson of(Scorecard s) {
            return new SummaryJson(s.getId(), s.getTemplateId(), s.getTemplateName(), s.getVendorCodes(), s.getCreatedBy(), s.getCreatedAt(), s.getPdfSha256());
        }
    }

    @Inject
    private Scorecards scorecards;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response create(CompareJson body, @Context UriInfo uri) {
        if (body == null) {
            throw InvalidInput.of(null, "A request body {\"template\": id, \"vendors\": [id, ...]} is required.");
        }
        Scorecard created = scorecards.create(body.template(), body.vendors());
        return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(created.getId())).build()).entity(scorecards.json(created)).build();
    }

    @GET
    public List<SummaryJson> list() {
        return scorecards.all().stream().map(SummaryJson::of).toList();
    }

    @GET
    @Path("{id}")
    public String get(@PathParam("id") long id) {
        return scorecards.json(scorecards.scorecard(id));
    }

    @GET
    @Path("{id}/pdf")
    @Produces("application/pdf")
    public Response pdf(@PathParam("id") long id) {
        Scorecard s = scorecards.scorecard(id);
        return Response.ok(s.getPdf()).header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"scorecard-" + id + ".pdf\"")
                .header("X-Content-SHA256", s.getPdfSha256()).build();
    }
}
