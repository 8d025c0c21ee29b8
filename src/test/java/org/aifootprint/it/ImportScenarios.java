package org.aifootprint.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
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

    /** The FOCUS fixture with a model name of its own and its dates moved to March 2021 (an open period). */
    private static byte[] focusFixture(String model) throws java.io.IOException {
        try (java.io.InputStream in = ImportScenarios.class.getResourceAsStream("/billing/focus-1.0.csv")) {
            String csv = new String(in.readAllBytes(), StandardCharsets.UTF_8).replace("support-assistant", model).replace("2025-0", "2021-0");
            return csv.getBytes(StandardCharsets.UTF_8);
        }
    }

    @Test
    default void aFocusExportBecomesEstimatedUsageTraceableToEachLine() throws Exception {
        String model = "billed-" + UUID.randomUUID().toString().substring(0, 8);
        JsonObject done = finished(upload("analyst@demo.example", "?fileName=focus-march.csv", focusFixture(model), "text/csv")
                .getJsonNumber("id").longValue());
        long id = done.getJsonNumber("id").longValue();
        assertEquals("succeeded", done.getString("status"), done.toString());
        assertEquals("FinOps FOCUS 1.x", done.getString("detectedFormat"), "detected from the header");
        assertEquals(8, done.getInt("rowsRead"));
        assertTrue(done.getString("message").contains("4 usage records"), done.getString("message"));
        Http analyst = Http.basic(base(), "analyst@demo.example");
        // A100 fine-tuning, A10G inference, S3 training storage (eu-west-1), data transfer: four records; Lambda is unmapped
        assertEquals("4", analyst.get("api/v1/usage?model.name=" + model + "&limit=1").header("X-Total-Count"));

        JsonObject summary = analyst.get("api/v1/imports/" + id + "/billing-summary").json();
        assertTrue(summary.getJsonArray("unmapped").stream().map(v -> v.asJsonObject().getString("service")).anyMatch("AWS Lambda"::equals),
                summary.toString());
        String lines = analyst.get("api/v1/imports/" + id + "/billing-lines.csv").body();
        String[] rows = lines.split("\r?\n");
        assertEquals(9, rows.length, lines);
        assertTrue(rows[1].startsWith("2,aws,Amazon Elastic Compute Cloud,us-east-1,"), rows[1]);
        assertTrue(rows[1].contains("i-0a1b2c3d4e5f60001") && rows[1].contains("p4d.24xlarge") && rows[1].contains(",compute,"), rows[1]);
        assertTrue(rows[6].contains(",unmapped,"), rows[6]);
        assertTrue(rows[7].contains(",compute,true,") && rows[7].contains(",nvidia-a10g,"), "an untagged GPU line is estimated, AI-relevant, unattributed: " + rows[7]);
        assertTrue(rows[8].contains(",not_usage,"), rows[8]);

        JsonObject f = Http.basic(base(), "auditor@demo.example").get("api/v1/footprint?from=2021-03-01&to=2021-03-31&lineItems=true").json();
        double billed = f.getJsonArray("lineItems").stream().map(jakarta.json.JsonValue::asJsonObject)
                .filter(i -> model.equals(i.getString("model", null)) && i.getString("formula").equals("IT_ENERGY_CLOUD_BILLING"))
                .mapToDouble(i -> i.getJsonNumber("value").doubleValue()).sum();
        // p4d.24xlarge, one hour, CCF: 96 vCPU-h x (0.64 + 0.5 x 3.33) W + 1,152 GB-h x 0.000392 kWh + 8 x (46 + 0.5 x 354) W
        assertTrue(billed > 2.456, "the footprint uses the billing estimates: " + billed);
        assertTrue(f.getJsonArray("factors").stream().map(jakarta.json.JsonValue::asJsonObject)
                .anyMatch(x -> x.getString("id").equals("cloud-power-min:aws:memory")), "the CCF coefficients are in the factor appendix");

        assertEquals("rolled-back", Http.basic(base(), "admin@demo.example").post("api/v1/imports/" + id + "/rollback", "").json().getString("status"));
        assertEquals("0", analyst.get("api/v1/usage?model.name=" + model + "&limit=1").header("X-Total-Count"));
        assertEquals(1, analyst.get("api/v1/imports/" + id + "/billing-lines.csv").body().split("\r?\n").length, "the lines went with it");
    }

    @Test
    default void aBillingExportMissingColumnsSaysWhich() throws Exception {
        String csv = "BilledCost,ProviderName,ServiceName,ConsumedQuantity\n1,AWS,EC2,1\n";
        JsonObject job = finished(upload("analyst@demo.example", "?format=focus", csv.getBytes(StandardCharsets.UTF_8), "text/csv")
                .getJsonNumber("id").longValue());
        assertEquals("failed", job.getString("status"));
        assertTrue(job.getString("message").contains("chargecategory") && job.getString("message").contains("chargeperiodstart"),
                job.getString("message"));
        HttpResponse<String> badTag = send("analyst@demo.example", "?format=focus&modelTag=a%20b", csv.getBytes(StandardCharsets.UTF_8), "text/csv");
        assertEquals(400, badTag.statusCode(), badTag.body());
    }

    @Test
    default void codeCarbonRunsBecomeMeteredUsageOfTheirProject() throws Exception {
        String model = "cc-" + UUID.randomUUID().toString().substring(0, 8);
        String header = "timestamp,project_name,run_id,duration,emissions,emissions_rate,cpu_power,gpu_power,ram_power,cpu_energy,gpu_energy,"
                + "ram_energy,energy_consumed,country_name,country_iso_code,region,on_cloud,cloud_provider,cloud_region,os,python_version,"
                + "codecarbon_version,cpu_count,cpu_model,gpu_count,gpu_model,longitude,latitude,ram_total_size,tracking_mode,facility\n";
        String csv = header
                + "2021-04-02T09:12:44," + model + ",r1,7380.2,0.14,0.00002,42.5,1180.3,11.7,0.0871,2.4197,0.024,2.5308,France,FRA,,N,,,"
                + "Linux,3.11.7,2.8.3,32,AMD EPYC 7R13,4,4 x NVIDIA A100-SXM4-80GB,2.35,48.86,251.5,machine,PAR-DC1\n"
                + "2021-04-03T00:30:00," + model + ",r2,3600,0.05,0.00001,20,70,5,0.02,0.07,0.005,0.095,United States,USA,iowa,Y,gcp,us-central1,"
                + "Linux,3.11.7,2.8.3,8,Intel Xeon,1,Tesla T4,,,32,machine,\n";
        JsonObject done = finished(upload("analyst@demo.example", "", csv.getBytes(StandardCharsets.UTF_8), "text/csv").getJsonNumber("id").longValue());
        assertEquals("succeeded", done.getString("status"), done.toString());
        assertEquals("codecarbon", done.getString("detectedFormat"));
        Http.Answer answer = Http.basic(base(), "analyst@demo.example").get("api/v1/usage?model.name=" + model);
        assertEquals(200, answer.status(), answer.body());
        java.util.List<JsonObject> usage = answer.jsonArray().stream().map(jakarta.json.JsonValue::asJsonObject)
                .sorted(java.util.Comparator.comparing(u -> u.getJsonNumber("id").longValue())).toList();
        assertEquals(2, usage.size());
        JsonObject a100 = usage.get(0);
        assertEquals("nvidia-a100-sxm4-80gb", a100.getString("hardware"), a100.toString());
        assertEquals(4, a100.getInt("deviceCount"));
        assertEquals(2.5308, a100.getJsonNumber("energyKwh").doubleValue(), 1e-9);
        assertEquals("metered", a100.getString("qualityTier").toLowerCase(java.util.Locale.ROOT));
        assertEquals("2021-04-02", a100.getString("periodStart"));
        JsonObject t4 = usage.get(1);
        assertEquals("gcp:us-central1", t4.getString("facility"), "the cloud region became a facility");
        assertEquals("2021-04-02", t4.getString("periodStart"), "a run ending at 00:30 after an hour started the day before");
    }

    @Test
    default void providerCarbonFiguresStandBesideOursAndAreNeverAddedToThem() throws Exception {
        String model = "recon-" + UUID.randomUUID().toString().substring(0, 8);
        byte[] billing = new String(focusFixture(model), StandardCharsets.UTF_8).replace("2021-03", "2021-05").replace("2021-04", "2021-06")
                .getBytes(StandardCharsets.UTF_8);
        assertEquals("succeeded", finished(upload("analyst@demo.example", "", billing, "text/csv").getJsonNumber("id").longValue()).getString("status"));
        Http auditor = Http.basic(base(), "auditor@demo.example");
        double before = auditor.get("api/v1/footprint?from=2021-05-01&to=2021-05-31").json().getJsonNumber("scope3Kg").doubleValue();

        String carbon;
        try (java.io.InputStream in = ImportScenarios.class.getResourceAsStream("/billing/aws-carbon.csv")) {
            carbon = new String(in.readAllBytes(), StandardCharsets.UTF_8).replace("2025-03", "2021-05").replace("2025-04", "2021-06")
                    .replace("111122223333,2021", model.hashCode() + ",2021");
        }
        JsonObject job = finished(upload("analyst@demo.example", "", carbon.getBytes(StandardCharsets.UTF_8), "text/csv").getJsonNumber("id").longValue());
        assertEquals("succeeded", job.getString("status"), job.toString());
        assertEquals("AWS Customer Carbon Footprint Tool export", job.getString("detectedFormat"));
        assertEquals(before, auditor.get("api/v1/footprint?from=2021-05-01&to=2021-05-31").json().getJsonNumber("scope3Kg").doubleValue(), 1e-9,
                "provider figures are never added to the footprint");

        JsonObject recon = auditor.get("api/v1/reconciliation?from=2021-05-01&to=2021-05-31").json();
        JsonObject aws = recon.getJsonArray("rows").stream().map(jakarta.json.JsonValue::asJsonObject)
                .filter(r -> r.getString("provider").equals("aws") && r.getString("month").equals("2021-05")).findFirst().orElseThrow();
        assertEquals(12.6, aws.getJsonNumber("reportedLocationBasedKg").doubleValue(), 1e-9, "12.4 + 0.2 kg reported by AWS");
        assertEquals(0.9, aws.getJsonNumber("reportedMarketBasedKg").doubleValue(), 1e-9);
        assertTrue(aws.getJsonNumber("oursBillingOperationalKg").doubleValue() > aws.getJsonNumber("oursAiOperationalKg").doubleValue(),
                "the whole bill is more than its AI part: " + aws);
        assertFalse(aws.isNull("differencePercent"));
        String why = aws.getJsonArray("explanations").toString();
        assertTrue(why.contains("market-based") && why.contains("Boundary") && why.contains("v2.0.0"), why);
        assertEquals(403, Http.basic(base(), "buyer@demo.example").get("api/v1/reconciliation?from=2021-05-01&to=2021-05-31").status());
        assertEquals(400, auditor.get("api/v1/reconciliation?from=2021-05-31&to=2021-05-01").status());
    }

    @Test
    default void buyersImportVendorCriteriaThroughThePipelineAndAdministratorsRollThemBack() throws Exception {
        String vendor = "colo-" + UUID.randomUUID().toString().substring(0, 8);
        String csv = "vendor_code,vendor_name,vendor_kind,criterion,value,unit,source,source_date\n"
                + vendor + ",Test Colocation,colocation,pue,1.31,ratio,Annual report 2025 p. 12,2025-04-30\n"
                + vendor + ",Test Colocation,colocation,iso_50001,yes,,ISO 50001 certificate no. 42,2025-03-14\n";
        assertEquals(400, send("analyst@demo.example", "?format=vendors", csv.getBytes(StandardCharsets.UTF_8), "text/csv").statusCode(),
                "vendor criteria are the buyers' to import");
        assertEquals(400, send("buyer@demo.example", "?format=usage", csv.getBytes(StandardCharsets.UTF_8), "text/csv").statusCode(),
                "buyers import vendor criteria only");
        JsonObject job = finished(upload("buyer@demo.example", "?format=vendors", csv.getBytes(StandardCharsets.UTF_8), "text/csv")
                .getJsonNumber("id").longValue());
        assertEquals("succeeded", job.getString("status"), job.toString());
        assertEquals(2, job.getInt("rowsImported"));
        String export = Http.basic(base(), "buyer@demo.example").get("api/v1/vendors/criteria.csv").body();
        assertTrue(export.contains(vendor + ",") && export.contains("ISO 50001 certificate no. 42"), export);

        String bad = "vendor_code,vendor_name,vendor_kind,criterion,value,unit,source,source_date\n"
                + vendor + "-2,Other,colocation,pue,0.4,ratio,x,2025-04-30\n" + vendor + "-2,Other,spaceship,pue,1.2,ratio,x,2025-04-30\n";
        JsonObject failed = finished(upload("buyer@demo.example", "?format=vendors", bad.getBytes(StandardCharsets.UTF_8), "text/csv")
                .getJsonNumber("id").longValue());
        assertEquals("failed", failed.getString("status"));
        assertEquals(2, failed.getInt("rowsRejected"), failed.toString());

        Http.basic(base(), "admin@demo.example").post("api/v1/imports/" + job.getJsonNumber("id") + "/rollback", "");
        assertFalse(Http.basic(base(), "buyer@demo.example").get("api/v1/vendors/criteria.csv").body().contains("ISO 50001 certificate no. 42"),
                "the imported values went with the rollback");
    }

    @Test
    default void twoConcurrentUploadsOfTheSameFileImportOnce() throws Exception {
        String model = "twin-" + UUID.randomUUID().toString().substring(0, 8);
        byte[] csv = (HEADER + model + ",training,2023-07-01,2023-07-31,PAR-DC1,nvidia-a100-sxm4-40gb,8,100,,0.5,,\n").getBytes(StandardCharsets.UTF_8);
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(2);
        try {
            java.util.concurrent.Callable<JsonObject> post = () -> upload("analyst@demo.example", "?format=usage", csv, "text/csv");
            List<java.util.concurrent.Future<JsonObject>> both = pool.invokeAll(List.of(post, post));
            List<String> statuses = new java.util.ArrayList<>();
            for (java.util.concurrent.Future<JsonObject> f : both) {
                JsonObject job = f.get();
                statuses.add(job.getString("status").equals("duplicate") ? "duplicate" : finished(job.getJsonNumber("id").longValue()).getString("status"));
            }
            java.util.Collections.sort(statuses);
            assertEquals(List.of("duplicate", "succeeded"), statuses);
            assertEquals("1", Http.basic(base(), "analyst@demo.example").get("api/v1/usage?model.name=" + model + "&limit=1").header("X-Total-Count"));
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    default void aTruncatedGzipFailsWithAClearMessageAndImportsNothing() throws Exception {
        String model = "cut-" + UUID.randomUUID().toString().substring(0, 8);
        StringBuilder csv = new StringBuilder(HEADER);
        for (int i = 0; i < 3000; i++) {
            csv.append(model).append(",inference,2023-08-01,2023-08-31,PAR-DC1,nvidia-l4,2,").append(1 + i % 700).append(",,,,\n");
        }
        ByteArrayOutputStream gz = new ByteArrayOutputStream();
        try (GZIPOutputStream out = new GZIPOutputStream(gz)) {
            out.write(csv.toString().getBytes(StandardCharsets.UTF_8));
        }
        byte[] half = java.util.Arrays.copyOf(gz.toByteArray(), gz.size() / 2);
        JsonObject job = finished(upload("analyst@demo.example", "?format=usage", half, "application/gzip").getJsonNumber("id").longValue());
        assertEquals("failed", job.getString("status"));
        assertTrue(job.getString("message").contains("cannot be read") && job.getString("message").contains("Nothing was imported"),
                job.getString("message"));
        assertEquals("0", Http.basic(base(), "analyst@demo.example").get("api/v1/usage?model.name=" + model + "&limit=1").header("X-Total-Count"));
    }
}
