package org.aifootprint.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.UUID;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;

/** CSV imports: all or nothing, every refusal listed, the same file counted once, rollback by an administrator. */
interface ImportScenarios extends ApiScenarios {

    String HEADER = "model,phase,period_start,period_end,facility,hardware,device_count,hours,avg_power_w,utilization,energy_kwh,requests\n";



    private HttpResponse<String> send(String email, String query, byte[] body, String contentType) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(base() + "api/v1/imports" + query)).header("Content-Type", contentType)
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString((email + ":demo").getBytes(StandardCharsets.UTF_8)))
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build();
        return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
    }

    private JsonObject upload(String email, String query, byte[] body, String contentType) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(base() + "api/v1/imports" + query)).header("Content-Type", contentType)
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString((email + ":demo").getBytes(StandardCharsets.UTF_8)))
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build();
        HttpResponse<String> response = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
        assertEquals(202, response.statusCode(), response.body());
        return jakarta.json.Json.createReader(new java.io.StringReader(response.body())).readObject();
    }

    private JsonObject finished(long id) throws InterruptedException {
        Http analyst = Http.basic(base(), "analyst@demo.example");
        for (int i = 0; i < 100; i++) {
            JsonObject job = analyst.get("api/v1/imports/" + id).json();
            String status = job.getString("status");
            if (!status.equals("queued") && !status.equals("running")) {
                return job;
            }
            Thread.sleep(200);
        }
        throw new AssertionError("import " + id + " did not finish");
    }

    @Test
    default void aGoodFileImportsOnceAndCanBeRolledBack() throws Exception {
        String model = "imported-" + UUID.randomUUID().toString().substring(0, 8);
        String csv = HEADER + model + ",training,2023-05-01,2023-05-31,PAR-DC1,nvidia-a100-sxm4-40gb,8,100,,0.5,,\n"
                + model + ",inference,2023-05-01,2023-05-31,PAR-DC1,nvidia-l4,2,700,,,,150000\n";
        ByteArrayOutputStream gz = new ByteArrayOutputStream();
        try (GZIPOutputStream out = new GZIPOutputStream(gz)) {
            out.write(("\uFEFF" + csv.replace(',', ';')).getBytes(StandardCharsets.UTF_8));
        }
        JsonObject queued = upload("analyst@demo.example", "?format=usage&fileName=may.csv.gz", gz.toByteArray(), "application/gzip");
        JsonObject done = finished(queued.getJsonNumber("id").longValue());
        assertEquals("succeeded", done.getString("status"), done.toString());
        assertEquals(2, done.getInt("rowsImported"), "gzip, BOM and semicolons are understood");
        Http analyst = Http.basic(base(), "analyst@demo.example");
        assertEquals("2", analyst.get("api/v1/usage?model.name=" + model + "&limit=1").header("X-Total-Count"));
        assertEquals("Unassigned (created by import)", analyst.get("api/v1/models?name=" + model).jsonArray().getJsonObject(0).getString("ownerTeam"));

        JsonObject again = upload("analyst@demo.example", "?format=usage", gz.toByteArray(), "application/gzip");
        assertEquals("duplicate", again.getString("status"));
        assertEquals(queued.getJsonNumber("id").longValue(), again.getJsonNumber("duplicateOf").longValue());
        assertEquals("2", analyst.get("api/v1/usage?model.name=" + model + "&limit=1").header("X-Total-Count"), "not counted twice");

        assertEquals(403, analyst.post("api/v1/imports/" + queued.getJsonNumber("id") + "/rollback", "").status(), "administrators roll back");
        JsonObject rolledBack = Http.basic(base(), "admin@demo.example").post("api/v1/imports/" + queued.getJsonNumber("id") + "/rollback", "").json();
        assertEquals("rolled-back", rolledBack.getString("status"));
        assertEquals("0", analyst.get("api/v1/usage?model.name=" + model + "&limit=1").header("X-Total-Count"));
        assertEquals(0, analyst.get("api/v1/models?name=" + model).jsonArray().size(), "the model it created is gone too");
    }

    @Test
    default void aFileWithBadRowsImportsNothingAndListsEveryRefusal() throws Exception {
        String model = "broken-" + UUID.randomUUID().toString().substring(0, 8);
        String csv = HEADER + model + ",training,2023-06-01,2023-06-30,PAR-DC1,nvidia-a100-sxm4-40gb,8,100,,0.5,,\n"
                + model + ",training,2023-06-01,2023-06-30,PAR-DC1,nvidia-a100-sxm4-40gb,8,-3,,0.5,,\n"
                + model + ",training,2023-06-01,2023-06-30,PAR-DC1,nvidia-a100-sxm4-40gb,many,10,,0.5,,=HYPERLINK(\"http://x\")\n"
                + model + ",inference,2023-06-01,2023-06-30,NOWHERE,nvidia-l4,1,10\n";
        JsonObject job = finished(upload("analyst@demo.example", "", csv.getBytes(StandardCharsets.UTF_8), "text/csv").getJsonNumber("id").longValue());
        assertEquals("failed", job.getString("status"));
        assertEquals("usage", job.getString("detectedFormat"));
        assertEquals(3, job.getInt("rowsRejected"));
        assertEquals(0, job.getInt("rowsImported"));
        Http analyst = Http.basic(base(), "analyst@demo.example");
        assertEquals("0", analyst.get("api/v1/usage?model.name=" + model + "&limit=1").header("X-Total-Count"), "not even the good row");
        String errors = analyst.get("api/v1/imports/" + job.getJsonNumber("id") + "/errors.csv").body();
        assertTrue(errors.startsWith("line,column,value,reason"));
        assertTrue(errors.contains("3,hours,-3,"), errors);
        assertTrue(errors.contains("4,device_count,many,"), errors);
        assertTrue(errors.contains("'=HYPERLINK"), "formula cells are neutralised in the export: " + errors);
        assertTrue(errors.contains("5,,,"), "a short row is refused as a whole");
    }

    @Test
    default void anUnknownFormatOrMissingColumnsAreExplained() throws Exception {
        JsonObject job = finished(upload("analyst@demo.example", "?format=usage", "a,b\n1,2\n".getBytes(StandardCharsets.UTF_8), "text/csv")
                .getJsonNumber("id").longValue());
        assertEquals("failed", job.getString("status"));
        assertTrue(job.getString("message").contains("required columns"), job.getString("message"));
        HttpResponse<String> unknown = send("analyst@demo.example", "?format=nonsense", "x\n1\n".getBytes(StandardCharsets.UTF_8), "text/csv");
        assertEquals(400, unknown.statusCode());
        assertTrue(unknown.body().contains("unknown format"), unknown.body());
        assertEquals(403, send("auditor@demo.example", "", "x\n1\n".getBytes(StandardCharsets.UTF_8), "text/csv").statusCode(), "auditors do not import");
        assertFalse(Http.basic(base(), "admin@acme.example").get("api/v1/imports").body().contains("\"usage\""), "another tenant sees none of it");
    }
}
