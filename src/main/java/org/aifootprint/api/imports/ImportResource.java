package org.aifootprint.api.imports;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityPart;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import jakarta.ws.rs.core.UriInfo;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.aifootprint.application.imports.BillingLineCsv;
import org.aifootprint.application.imports.Imports;
import org.aifootprint.domain.imports.BillingLines;
import org.aifootprint.domain.imports.ImportError;
import org.aifootprint.domain.imports.ImportJob;
import org.aifootprint.domain.shared.InvalidInput;
import org.aifootprint.imports.CsvExport;
import org.aifootprint.imports.ImportFormat;

/**
 * {@code /api/v1/imports}: upload a CSV file (raw {@code text/csv}, gzip, or multipart field {@code file}) and
 * follow its import. {@code POST} answers 202 with {@code {"id", "status"}}; the import runs in the background.
 */
@Path("imports")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class ImportResource {

    public record ErrorJson(long line, String column, String value, String reason) {
        static ErrorJson of(ImportError e) {
            return new ErrorJson(e.getLineNumber(), e.getColumnName(), e.getCellValue(), e.getReason());
        }
    }

    public record ImportJson(long id, String status, String format, String detectedFormat, String fileName, String sha256, long sizeBytes,
            long rowsRead, long rowsImported, long rowsRejected, double rowsPerSecond, String message, Long duplicateOf, String createdBy,
            Instant createdAt, Instant startedAt, Instant finishedAt, List<ErrorJson> errors, long bytesRead, double percentRead,
            Long secondsLeft) {
        static ImportJson of(ImportJob j, Instant now, List<ErrorJson> errors) {
            return new ImportJson(j.getId(), j.getStatus().name().toLowerCase(Locale.ROOT).replace('_', '-'), j.getFormat(), j.getDetectedFormat(),
                    j.getFileName(), j.getSha256(), j.getSizeBytes(), j.getRowsRead(), j.getRowsImported(), j.getRowsRejected(),
                    Math.round(j.rowsPerSecond(now) * 10) / 10.0, j.getMessage(), j.getDuplicateOf(), j.getCreatedBy(), j.getCreatedAt(),
                    j.getStartedAt(), j.getFinishedAt(), errors, j.getBytesRead(), Math.round(j.fractionRead() * 1000) / 10.0, j.secondsLeft(now));
        }
    }

    /** How many rejected rows the job's JSON lists; all of them are in {@code /errors.csv}. */
    static final int ERRORS_IN_JSON = 100;

    @Inject
    private Imports imports;
    @Inject
    private Clock clock;

    @POST
    @Consumes({"text/csv", "text/plain", "application/gzip", "application/x-gzip", MediaType.APPLICATION_OCTET_STREAM})
    public Response upload(@QueryParam("format") String format, @QueryParam("fileName") String fileName, @QueryParam("modelTag") String modelTag,
            InputStream body, @Context UriInfo uri) {
        return accepted(imports.submit(format, fileName, body, modelTag), uri);
    }

    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    public Response uploadForm(@QueryParam("format") String format, @QueryParam("modelTag") String modelTag, List<EntityPart> parts,
            @Context UriInfo uri) throws java.io.IOException {
        EntityPart file = parts.stream().filter(p -> p.getName().equals("file")).findFirst()
                .orElseThrow(() -> InvalidInput.of("file", "send the CSV file in a multipart field named 'file'"));
        String fmt = format;
        for (EntityPart part : parts) {
            if (part.getName().equals("format") && (fmt == null || fmt.isBlank())) {
                fmt = new String(part.getContent().readAllBytes(), StandardCharsets.UTF_8).trim();
            }
        }
        return accepted(imports.submit(fmt, file.getFileName().orElse("upload.csv"), file.getContent(), modelTag), uri);
    }

    private Response accepted(ImportJob job, UriInfo uri) {
        ImportJson json = ImportJson.of(job, clock.instant(), List.of());
        return Response.accepted(json).location(uri.getBaseUriBuilder().path("imports").path(String.valueOf(job.getId())).build()).build();
    }

    @GET
    public List<ImportJson> list() {
        Instant now = clock.instant();
        return imports.all().stream().map(j -> ImportJson.of(j, now, List.of())).toList();
    }

    @GET
    @Path("{id}")
    public ImportJson get(@PathParam("id") long id) {
        ImportJob job = imports.job(id);
        List<ErrorJson> errors = imports.errors(id).stream().limit(ERRORS_IN_JSON).map(ErrorJson::of).toList();
        return ImportJson.of(job, clock.instant(), errors);
    }

    /** Every rejected row as CSV ({@code line,column,value,reason}); cells that a spreadsheet would run as formulas are neutralised. */
    @GET
    @Path("{id}/errors.csv")
    @Produces("text/csv")
    public Response errorsCsv(@PathParam("id") long id) {
        List<List<String>> rows = imports.errors(id).stream()
                .map(e -> List.of(String.valueOf(e.getLineNumber()), nullToEmpty(e.getColumnName()), nullToEmpty(e.getCellValue()), e.getReason()))
                .toList();
        return Response.ok(CsvExport.write(List.of("line", "column", "value", "reason"), rows))
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"import-" + id + "-errors.csv\"").build();
    }

    public record BillingSummaryJson(List<BillingLines.Totals> totals, List<BillingLines.SpendGroup> unmapped) {
    }

    /** A billing import's lines, spend and estimated energy by category and attribution, and its unmapped SKUs by spend. */
    @GET
    @Path("{id}/billing-summary")
    public BillingSummaryJson billingSummary(@PathParam("id") long id) {
        Imports.BillingSummary s = imports.billingSummary(id);
        return new BillingSummaryJson(s.totals(), s.unmapped());
    }

    /** Every line of a billing import with what it was read as and the energy estimated for it: the per-line lineage. */
    @GET
    @Path("{id}/billing-lines.csv")
    @Produces("text/csv")
    public Response billingLinesCsv(@PathParam("id") long id) {
        imports.job(id);
        StreamingOutput body = out -> {
            java.io.Writer w = new java.io.BufferedWriter(new java.io.OutputStreamWriter(out, StandardCharsets.UTF_8));
            try (CsvExport.Printer printer = new CsvExport.Printer(w, BillingLineCsv.COLUMNS)) {
                imports.billingLines(id, l -> BillingLineCsv.print(printer, l));
            }
        };
        return Response.ok(body).header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"import-" + id + "-billing-lines.csv\"").build();
    }

    @POST
    @Path("{id}/rollback")
    public ImportJson rollBack(@PathParam("id") long id) {
        return ImportJson.of(imports.rollBack(id), clock.instant(), List.of());
    }

    /** The template of a format: its header and an example row. */
    @GET
    @Path("templates/{format}.csv")
    @Produces("text/csv")
    public Response template(@PathParam("format") String code) {
        ImportFormat format = ImportFormat.fromCode(code).orElseThrow(jakarta.ws.rs.NotFoundException::new);
        return Response.ok(CsvExport.write(format.columns(), List.of(format.example())))
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + format.code() + "-template.csv\"").build();
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }
}
