package org.aifootprint.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.URL;
import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** {@code GET /api/v1/footprint}: the demo tenant's figures, a published reproduction through the API, and reproducibility. */
interface FootprintScenarios extends ApiScenarios {



    private static double number(JsonObject o, String key) {
        return o.getJsonNumber(key).doubleValue();
    }

    @Test
    default void theDemoTenantsFootprintIsCompleteAndTraceable() {
        int year = LocalDate.now().getYear() - 1;
        Http.Answer answer = Http.basic(base(), "auditor@demo.example").get("api/v1/footprint?from=" + year + "-01-01&to=" + year + "-12-31&lineItems=true");
        assertEquals(200, answer.status(), answer.body());
        JsonObject f = answer.json();
        for (String key : new String[] {"energyKwh", "itEnergyKwh", "scope1Kg", "scope2LocationKg", "scope2MarketKg", "scope3Kg", "waterLitres", "ewasteKg"}) {
            assertTrue(number(f, key) > 0, key + " of the demo year");
        }
        assertTrue(number(f, "energyKwh") > number(f, "itEnergyKwh"), "facility energy includes the PUE overhead");
        assertTrue(number(f, "scope2MarketKg") < number(f, "scope2LocationKg"), "the PPA and GOs lower market-based Scope 2");
        JsonObject scope3 = f.getJsonObject("scope3");
        double categories = number(scope3, "cat1") + number(scope3, "cat2") + number(scope3, "cat3") + number(scope3, "cat5") + number(scope3, "cat12");
        assertEquals(number(f, "scope3Kg"), categories, 1e-6);
        assertTrue(number(scope3, "cat1") > 0, "inference in the AWS region");
        assertTrue(number(scope3, "cat2") > 0, "H100s bought in the demo year");

        Set<String> models = f.getJsonArray("models").stream().map(JsonValue::asJsonObject).map(m -> m.getString("name")).collect(Collectors.toSet());
        assertTrue(models.containsAll(Set.of("support-assistant", "doc-search-embed", "fraud-detector", "vision-qc")), models.toString());
        JsonObject assistant = f.getJsonArray("models").stream().map(JsonValue::asJsonObject)
                .filter(m -> m.getString("name").equals("support-assistant")).findFirst().orElseThrow();
        assertEquals(number(assistant, "operationalKg") + number(assistant, "embodiedKg"), number(assistant, "totalKg"), 1e-6);
        assertTrue(number(assistant, "kgPer1kRequests") > 0);

        assertFalse(f.getString("factorSet").isBlank());
        assertTrue(f.getJsonArray("factors").stream().map(JsonValue::asJsonObject).anyMatch(x -> x.getString("id").equals("grid-location:FR")
                && !x.getString("source").isBlank()), "the French grid factor is listed with its source");
        JsonObject firstLine = f.getJsonArray("lineItems").getJsonObject(0);
        assertFalse(firstLine.getJsonArray("sources").isEmpty());
        assertFalse(firstLine.getString("formula").isBlank());

        assertEquals(403, Http.basic(base(), "buyer@demo.example").get("api/v1/footprint?from=2025-01-01&to=2025-12-31").status());
        assertEquals(400, Http.basic(base(), "analyst@demo.example").get("api/v1/footprint?from=2025-12-31&to=2025-01-01").status());
        assertEquals(400, Http.basic(base(), "analyst@demo.example").get("api/v1/footprint?from=yesterday&to=2025-01-01").status());
    }

