package org.aifootprint.api.report;

import org.aifootprint.api.support.QueryDates;
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
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.List;
import org.aifootprint.application.report.Disclosures;
import org.aifootprint.domain.report.ReportRun;
import org.aifootprint.domain.report.ReportSummary;
import org.aifootprint.domain.shared.InvalidInput;

/**
 * {@code /api/v1/reports}: Scope 1-3 AI disclosures. {@code POST {"from", "to", "pageSize"}} generates one (ANALYST);
 * {@code POST /{id}/publish} publishes it; {@code GET /{id}/pdf} and {@code /{id}/lineage.csv} download its files;
 * {@code POST /verify} with a PDF body tells whether that exact file was issued here.
 */
@Path("reports")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class ReportResource {

    public record GenerateJson(String from, String to, String pageSize) {
    }

    public record ReportJson(long id, LocalDate from, LocalDate to, String status, String pageSize, String factorSet, Instant overridesAsOf,
            String contentSha256, String pdfSha256, double scope1Kg, double scope2LocationKg, double scope2MarketKg, double scope3Kg,
            double energyKwh, String createdBy, Instant createdAt, String publishedBy, Instant publishedAt) {
        static ReportJson of(ReportSummary r) {
            return new ReportJson(r.id(), r.periodFrom(), r.periodTo(), r.status().name().toLowerCase(), r.pageSize(), r.factorSet(), r.overridesAsOf(),
                    r.contentSha256(), r.pdfSha256(), r.scope1Kg(), r.scope2LocationKg(), r.scope2MarketKg(), r.scope3Kg(), r.energyKwh(), r.createdBy(),
                    r.createdAt(), r.publishedBy(), r.publishedAt());
        }

        static ReportJson of(ReportRun r) {
            return new ReportJson(r.getId(), r.getPeriodFrom(), r.getPeriodTo(), r.getStatus().name().toLowerCase(), r.getPageSize(), r.getFactorSet(),
                    r.getOverridesAsOf(), r.getContentSha256(), r.getPdfSha256(), r.getScope1Kg(), r.getScope2LocationKg(), r.getScope2MarketKg(),
                    r.getScope3Kg(), r.getEnergyKwh(), r.getCreatedBy(), r.getCreatedAt(), r.getPublishedBy(), r.getPublishedAt());
        }
    }

    public record VerificationJson(String sha256, boolean genuine, List<ReportJson> reports) {
    }

    @Inject
    private Disclosures disclosures;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response generate(GenerateJson body, @Context UriInfo uri) {
        if (body == null) {
            throw InvalidInput.of(null, "A request body {\"from\", \"to\"} is required.");
        }
        ReportJson created = ReportJson.of(disclosures.generate(QueryDates.date("from", body.from()), QueryDates.date("to", body.to()), body.pageSize()));
        return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(created.id())).build()).entity(created).build();
    }

    @GET
    public List<ReportJson> list() {
        return disclosures.all().stream().map(ReportJson::of).toList();
    }

    @GET
    @Path("{id}")
    public ReportJson get(@PathParam("id") long id) {
        return ReportJson.of(disclosures.run(id));
    }

    @POST
    @Path("{id}/publish")
    public ReportJson publish(@PathParam("id") long id) {
        return ReportJson.of(disclosures.publish(id));
    }

    @GET
    @Path("{id}/pdf")
    @Produces("application/pdf")
    public Response pdf(@PathParam("id") long id) {
        ReportRun run = disclosures.run(id);
        return Response.ok(run.getPdf()).header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"ai-disclosure-" + run.getPeriodFrom() + "_"
                + run.getPeriodTo() + "-" + id + ".pdf\"").header("X-Content-SHA256", run.getPdfSha256()).build();
    }

    @GET
    @Path("{id}/lineage.csv")
    @Produces("text/csv")
    public Response lineage(@PathParam("id") long id) {
        ReportRun run = disclosures.run(id);
        return Response.ok(run.getLineageCsv()).header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"ai-disclosure-" + id
                + "-lineage.csv\"").header("X-Content-SHA256", run.getContentSha256()).build();
    }

    /** Body: the PDF file. Answers whether a report of this tenant has exactly that SHA-256. */
    @POST
    @Path("verify")
    @Consumes({"application/pdf", MediaType.APPLICATION_OCTET_STREAM})
    public VerificationJson verify(InputStream file) {
        String sha256;
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            try (InputStream in = new DigestInputStream(file, digest)) {
                in.transferTo(java.io.OutputStream.nullOutputStream());
            }
            sha256 = HexFormat.of().formatHex(digest.digest());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        List<ReportJson> matches = disclosures.verify(sha256).stream().map(ReportJson::of).toList();
        return new VerificationJson(sha256, !matches.isEmpty(), matches);
    }

}
