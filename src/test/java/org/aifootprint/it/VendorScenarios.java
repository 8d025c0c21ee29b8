package org.aifootprint.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Green procurement from outside: vendors and evidence by REST, a scorecard of three vendors, its PDF, refusals and roles. */
interface VendorScenarios extends ApiScenarios {

    private long vendor(Http buyer, String code, String name) {
        Http.Answer created = buyer.post("api/v1/vendors", "{\"code\":\"%s\",\"name\":\"%s\",\"kind\":\"CLOUD_PROVIDER\"}".formatted(code, name));
        assertEquals(201, created.status(), created.body());
        return created.json().getJsonNumber("id").longValue();
    }

    private void value(Http buyer, long vendor, String criterion, String value) {
        Http.Answer recorded = buyer.post("api/v1/vendors/" + vendor + "/criteria", """
                {"criterion":"%s","value":"%s","source":"Sustainability report 2024, p. 12, https://example.org/report.pdf","sourceDate":"2024-07-01"}"""
                .formatted(criterion, value));
        assertEquals(201, recorded.status(), recorded.body());
    }

    private static String field(Http.Answer refused) {
        assertEquals(400, refused.status(), refused.body());
        return refused.json().getJsonArray("details").getJsonObject(0).getString("field");
    }

    private byte[] download(String path, String email) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(base() + path)).header("Authorization",
                "Basic " + Base64.getEncoder().encodeToString((email + ":demo").getBytes(StandardCharsets.UTF_8))).build();
        HttpResponse<byte[]> response = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, response.statusCode(), path);
        return response.body();
    }

    private static String text(byte[] pdf) throws IOException {
        PdfReader reader = new PdfReader(pdf);
        PdfTextExtractor extractor = new PdfTextExtractor(reader);
        StringBuilder s = new StringBuilder();
        for (int page = 1; page <= reader.getNumberOfPages(); page++) {
            s.append(extractor.getTextFromPage(page)).append('\n');
        }
        return s.toString();
    }

    @Test
    default void aBuyerComparesThreeVendorsAndTheScorecardPdfCarriesTheRanking() throws Exception {
        String run = UUID.randomUUID().toString().substring(0, 6);
        Http buyer = Http.basic(base(), "buyer@demo.example");
        long efficient = vendor(buyer, "eff-" + run, "Efficient Cloud " + run);
        long clean = vendor(buyer, "cln-" + run, "Clean Cloud " + run);
        long silent = vendor(buyer, "sil-" + run, "Silent Cloud " + run);
        value(buyer, efficient, "pue", "1.10");
        value(buyer, clean, "pue", "1.20");
        value(buyer, silent, "pue", "1.40");
        value(buyer, efficient, "hourly_cfe_share_percent", "50");
        value(buyer, clean, "hourly_cfe_share_percent", "90");

        Http.Answer template = buyer.post("api/v1/scorecard-templates", """
                {"name":"IT %s","criteria":[{"criterion":"pue","weightPoints":60,"direction":"lower","normalisation":"min-max"},
                 {"criterion":"hourly_cfe_share_percent","weightPoints":40,"direction":"higher"}]}""".formatted(run));
        assertEquals(201, template.status(), template.body());
        long templateId = template.json().getJsonNumber("id").longValue();

        Http.Answer scored = buyer.post("api/v1/scorecards", "{\"template\":%d,\"vendors\":[%d,%d,%d]}".formatted(templateId, efficient, clean, silent));
        assertEquals(201, scored.status(), scored.body());
        JsonObject card = scored.json();
        JsonArray ranking = card.getJsonArray("ranking");
        // PUE min-max 1.10–1.40: 1, 0.667, 0 (× 60); CFE min-max 50–90: 0, 1 (× 40), unknown 0 → 60, 80, 40
        assertEquals(clean, ranking.getJsonObject(0).getJsonNumber("vendor").longValue());
        assertEquals(1, ranking.getJsonObject(0).getInt("rank"));
        assertEquals(80.0, ranking.getJsonObject(0).getJsonNumber("score").doubleValue(), 0.001);
        assertEquals(efficient, ranking.getJsonObject(1).getJsonNumber("vendor").longValue());
        assertEquals(60.0, ranking.getJsonObject(1).getJsonNumber("score").doubleValue(), 0.001);
        JsonObject last = ranking.getJsonObject(2);
        assertEquals(silent, last.getJsonNumber("vendor").longValue());
        assertEquals(3, last.getInt("rank"));
        JsonObject unknown = last.getJsonObject("criteria").getJsonObject("hourly_cfe_share_percent");
        assertTrue(unknown.getBoolean("missing"), "the unknown CFE share is flagged");
        assertEquals(0.0, unknown.getJsonNumber("points").doubleValue(), 0.0001);
        assertTrue(ranking.getJsonObject(0).getJsonObject("criteria").getJsonObject("pue").getString("source").contains("Sustainability report 2024"));
        assertFalse(card.getJsonArray("sensitivity").isEmpty());

        long id = card.getJsonNumber("id").longValue();
        assertEquals(card.getString("pdfSha256"), buyer.get("api/v1/scorecards/" + id).json().getString("pdfSha256"), "stored as answered");
        byte[] pdf = download("api/v1/scorecards/" + id + "/pdf", "auditor@demo.example");
        assertEquals(card.getString("pdfSha256"), HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(pdf)));
        String text = text(pdf);
        int first = text.indexOf("Clean Cloud " + run);
        int second = text.indexOf("Efficient Cloud " + run);
        int third = text.indexOf("Silent Cloud " + run);
        assertTrue(first >= 0 && first < second && second < third, "the PDF lists the ranking in order: " + text);
        assertTrue(text.contains("80.0") && text.contains("60.0"), "scores in the PDF");
        assertTrue(text.contains(card.getString("contentSha256").substring(0, 16)), "content fingerprint in the PDF");

        String csv = buyer.get("api/v1/vendors/criteria.csv").body();
        assertTrue(csv.startsWith("vendor_code,vendor_name,vendor_kind,criterion,value,unit,source,source_date"), csv);
        assertTrue(csv.contains("eff-" + run + ",Efficient Cloud " + run + ",cloud-provider,pue,1.1,ratio"), csv);

        assertEquals(404, Http.basic(base(), "admin@acme.example").get("api/v1/vendors/" + efficient).status(), "other tenants never see it");
        assertEquals(404, Http.basic(base(), "admin@acme.example").get("api/v1/scorecards/" + id).status());
    }

    @Test
    default void comparisonsAndTemplatesThatBreakTheRulesAreRefusedAtTheField() {
        String run = UUID.randomUUID().toString().substring(0, 6);
        Http buyer = Http.basic(base(), "buyer@demo.example");
        long a = vendor(buyer, "ra-" + run, "Refusal A " + run);
        long template = buyer.get("api/v1/scorecard-templates").jsonArray().getJsonObject(0).getJsonNumber("id").longValue();
        assertEquals("vendors", field(buyer.post("api/v1/scorecards", "{\"template\":%d,\"vendors\":[%d]}".formatted(template, a))));
        assertEquals("vendors", field(buyer.post("api/v1/scorecards", "{\"template\":%d,\"vendors\":[]}".formatted(template))));
        String nine = java.util.stream.LongStream.rangeClosed(1, 9).mapToObj(Long::toString).collect(Collectors.joining(","));
        assertEquals("vendors", field(buyer.post("api/v1/scorecards", "{\"template\":%d,\"vendors\":[%s]}".formatted(template, nine))));
        assertEquals("vendors", field(buyer.post("api/v1/scorecards", "{\"template\":%d,\"vendors\":[%d,%d]}".formatted(template, a, a))));
        assertEquals("template", field(buyer.post("api/v1/scorecards", "{\"template\":987654,\"vendors\":[%d,%d]}".formatted(a, a + 1))));
        assertEquals("weights", field(buyer.post("api/v1/scorecard-templates", """
                {"name":"Bad %s","criteria":[{"criterion":"pue","weightPoints":60},{"criterion":"wue_l_per_kwh","weightPoints":30}]}""".formatted(run))));
        assertEquals("value", field(buyer.post("api/v1/vendors/" + a + "/criteria", """
                {"criterion":"pue","value":"0.4","source":"x","sourceDate":"2024-01-01"}""")));
        assertEquals("value", field(buyer.post("api/v1/vendors/" + a + "/criteria", """
                {"criterion":"cndcp_member","value":"maybe","source":"x","sourceDate":"2024-01-01"}""")));
        assertEquals("source", field(buyer.post("api/v1/vendors/" + a + "/criteria", """
                {"criterion":"pue","value":"1.2","sourceDate":"2024-01-01"}""")));
        assertEquals("criterion", field(buyer.post("api/v1/vendors/" + a + "/criteria", """
                {"criterion":"grid_intensity_g_per_kwh","value":"300","source":"x","sourceDate":"2024-01-01"}""")));
        assertEquals("code", field(buyer.post("api/v1/vendors", "{\"code\":\"ra-%s\",\"name\":\"Again\",\"kind\":\"COLOCATION\"}".formatted(run))));
    }

    @Test
    default void onlyBuyersAndAdministratorsWriteAndEveryTenantRoleReads() {
        String run = UUID.randomUUID().toString().substring(0, 6);
        String body = "{\"code\":\"role-%s\",\"name\":\"Role test\",\"kind\":\"HARDWARE_OEM\"}";
        assertEquals(403, Http.basic(base(), "analyst@demo.example").post("api/v1/vendors", body.formatted("an" + run)).status());
        assertEquals(403, Http.basic(base(), "auditor@demo.example").post("api/v1/vendors", body.formatted("au" + run)).status());
        assertEquals(201, Http.basic(base(), "admin@demo.example").post("api/v1/vendors", body.formatted("ad" + run)).status());
        for (String reader : List.of("analyst@demo.example", "auditor@demo.example", "buyer@demo.example")) {
            assertEquals(200, Http.basic(base(), reader).get("api/v1/vendors").status(), reader);
            assertEquals(200, Http.basic(base(), reader).get("api/v1/scorecard-templates").status(), reader);
        }
        long template = Http.basic(base(), "buyer@demo.example").get("api/v1/scorecard-templates").jsonArray().getJsonObject(0).getJsonNumber("id").longValue();
        JsonArray vendors = Http.basic(base(), "analyst@demo.example").get("api/v1/vendors?kind=CLOUD_PROVIDER").jsonArray();
        assertEquals(403, Http.basic(base(), "analyst@demo.example").post("api/v1/scorecards", "{\"template\":%d,\"vendors\":[%d,%d]}"
                .formatted(template, vendors.getJsonObject(0).getJsonNumber("id").longValue(), vendors.getJsonObject(1).getJsonNumber("id").longValue())).status());
        assertEquals(403, Http.basic(base(), "operator@platform.example").get("api/v1/vendors").status());
    }

    @Test
    default void theDemoBuyerComparesTheSeededCloudProvidersWithEvidenceAndGridIntensityFromReferenceData() {
        Http buyer = Http.basic(base(), "buyer@demo.example");
        JsonObject template = buyer.get("api/v1/scorecard-templates").jsonArray().stream().map(v -> v.asJsonObject())
                .filter(t -> t.getString("name").equals("Cloud providers (default)")).findFirst().orElseThrow();
        assertEquals(100.0, template.getJsonNumber("totalWeightPoints").doubleValue(), 1e-9);
        List<Long> clouds = buyer.get("api/v1/vendors?kind=CLOUD_PROVIDER&sort=code").jsonArray().stream().map(v -> v.asJsonObject())
                .filter(v -> List.of("aws", "gcp", "azure").contains(v.getString("code"))).map(v -> v.getJsonNumber("id").longValue()).toList();
        assertEquals(3, clouds.size());
        JsonObject aws = buyer.get("api/v1/vendors?code=aws").jsonArray().getJsonObject(0);
        assertTrue(aws.getJsonArray("criteria").stream().map(v -> v.asJsonObject())
                .anyMatch(c -> c.getString("criterion").equals("pue") && c.getString("source").contains("aws.amazon.com")), "evidence with its source");
        Http.Answer scored = buyer.post("api/v1/scorecards", "{\"template\":%d,\"vendors\":%s}".formatted(template.getJsonNumber("id").longValue(), clouds));
        assertEquals(201, scored.status(), scored.body());
        JsonArray ranking = scored.json().getJsonArray("ranking");
        assertEquals(3, ranking.size());
        for (int i = 0; i < 3; i++) {
            JsonObject grid = ranking.getJsonObject(i).getJsonObject("criteria").getJsonObject("grid_intensity_g_per_kwh");
            assertFalse(grid.getBoolean("missing"), "grid intensity derived from the offered regions");
            assertTrue(grid.getBoolean("derived"));
            assertTrue(grid.getString("source").contains("factor set"), grid.toString());
        }
    }

    @Test
    default void aValueNamingItsVendorByCodeCreatesTheVendorOnFirstUseAsTheImportWill() {
        String run = UUID.randomUUID().toString().substring(0, 6);
        Http buyer = Http.basic(base(), "buyer@demo.example");
        String row = """
                {"vendorCode":"colo-%s","vendorName":"Paris Colocation %s","vendorKind":"%s","criterion":"iso_50001","value":"yes",
                 "source":"ISO 50001 certificate 123-456","sourceDate":"2025-03-14"}""";
        Http.Answer first = buyer.post("api/v1/vendors/criteria", row.formatted(run, run, "COLOCATION"));
        assertEquals(201, first.status(), first.body());
        assertEquals("yes", first.json().getString("value"));
        JsonObject created = buyer.get("api/v1/vendors?code=colo-" + run).jsonArray().getJsonObject(0);
        assertEquals("COLOCATION", created.getString("kind"));
        assertEquals("buyer@demo.example", created.getJsonArray("criteria").getJsonObject(0).getString("enteredBy"));
        assertEquals("vendorKind", field(buyer.post("api/v1/vendors/criteria", row.formatted(run, run, "HARDWARE_OEM"))));
        assertEquals(403, Http.basic(base(), "analyst@demo.example").post("api/v1/vendors/criteria", row.formatted(run + "x", run, "COLOCATION")).status());
    }

    @ParameterizedTest(name = "{0} gets {2} from {1}")
    @CsvSource(textBlock = """
            buyer@demo.example,        vendors/compare.xhtml,   200
            buyer@demo.example,        vendors/list.xhtml,      200
            buyer@demo.example,        vendors/templates.xhtml, 200
            analyst@demo.example,      vendors/list.xhtml,      200
            auditor@demo.example,      vendors/compare.xhtml,   200
            operator@platform.example, vendors/list.xhtml,      403
            """)
    default void vendorPagesAnswerEachRole(String email, String page, int status) {
        Http.Answer answer = Http.signedIn(base(), email).get(page);
        assertEquals(status, answer.status(), answer.body());
        if (status == 200) {
            assertFalse(answer.body().contains("at org.") || answer.body().contains("Caused by"), "no stack trace");
        }
    }

    @Test
    default void theComparePageOpensWithTheDefaultTemplateRankingTheCloudProviders() {
        String page = Http.signedIn(base(), "buyer@demo.example").get("vendors/compare.xhtml").body();
        assertTrue(page.contains("Ranking") && page.contains("Cloud providers (default)"), page);
        assertTrue(page.contains("Google Cloud") && page.contains("Amazon Web Services") && page.contains("Microsoft Azure"));
        assertTrue(page.contains("missing"), "missing data flagged");
        assertTrue(page.contains("data:image/png;base64,"), "chart");
        assertTrue(page.contains("menu-vendors"), "menu entry");
        String vendorPage = Http.signedIn(base(), "buyer@demo.example").get("vendors/list.xhtml").body();
        assertTrue(vendorPage.contains("aws"));
    }
}
