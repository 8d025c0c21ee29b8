package org.aifootprint.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** Internal carbon price (administrators, history kept) and the chargeback of AI emissions to owner teams. */
interface GovernanceScenarios extends ApiScenarios {

    @Test
    default void chargebackByTeamAddsUpToTheFootprintsModelTotalsAndIsPriced() {
        int year = LocalDate.now().getYear() - 1;
        Http admin = Http.basic(base(), "admin@demo.example");
        Http analyst = Http.basic(base(), "analyst@demo.example");
        String price = "{\"currency\":\"EUR\",\"pricePerTonne\":85,\"effectiveFrom\":\"" + (year - 5) + "-01-01\",\"rationale\":\"Board decision 2019-12\"}";
        assertEquals(403, analyst.post("api/v1/carbon-prices", price).status(), "administrators set the price");
        Http.Answer bad = admin.post("api/v1/carbon-prices", "{\"currency\":\"eur\",\"pricePerTonne\":-1,\"effectiveFrom\":\"" + year + "-01-01\"}");
        assertEquals(400, bad.status());
        assertTrue(bad.body().contains("currency") && bad.body().contains("pricePerTonne") && bad.body().contains("rationale"), bad.body());
        assertEquals(201, admin.post("api/v1/carbon-prices", price).status());
        assertEquals(400, admin.post("api/v1/carbon-prices", price).status(), "one price per day: prices are followed, never changed");

        JsonArray charges = analyst.get("api/v1/chargeback?from=" + year + "-01-01&to=" + year + "-12-31").jsonArray();
        JsonObject footprint = analyst.get("api/v1/footprint?from=" + year + "-01-01&to=" + year + "-12-31").json();
        double modelsLocationKg = footprint.getJsonArray("models").stream().map(JsonValue::asJsonObject)
                .mapToDouble(m -> m.getJsonNumber("totalKg").doubleValue()).sum();
        double modelsMarketKg = footprint.getJsonArray("models").stream().map(JsonValue::asJsonObject)
                .mapToDouble(m -> m.getJsonNumber("operationalMarketKg").doubleValue() + m.getJsonNumber("embodiedKg").doubleValue()).sum();
        double locationKg = charges.stream().map(JsonValue::asJsonObject).mapToDouble(c -> c.getJsonNumber("locationTonnes").doubleValue() * 1000).sum();
        double marketKg = charges.stream().map(JsonValue::asJsonObject).mapToDouble(c -> c.getJsonNumber("marketTonnes").doubleValue() * 1000).sum();
        assertEquals(modelsLocationKg, locationKg, 1e-6 * modelsLocationKg, "location-based chargeback = footprint model totals");
        assertEquals(modelsMarketKg, marketKg, 1e-6 * modelsMarketKg, "market-based chargeback = footprint model totals");
        JsonObject first = charges.getJsonObject(0);
        assertEquals("EUR", first.getString("currency"));
        assertEquals(100, first.getJsonNumber("pricePerTonne").doubleValue(), 1e-9, "the demo price of the year before last is in force, not the older one");
        assertEquals(first.getJsonNumber("marketTonnes").doubleValue() * 100, first.getJsonNumber("marketCost").doubleValue(), 1e-6);
        assertEquals(2, admin.get("api/v1/carbon-prices").jsonArray().size(), "the history keeps both prices");

        String csv = analyst.get("api/v1/chargeback.csv?from=" + year + "-01-01&to=" + year + "-12-31").body();
        assertTrue(csv.startsWith("team,month,market_t_co2e,location_t_co2e,currency,price_per_t,market_cost,location_cost"), csv);
        assertEquals(403, Http.basic(base(), "buyer@demo.example").get("api/v1/chargeback?from=" + year + "-01-01&to=" + year + "-12-31").status());
    }

    @Test
    default void budgetsWarnAtTheirThresholdAndSayWhenExceeded() {
        int year = LocalDate.now().getYear() - 1;
        Http admin = Http.basic(base(), "admin@demo.example");
        JsonObject assistant = admin.get("api/v1/footprint?from=" + year + "-01-01&to=" + year + "-12-31").json().getJsonArray("models").stream()
                .map(JsonValue::asJsonObject).filter(m -> m.getString("name").equals("support-assistant")).findFirst().orElseThrow();
        double usedT = (assistant.getJsonNumber("operationalMarketKg").doubleValue() + assistant.getJsonNumber("embodiedKg").doubleValue()) / 1000;
        String period = "\"periodStart\":\"" + year + "-01-01\",\"periodEnd\":\"" + year + "-12-31\"";
        JsonObject exceeded = admin.post("api/v1/budgets", "{\"subjectKind\":\"model\",\"subject\":\"support-assistant\"," + period
                + ",\"emissionsT\":" + (usedT / 2) + "}").json();
        assertEquals("exceeded", exceeded.getString("state"), exceeded.toString());
        assertEquals(usedT, exceeded.getJsonNumber("emissionsTUsed").doubleValue(), 1e-6 * usedT, "consumption is the footprint's model figure");
        JsonObject warning = admin.post("api/v1/budgets", "{\"subjectKind\":\"model\",\"subject\":\"support-assistant\"," + period
                + ",\"emissionsT\":" + (usedT / 0.9) + ",\"warnAtPercent\":80}").json();
        assertEquals("warning", warning.getString("state"), "90 % used of an 80 % threshold");
        JsonObject ok = admin.post("api/v1/budgets", "{\"subjectKind\":\"model\",\"subject\":\"support-assistant\"," + period
                + ",\"emissionsT\":" + (usedT * 2) + "}").json();
        assertEquals("ok", ok.getString("state"));
        Http.Answer bad = admin.post("api/v1/budgets", "{\"subjectKind\":\"galaxy\",\"subject\":\"x\"," + period + ",\"warnAtPercent\":0}");
        assertEquals(400, bad.status());
        assertTrue(bad.body().contains("warnAtPercent"), bad.body());
        Http.Answer kind = admin.post("api/v1/budgets", "{\"subjectKind\":\"galaxy\",\"subject\":\"x\"," + period + ",\"energyMwh\":5}");
        assertEquals(400, kind.status());
        assertTrue(kind.body().contains("subjectKind"), kind.body());
        assertEquals(400, admin.post("api/v1/budgets", "{\"subjectKind\":\"team\",\"subject\":\"No such team\"," + period
                + ",\"energyMwh\":5}").status());
        assertEquals(403, Http.basic(base(), "analyst@demo.example").post("api/v1/budgets", "{}").status(), "administrators set budgets");
        JsonArray listed = Http.basic(base(), "analyst@demo.example").get("api/v1/budgets").jsonArray();
        assertTrue(listed.stream().map(JsonValue::asJsonObject).anyMatch(b -> b.getString("state").equals("exceeded")), listed.toString());
    }
}
