package org.aifootprint.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.URL;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Activity data through the REST API as an analyst's script would enter it: a facility with twelve monthly
 * metrics, a PPA, two models with training and inference, fifty GPUs with their lifecycle; what an auditor
 * sees of the changes; and the refusals that keep bad input out.
 */
interface ActivityDataScenarios extends ApiScenarios {



    private static String unique(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    private static long id(Http.Answer answer) {
        assertEquals(201, answer.status(), answer.body());
        return answer.json().getJsonNumber("id").longValue();
    }

    /** The single field error of a 400 answer. */
    private static String refusedField(Http.Answer answer) {
        assertEquals(400, answer.status(), answer.body());
        JsonArray details = answer.json().getJsonArray("details");
        assertFalse(details.isEmpty(), answer.body());
        return details.getJsonObject(0).getString("field");
    }

    @Test
    default void anAnalystEntersAFacilityAYearOfMetricsAPpaModelsUsageAndFiftyGpusWithTheirLifecycle() {
        Http analyst = Http.basic(base(), "analyst@demo.example");
        String code = unique("LYO");
        long facility = id(analyst.post("api/v1/facilities", """
                {"code":"%s","name":"Lyon edge site","operatorKind":"OWN","country":"FR","gridZone":"FR"}""".formatted(code)));
        for (int month = 1; month <= 12; month++) {
            Http.Answer metrics = analyst.post("api/v1/facilities/" + facility + "/metrics", """
                    {"granularity":"MONTH","periodStart":"2023-%02d-01","totalEnergyKwh":130000,"itEnergyKwh":100000,
                     "waterWithdrawnLitres":40000,"waterConsumedLitres":30000,"generatorFuelLitres":120,
                     "refrigerantsKg":{"R-134a":1.5}}""".formatted(month));
            assertEquals(201, metrics.status(), metrics.body());
            assertEquals(1.3, metrics.json().getJsonNumber("pue").doubleValue(), 1e-9, "PUE derived from total / IT energy");
            assertEquals(0.3, metrics.json().getJsonNumber("wueLitresPerKwh").doubleValue(), 1e-9, "WUE = consumed / IT energy");
        }
        assertEquals(12, analyst.get("api/v1/facilities/" + facility + "/metrics").jsonArray().size());

        id(analyst.post("api/v1/procurements", """
                {"kind":"PPA_PHYSICAL","facility":"%s","marketZone":"FR","periodStart":"2023-01-01","periodEnd":"2023-12-31",
                 "volumeMwh":600,"vintageYear":2023,"certificateIds":"PPA-LYO-2023","retired":true,"supplier":"Soleil SA"}""".formatted(code)));

        String training = unique("llm");
        long trainingModel = id(analyst.post("api/v1/models", """
                {"name":"%s","version":"1.0","ownerTeam":"Research","purpose":"Chat","parameterCount":7000000000,"status":"IN_DEVELOPMENT"}""".formatted(training)));
        String serving = unique("ranker");
        id(analyst.post("api/v1/models", """
                {"name":"%s","version":"2.0","ownerTeam":"Search","status":"IN_PRODUCTION"}""".formatted(serving)));

        JsonObject trained = analyst.post("api/v1/usage", """
                {"modelId":%d,"phase":"training","periodStart":"2023-03-01","periodEnd":"2023-03-31","facility":"%s",
                 "hardware":"nvidia-a100-sxm4-40gb","deviceCount":32,"hours":500,"avgPowerW":310}""".formatted(trainingModel, code)).json();
        assertEquals("MEASURED", trained.getString("qualityTier"));
        assertEquals(16000.0, trained.getJsonNumber("deviceHours").doubleValue(), 1e-9);
        JsonObject served = analyst.post("api/v1/usage", """
                {"model":"%s","phase":"inference","periodStart":"2023-04-01","periodEnd":"2023-04-30","facility":"%s",
                 "hardware":"nvidia-a100-sxm4-40gb","deviceCount":4,"hours":720,"utilization":0.4,"requests":12000000}""".formatted(serving, code)).json();
        assertEquals("ESTIMATED", served.getString("qualityTier"));
        assertEquals("inference", served.getString("phase"));

        long asset = id(analyst.post("api/v1/hardware", """
                {"hardware":"nvidia-a100-sxm4-40gb","assetTag":"%s","quantity":50,"facility":"%s","acquiredOn":"2022-11-15"}"""
                .formatted(unique("GPU"), code)));
        JsonObject created = analyst.get("api/v1/hardware/" + asset).json();
        assertTrue(created.getJsonNumber("embodiedKgCo2e").doubleValue() > 0, "embodied emissions from the catalogue");
        assertTrue(created.getString("embodiedSource").startsWith("Hardware catalogue nvidia-a100-sxm4-40gb"));
        id(analyst.post("api/v1/hardware/" + asset + "/events", """
                {"kind":"RECEIVED","occurredOn":"2022-11-20"}"""));
        id(analyst.post("api/v1/hardware/" + asset + "/events", """
                {"kind":"DEPLOYED","occurredOn":"2022-12-01","facility":"%s"}""".formatted(code)));
        id(analyst.post("api/v1/hardware/" + asset + "/events", """
                {"kind":"RETIRED","occurredOn":"2023-10-01"}"""));
        id(analyst.post("api/v1/hardware/" + asset + "/events", """
                {"kind":"DISPOSED","occurredOn":"2023-11-01","quantity":30,"disposition":"REUSE","massKg":45,"recipient":"Refurb Co","certificate":"RC-1"}"""));
        assertEquals("RETIRED", analyst.get("api/v1/hardware/" + asset).json().getString("status"), "20 units not disposed of yet");
        id(analyst.post("api/v1/hardware/" + asset + "/events", """
                {"kind":"DISPOSED","occurredOn":"2023-11-15","disposition":"RECYCLING","massKg":30,"recipient":"WEEE recycler","certificate":"R2-9"}"""));
        JsonObject disposed = analyst.get("api/v1/hardware/" + asset).json();
        assertEquals("DISPOSED", disposed.getString("status"));
        assertEquals(0, disposed.getInt("remainingQuantity"));
        assertEquals(5, analyst.get("api/v1/hardware/" + asset + "/events").jsonArray().size());
        assertEquals("kind", refusedField(analyst.post("api/v1/hardware/" + asset + "/events", """
                {"kind":"MOVED","occurredOn":"2023-12-01","facility":"%s"}""".formatted(code))), "nothing after full disposal");
    }

    @Test
    default void anAuditorSeesWhoChangedWhatAndAnAnalystMayNot() {
        Http analyst = Http.basic(base(), "analyst@demo.example");
        String code = unique("HIST");
        long facility = id(analyst.post("api/v1/facilities", """
                {"code":"%s","name":"Before","operatorKind":"COLOCATION","country":"DE","gridZone":"DE","defaultPue":1.5}""".formatted(code)));
        assertEquals(200, analyst.put("api/v1/facilities/" + facility, """
                {"code":"%s","name":"After","operatorKind":"COLOCATION","country":"DE","gridZone":"DE","defaultPue":1.4}""".formatted(code)).status());

        JsonArray history = Http.basic(base(), "auditor@demo.example").get("api/v1/history/facility/" + facility).jsonArray();
        assertEquals(2, history.size(), history.toString());
        JsonObject creation = history.getJsonObject(0);
        assertEquals("CREATED", creation.getString("kind"));
        assertEquals("analyst@demo.example", creation.getString("by"));
        JsonObject change = history.getJsonObject(1);
        assertEquals("CHANGED", change.getString("kind"));
        JsonObject name = change.getJsonArray("fields").stream().map(JsonValue::asJsonObject)
                .filter(f -> f.getString("field").equals("name")).findFirst().orElseThrow();
        assertEquals("Before", name.getString("before"));
        assertEquals("After", name.getString("after"));
        assertTrue(change.getJsonArray("fields").stream().map(JsonValue::asJsonObject).anyMatch(f -> f.getString("field").equals("defaultPue")
                && f.getString("before").equals("1.5") && f.getString("after").equals("1.4")));

        assertEquals(200, Http.basic(base(), "admin@demo.example").get("api/v1/history/facility/" + facility).status());
        assertEquals(403, analyst.get("api/v1/history/facility/" + facility).status());
        assertEquals(0, Http.basic(base(), "admin@acme.example").get("api/v1/history/facility/" + facility).jsonArray().size(),
                "another tenant sees no history of it");
    }

    @Test
    default void badInputIsRefusedWithAMessageNamingTheField() {
        Http analyst = Http.basic(base(), "analyst@demo.example");
        String usage = """
                {"model":"support-assistant","phase":"%s","periodStart":"%s","periodEnd":"%s","facility":"PAR-DC1",
                 "hardware":"%s","deviceCount":%d,"hours":%s}""";
        assertEquals("hours", refusedField(analyst.post("api/v1/usage", usage.formatted("training", "2024-01-01", "2024-01-31", "nvidia-h100-sxm5-80gb", 8, "-5"))));
        assertEquals("periodEnd", refusedField(analyst.post("api/v1/usage", usage.formatted("training", "2024-02-01", "2024-01-31", "nvidia-h100-sxm5-80gb", 8, "5"))));
        assertEquals("hours", refusedField(analyst.post("api/v1/usage", usage.formatted("training", "2024-01-01", "2024-01-02", "nvidia-h100-sxm5-80gb", 8, "49"))),
                "hours per device beyond the 48 hours of the period");
        assertEquals("hardware", refusedField(analyst.post("api/v1/usage", usage.formatted("training", "2024-01-01", "2024-01-31", "nvidia-gtx-9999", 8, "5"))));
        assertEquals("phase", refusedField(analyst.post("api/v1/usage", usage.formatted("pretraining", "2024-01-01", "2024-01-31", "nvidia-h100-sxm5-80gb", 8, "5"))));
        assertEquals("deviceCount", refusedField(analyst.post("api/v1/usage", usage.formatted("training", "2024-01-01", "2024-01-31", "nvidia-h100-sxm5-80gb", 0, "5"))));

        long facility = analyst.get("api/v1/facilities?code=PAR-DC1").jsonArray().getJsonObject(0).getJsonNumber("id").longValue();
        assertEquals("pue", refusedField(analyst.post("api/v1/facilities/" + facility + "/metrics", """
                {"granularity":"MONTH","periodStart":"2019-01-01","pue":0.8}""")));
        assertEquals("itEnergyKwh", refusedField(analyst.post("api/v1/facilities/" + facility + "/metrics", """
                {"granularity":"MONTH","periodStart":"2019-01-01","totalEnergyKwh":100,"itEnergyKwh":120}""")));
        assertEquals("periodStart", refusedField(analyst.post("api/v1/facilities/" + facility + "/metrics", """
                {"granularity":"MONTH","periodStart":"2019-01-15","pue":1.2}""")));
        assertEquals("code", refusedField(analyst.post("api/v1/facilities", """
                {"code":"PAR-DC1","name":"Duplicate","operatorKind":"OWN","gridZone":"FR"}""")));
        assertEquals("emissionFactorGramsPerKwh", refusedField(analyst.post("api/v1/procurements", """
                {"kind":"SUPPLIER_CONTRACT","marketZone":"FR","periodStart":"2019-01-01","periodEnd":"2019-12-31","volumeMwh":10}""")));
        Http.Answer malformed = analyst.post("api/v1/usage", "{\"deviceCount\": \"many\"");
        assertEquals(400, malformed.status(), malformed.body());
        assertTrue(malformed.json().containsKey("error"));
    }

    @Test
    default void aClosedPeriodRefusesNewAndChangedDataDatedWithinIt() {
        Http analyst = Http.basic(base(), "analyst@demo.example");
        Http admin = Http.basic(base(), "admin@demo.example");
        long period = id(analyst.post("api/v1/periods", """
                {"name":"%s","startDate":"2018-01-01","endDate":"2018-12-31"}""".formatted(unique("FY18"))));
        long model = analyst.get("api/v1/models?name=fraud-detector").jsonArray().getJsonObject(0).getJsonNumber("id").longValue();
        String usage = """
                {"modelId":%d,"phase":"inference","periodStart":"2018-06-01","periodEnd":"2018-06-30","facility":"PAR-DC1",
                 "hardware":"nvidia-a100-sxm4-40gb","deviceCount":2,"hours":100,"utilization":0.5}""".formatted(model);
        long before = id(analyst.post("api/v1/usage", usage));

        assertEquals(403, analyst.post("api/v1/periods/" + period + "/close", "").status(), "only an administrator closes");
        assertEquals(200, admin.post("api/v1/periods/" + period + "/close", "").status());
        assertEquals("periodStart", refusedField(analyst.post("api/v1/usage", usage)));
        assertEquals("periodStart", refusedField(analyst.put("api/v1/usage/" + before, usage)));
        assertEquals(400, analyst.delete("api/v1/usage/" + before).status());
        assertEquals(200, analyst.get("api/v1/usage/" + before).status(), "still there");

        assertEquals(200, admin.post("api/v1/periods/" + period + "/reopen", "").status());
        assertEquals(204, analyst.delete("api/v1/usage/" + before).status());
    }

    @Test
    default void rolesDecideWhoWritesAndListsArePagedInTheDatabase() {
        Http auditor = Http.basic(base(), "auditor@demo.example");
        assertEquals(403, auditor.post("api/v1/models", "{\"name\":\"x\",\"version\":\"1\",\"ownerTeam\":\"t\",\"status\":\"RETIRED\"}").status());
        assertEquals(200, auditor.get("api/v1/usage").status());

        Http.Answer page = auditor.get("api/v1/usage?limit=10&offset=5&sort=periodStart&order=desc&phase=inference");
        assertEquals(200, page.status(), page.body());
        assertEquals(10, page.jsonArray().size());
        assertTrue(Long.parseLong(page.header("X-Total-Count")) > 50, "the demo data has a year and more of inference");
        page.jsonArray().forEach(v -> assertEquals("inference", v.asJsonObject().getString("phase")));
        assertEquals("sort/filter", refusedField(auditor.get("api/v1/usage?sort=password")));
        assertEquals("limit", refusedField(auditor.get("api/v1/usage?limit=100000")));

        JsonArray types = auditor.get("api/v1/hardware-types").jsonArray();
        assertTrue(types.stream().map(JsonValue::asJsonObject).anyMatch(t -> t.getString("code").equals("nvidia-h100-sxm5-80gb")));
    }
}
