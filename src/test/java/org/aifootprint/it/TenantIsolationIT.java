package org.aifootprint.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import java.net.URL;
import org.aifootprint.infrastructure.tenancy.TenantContext;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Data of tenant {@code demo} is invisible and unmodifiable from tenant {@code acme}: through JPA (in the
 * container), through REST (by id too: 404, never 403) and through pages. One line per tenant-owned
 * entity.
 */
@ExtendWith(ArquillianExtension.class)
class TenantIsolationIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.application();
    }

    @Inject
    private IsolationProbe probe;

    @ArquillianResource
    private URL base;

    @Test
    void apiTokenOfDemoIsInvisibleAndUnmodifiableFromAcme() throws Exception {
        long id = TenantContext.callAs("demo", () -> probe.createToken("demo secret token"));
        assertEquals("demo", TenantContext.callAs("demo", () -> probe.tenantOfToken(id)), "stamped with the current tenant");
        assertNotNull(TenantContext.callAs("demo", () -> probe.findToken(id)));

        assertNull(TenantContext.callAs("acme", () -> probe.findToken(id)), "find by id");
        assertFalse(TenantContext.callAs("acme", () -> probe.tokenNames()).contains("demo secret token"), "query");
        assertEquals(0, TenantContext.callAs("acme", () -> probe.renameToken(id, "hijacked")), "bulk update");
        assertEquals(0, TenantContext.callAs("acme", () -> probe.deleteToken(id)), "bulk delete");
        assertEquals("demo secret token", TenantContext.callAs("demo", () -> probe.findToken(id)).getName());
    }

    @Test
    void userAccountOfDemoIsInvisibleFromAcme() throws Exception {
        assertTrue(TenantContext.callAs("demo", () -> probe.userEmails()).contains("analyst@demo.example"));
        assertFalse(TenantContext.callAs("acme", () -> probe.userEmails()).contains("analyst@demo.example"));
        assertNull(TenantContext.callAs("acme", () -> probe.findUserByNativeId("analyst@demo.example")));
    }

    @Test
    void withoutATenantNothingTenantOwnedIsVisible() throws Exception {
        assertTrue(probe.userEmails().isEmpty());
        assertTrue(probe.tokenNames().isEmpty());
    }

    @Test
    @RunAsClient
    void restAnswers404ForAnotherTenantsIds() {
        JsonObject analyst = Http.basic(base, "admin@demo.example").get("api/v1/users").jsonArray().stream()
                .map(v -> v.asJsonObject()).filter(u -> u.getString("email").equals("analyst@demo.example")).findFirst().orElseThrow();
        long id = analyst.getJsonNumber("id").longValue();
        Http acme = Http.basic(base, "admin@acme.example");
        assertEquals(404, acme.get("api/v1/users/" + id).status());
        assertEquals(404, acme.patch("api/v1/users/" + id, "{\"enabled\":false}").status());
        assertEquals(404, acme.post("api/v1/users/" + id + "/password-reset", "").status());
        assertFalse(acme.get("api/v1/users").body().contains("demo.example"));
        assertEquals(200, Http.basic(base, "analyst@demo.example").get("api/v1/me").status(), "still enabled");

        long demoToken = Http.basic(base, "admin@demo.example").post("api/v1/tokens", "{\"name\":\"iso\",\"role\":\"AUDITOR\"}")
                .json().getJsonObject("token").getJsonNumber("id").longValue();
        assertEquals(404, acme.delete("api/v1/tokens/" + demoToken).status());
        assertFalse(acme.get("api/v1/tokens").body().contains("\"iso\""));
    }

    @Test
    @RunAsClient
    void pagesOfAcmeShowNoneOfDemosData() {
        String users = Http.signedIn(base, "admin@acme.example").get("admin/users.xhtml").body();
        assertTrue(users.contains("admin@acme.example"));
        assertFalse(users.contains("demo.example"));
        assertFalse(users.contains("Demo AI Co."));
    }

    /** One line per tenant-owned kind of activity data: list, read, change, delete and history, from acme, of demo's rows. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(textBlock = """
            facilities,  facility
            models,      model
            usage,       usage
            procurements, procurement
            hardware,    hardware
            periods,     period
            vendors,     vendor
            """)
    @RunAsClient
    void activityDataOfDemoIsInvisibleAndUnmodifiableFromAcme(String resource, String historyKind) {
        Http demo = Http.basic(base, "admin@demo.example");
        jakarta.json.JsonArray rows = demo.get("api/v1/" + resource).jsonArray();
        assertFalse(rows.isEmpty(), "the demo tenant has " + resource);
        long id = rows.getJsonObject(0).getJsonNumber("id").longValue();

        Http acme = Http.basic(base, "admin@acme.example");
        assertEquals(0, acme.get("api/v1/" + resource).jsonArray().size(), "acme has no " + resource);
        assertEquals(404, acme.get("api/v1/" + resource + "/" + id).status());
        assertEquals(404, acme.delete("api/v1/" + resource + "/" + id).status());
        assertEquals(404, acme.put("api/v1/" + resource + "/" + id, "{}").status());
        assertEquals(0, acme.get("api/v1/history/" + historyKind + "/" + id).jsonArray().size());
        assertEquals(200, demo.get("api/v1/" + resource + "/" + id).status(), "still there for demo");
    }

    @Test
    @RunAsClient
    void metricsEventsAndOffsetsOfDemoAreInvisibleFromAcme() {
        Http demo = Http.basic(base, "admin@demo.example");
        long facility = demo.get("api/v1/facilities?code=PAR-DC1").jsonArray().getJsonObject(0).getJsonNumber("id").longValue();
        long asset = demo.get("api/v1/hardware?assetTag=AMS-T4-B01").jsonArray().getJsonObject(0).getJsonNumber("id").longValue();
        Http acme = Http.basic(base, "admin@acme.example");
        assertEquals(404, acme.get("api/v1/facilities/" + facility + "/metrics").status());
        assertEquals(404, acme.get("api/v1/hardware/" + asset + "/events").status());
        assertEquals(404, acme.post("api/v1/hardware/" + asset + "/events", "{\"kind\":\"MOVED\",\"occurredOn\":\"2030-01-01\"}").status());
        assertFalse(demo.get("api/v1/offsets").jsonArray().isEmpty());
        assertEquals(0, acme.get("api/v1/offsets").jsonArray().size());
    }
}
