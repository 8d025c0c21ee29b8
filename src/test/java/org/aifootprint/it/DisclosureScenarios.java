package org.aifootprint.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.LocalDate;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** A disclosure from generation to publication: the PDF carries the API's figures, the hash verifies, the period locks. */
interface DisclosureScenarios extends ApiScenarios {



    private byte[] download(String path, String email) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(base() + path)).header("Authorization",
                "Basic " + Base64.getEncoder().encodeToString((email + ":demo").getBytes(StandardCharsets.UTF_8))).build();
        HttpResponse<byte[]> response = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, response.statusCode(), path);
        return response.body();
    }

    private int verify(byte[] file, String email, boolean[] genuine) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(base() + "api/v1/reports/verify")).header("Content-Type", "application/pdf")
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString((email + ":demo").getBytes(StandardCharsets.UTF_8)))
                .POST(HttpRequest.BodyPublishers.ofByteArray(file)).build();
        HttpResponse<String> response = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
        genuine[0] = response.body().contains("\"genuine\":true");
        return response.statusCode();
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

    private static String tonnes(double kg) {
        return String.format(Locale.ENGLISH, "%,." + (Math.abs(kg) < 1000 ? 3 : 1) + "f", kg / 1000);
    }

    @Test
    default void anAnalystGeneratesAndPublishesAndAnAuditorDownloadsAndVerifies() throws Exception {
        int year = LocalDate.now().getYear() - 1;
        String from = year + "-03-01";
        String to = year + "-03-31";
        Http analyst = Http.basic(base(), "analyst@demo.example");
        Http.Answer created = analyst.post("api/v1/reports", "{\"from\":\"" + from + "\",\"to\":\"" + to + "\",\"pageSize\":\"A4\"}");
        assertEquals(201, created.status(), created.body());
        JsonObject report = created.json();
        long id = report.getJsonNumber("id").longValue();
        assertEquals("draft", report.getString("status"));

        JsonObject footprint = analyst.get("api/v1/footprint?from=" + from + "&to=" + to).json();
        byte[] pdf = download("api/v1/reports/" + id + "/pdf", "analyst@demo.example");
        assertEquals(report.getString("pdfSha256"), HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(pdf)));
        String text = text(pdf);
        assertTrue(text.contains(tonnes(footprint.getJsonNumber("scope2LocationKg").doubleValue())), "location-based Scope 2 as the API gives it");
        assertTrue(text.contains(tonnes(footprint.getJsonNumber("scope2MarketKg").doubleValue())), "market-based Scope 2");
        assertTrue(text.contains(tonnes(footprint.getJsonNumber("scope1Kg").doubleValue())), "Scope 1");
        assertTrue(text.contains("Demo AI Co."));
        assertTrue(text.contains(report.getString("contentSha256").substring(0, 16)), "content fingerprint on the cover");

        byte[] lineage = download("api/v1/reports/" + id + "/lineage.csv", "analyst@demo.example");
        assertEquals(report.getString("contentSha256"), HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(lineage)));
        assertTrue(new String(lineage, StandardCharsets.UTF_8).contains("grid-location:FR"));

        Http.Answer again = analyst.post("api/v1/reports", "{\"from\":\"" + from + "\",\"to\":\"" + to + "\"}");
        assertEquals(report.getString("contentSha256"), again.json().getString("contentSha256"), "unchanged inputs give the same figures");

        Http auditor = Http.basic(base(), "auditor@demo.example");
        assertEquals(404, auditor.get("api/v1/reports/" + id).status(), "auditors see published reports only");
        assertEquals(403, auditor.post("api/v1/reports", "{\"from\":\"" + from + "\",\"to\":\"" + to + "\"}").status());

        JsonObject published = analyst.post("api/v1/reports/" + id + "/publish", "").json();
        assertEquals("published", published.getString("status"));
        byte[] final_ = download("api/v1/reports/" + id + "/pdf", "auditor@demo.example");
        assertTrue(text(final_).contains("Published"));
        boolean[] genuine = new boolean[1];
        assertEquals(200, verify(final_, "auditor@demo.example", genuine));
        assertTrue(genuine[0], "the downloaded file verifies");
        byte[] tampered = final_.clone();
        tampered[tampered.length / 2] ^= 1;
        verify(tampered, "auditor@demo.example", genuine);
        assertFalse(genuine[0], "a changed byte does not");
        assertTrue(auditor.get("api/v1/reports").body().contains("\"id\":" + id));

        Http.Answer locked = analyst.post("api/v1/usage", """
                {"model":"fraud-detector","phase":"inference","periodStart":"%s","periodEnd":"%s","facility":"PAR-DC1",
                 "hardware":"nvidia-a100-sxm4-40gb","deviceCount":1,"hours":10,"utilization":0.5}""".formatted(from, to));
        assertEquals(400, locked.status(), "the published period is locked");
        assertTrue(locked.body().contains("published disclosure"), locked.body());
        assertEquals(400, analyst.post("api/v1/reports/" + id + "/publish", "").status(), "published once");
        assertEquals(404, Http.basic(base(), "admin@acme.example").get("api/v1/reports/" + id).status(), "other tenants never see it");
    }
}