    /**
     * Patterson et al. (2021), "Carbon Emissions and Large Neural Network Training", Table 4 — GPT-3: 10,000 V100 for
     * 14.8 days at 330 W each, PUE 1.10, 0.429 kgCO2e/kWh → 1,287 MWh and 552 tCO2e — entered through the API in a
     * fresh tenant, with the paper's grid factor as the tenant's override.
     */
    @Test
    default void gpt3ThroughTheApiWithinOnePercentAndReproducibleAfterAFactorChange() throws InterruptedException {
        String tenant = "repro-" + UUID.randomUUID().toString().substring(0, 8);
        String admin = "admin@" + tenant + ".example";
        String password = "a-long-enough-password";
        assertEquals(201, Http.basic(base(), "operator@platform.example").post("api/v1/tenants", """
                {"id":"%s","name":"Reproduction","adminEmail":"%s","adminName":"Repro Admin","adminPassword":"%s"}"""
                .formatted(tenant, admin, password)).status());
        Http api = Http.basic(base(), admin, password);
        assertEquals(201, api.post("api/v1/factor-overrides", """
                {"category":"grid-location","key":"US","value":0.429,"evidence":"Patterson et al. 2021, Table 4, Oklahoma data centre"}""").status());
        assertEquals(201, api.post("api/v1/facilities", """
                {"code":"MSFT-DC","name":"Cloud data centre used for GPT-3","operatorKind":"OWN","country":"US","gridZone":"US","defaultPue":1.10}""").status());
        assertEquals(201, api.post("api/v1/models", """
                {"name":"gpt-3","version":"175B","ownerTeam":"OpenAI (published)","status":"RETIRED"}""").status());
        Http.Answer usage = api.post("api/v1/usage", """
                {"model":"gpt-3","phase":"training","periodStart":"2020-01-01","periodEnd":"2020-01-15","facility":"MSFT-DC",
                 "hardware":"nvidia-v100-sxm2-32gb","deviceCount":10000,"hours":355.2,"avgPowerW":330}""");
        assertEquals(201, usage.status(), usage.body());

        String query = "api/v1/footprint?from=2020-01-01&to=2020-01-31";
        JsonObject f = api.get(query).json();
        assertEquals(1_287_000, number(f, "energyKwh"), 1_287_000 * 0.01);
        assertEquals(552_000, number(f, "scope2LocationKg"), 552_000 * 0.01);
        String asOf = f.getString("overridesAsOf");
        String factorSet = f.getString("factorSet");
        assertTrue(f.getJsonArray("factors").stream().map(JsonValue::asJsonObject).anyMatch(x -> x.getString("ref").equals("override:grid-location:US@override v1")));

        Thread.sleep(5);
        assertEquals(201, api.post("api/v1/factor-overrides", """
                {"category":"grid-location","key":"US","value":0.2,"evidence":"A later supplier disclosure"}""").status());
        JsonObject changed = api.get(query).json();
        assertNotEquals(number(f, "scope2LocationKg"), number(changed, "scope2LocationKg"), "the new factor version applies now");
        JsonObject again = api.get(query + "&factorSet=" + factorSet + "&asOf=" + asOf).json();
        assertEquals(number(f, "scope2LocationKg"), number(again, "scope2LocationKg"), 0.0, "the earlier result is reproduced exactly");
        assertEquals(number(f, "scope3Kg"), number(again, "scope3Kg"), 0.0);
        assertEquals(2, api.get("api/v1/factor-overrides").jsonArray().size(), "both versions are kept");
    }

    @Test
    default void anAuditorTracesATotalToItsRowsAndTheirHistory() {
        int year = LocalDate.now().getYear() - 1;
        Http auditor = Http.signedIn(base(), "auditor@demo.example");
        String page = auditor.get("footprint/trace.xhtml?from=" + year + "-01-01&to=" + year + "-12-31&measure=SCOPE2_LOCATION").body();
        assertTrue(page.contains("Scope 2 location-based") && page.contains("(equal to the total)"), "the rows add up to the total");
        assertTrue(page.contains("history/view.xhtml?kind=usage&amp;id="), "each row links to its records' history");
        assertTrue(page.contains("grid-location:"), "the factors are named");
        String bad = auditor.get("footprint/trace.xhtml?from=yesterday&to=" + year + "-12-31").body();
        assertTrue(bad.contains("must be dates"), "a bad date is explained, not a stack trace");
    }
}
