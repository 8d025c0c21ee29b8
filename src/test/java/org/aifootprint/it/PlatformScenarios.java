package org.aifootprint.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Login, roles, menus and the platform REST API, from outside, as a browser and a script would. */
interface PlatformScenarios extends ApiScenarios {



    @Test
    default void aWrongPasswordIsRefusedOnTheLoginPageAndNothingOpens() {
        Http browser = Http.browser(base());
        Http.Answer answer = browser.login("analyst@demo.example", "not-the-password");
        assertEquals(200, answer.status());
        assertTrue(answer.body().contains("The e-mail address or password is wrong"), answer.body());
        Http.Answer home = browser.get("index.xhtml");
        assertEquals(302, home.status());
        assertTrue(home.header("Location").endsWith("/login.xhtml"));
    }

    @Test
    default void aWrongPasswordIsRefusedByTheApiWithAJsonError() {
        Http.Answer answer = Http.basic(base(), "analyst@demo.example", "wrong").get("api/v1/me");
        assertEquals(401, answer.status());
        assertTrue(answer.json().getString("error").startsWith("Invalid credentials"));
        assertNotNull(answer.header("WWW-Authenticate"));
    }

    @Test
    default void theApiWithoutCredentialsAnswers401() {
        Http.Answer answer = Http.anonymous(base()).get("api/v1/me");
        assertEquals(401, answer.status());
        assertTrue(answer.json().containsKey("details"));
    }

    @ParameterizedTest(name = "{0} is {2} in {1}")
    @CsvSource(textBlock = """
            admin@demo.example,        demo, ADMIN
            analyst@demo.example,      demo, ANALYST
            auditor@demo.example,      demo, AUDITOR
            buyer@demo.example,        demo, PROCUREMENT
            admin@acme.example,        acme, ADMIN
            """)
    default void eachDemoUserActsInItsTenantWithItsRole(String email, String tenant, String role) {
        JsonObject me = Http.basic(base(), email).get("api/v1/me").json();
        assertEquals(email, me.getString("user"));
        assertEquals(tenant, me.getJsonObject("tenant").getString("id"));
        assertEquals(role, me.getString("role"));
    }

    @Test
    default void theOperatorBelongsToNoTenant() {
        JsonObject me = Http.basic(base(), "operator@platform.example").get("api/v1/me").json();
        assertEquals("OPERATOR", me.getString("role"));
        assertTrue(me.isNull("tenant"));
    }

    @ParameterizedTest(name = "{0} gets {2} from {1}")
    @CsvSource(textBlock = """
            admin@demo.example,        admin/users.xhtml,       200
            admin@demo.example,        admin/tokens.xhtml,      200
            admin@demo.example,        operator/tenants.xhtml,  403
            analyst@demo.example,      index.xhtml,             200
            analyst@demo.example,      admin/users.xhtml,       403
            auditor@demo.example,      admin/tokens.xhtml,      403
            buyer@demo.example,        admin/users.xhtml,       403
            buyer@demo.example,        account/password.xhtml,  200
            operator@platform.example, operator/tenants.xhtml,  200
            operator@platform.example, admin/users.xhtml,       403
            analyst@demo.example,      facilities/list.xhtml,   200
            analyst@demo.example,      usage/list.xhtml,        200
            analyst@demo.example,      footprint/view.xhtml,    200
            analyst@demo.example,      imports/list.xhtml,      200
            analyst@demo.example,      history/view.xhtml,      403
            auditor@demo.example,      reports/list.xhtml,      200
            auditor@demo.example,      history/view.xhtml,      200
            admin@demo.example,        history/view.xhtml,      200
            buyer@demo.example,        hardware/list.xhtml,     200
            buyer@demo.example,        footprint/view.xhtml,    403
            buyer@demo.example,        imports/list.xhtml,      200
            auditor@demo.example,      footprint/reconciliation.xhtml, 200
            buyer@demo.example,        footprint/reconciliation.xhtml, 403
            auditor@demo.example,      footprint/trace.xhtml?from=2025-01-01&to=2025-12-31, 200
            buyer@demo.example,        footprint/trace.xhtml?from=2025-01-01&to=2025-12-31, 403
            operator@platform.example, facilities/list.xhtml,   403
            """)
    default void eachRoleReachesItsPagesAndIsRefusedTheRest(String email, String page, int status) {
        Http.Answer answer = Http.signedIn(base(), email).get(page);
        assertEquals(status, answer.status());
        if (status == 403) {
            assertTrue(answer.body().contains("Not allowed"), "friendly 403 page");
            assertFalse(answer.body().contains("at org.") || answer.body().contains("Caused by"), "no stack trace");
        }
    }

    @Test
    default void theMenuShowsEachRoleOnlyItsItems() {
        String admin = Http.signedIn(base(), "admin@demo.example").get("index.xhtml").body();
        assertTrue(admin.contains("menu-users") && admin.contains("menu-tokens"));
        assertFalse(admin.contains("menu-tenants"));
        String analyst = Http.signedIn(base(), "analyst@demo.example").get("index.xhtml").body();
        assertFalse(analyst.contains("menu-users") || analyst.contains("menu-tenants"));
        assertTrue(analyst.contains("Demo AI Co."));
        String operator = Http.signedIn(base(), "operator@platform.example").get("operator/tenants.xhtml").body();
        assertTrue(operator.contains("menu-tenants"));
        assertFalse(operator.contains("menu-users"));
    }

    @Test
    default void anAnonymousVisitorIsSentToTheLoginPage() {
        Http.Answer answer = Http.browser(base()).get("admin/users.xhtml");
        assertEquals(302, answer.status());
        assertTrue(answer.header("Location").endsWith("/login.xhtml"));
    }

    @Test
    default void theSessionCookieIsHttpOnlyAndSameSite() {
        Http.Answer answer = Http.browser(base()).get("login.xhtml");
        String cookie = answer.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("JSESSIONID")).findFirst().orElseThrow();
        assertTrue(cookie.contains("HttpOnly"), cookie);
        assertTrue(cookie.toLowerCase().contains("samesite=lax"), cookie);
    }

    @Test
    default void onlyTheOperatorCreatesTenantsAndTheNewAdminCanSignIn() {
        String id = "t" + UUID.randomUUID().toString().substring(0, 8);
        String body = """
                {"id":"%s","name":"Test Co","adminEmail":"Boss@%s.example","adminName":"Boss","adminPassword":"a long enough password"}"""
                .formatted(id, id);
        assertEquals(403, Http.basic(base(), "admin@demo.example").post("api/v1/tenants", body).status());
        Http.Answer created = Http.basic(base(), "operator@platform.example").post("api/v1/tenants", body);
        assertEquals(201, created.status(), created.body());
        assertEquals(id, created.json().getString("id"));
        JsonObject me = Http.basic(base(), "boss@" + id + ".example", "a long enough password").get("api/v1/me").json();
        assertEquals(id, me.getJsonObject("tenant").getString("id"));
        assertEquals("ADMIN", me.getString("role"));
        Http.Answer again = Http.basic(base(), "operator@platform.example").post("api/v1/tenants", body);
        assertEquals(400, again.status());
        assertEquals("id", again.json().getJsonArray("details").getJsonObject(0).getString("field"));
    }

    @Test
    default void badInputGetsA400NamingEachField() {
        Http.Answer answer = Http.basic(base(), "operator@platform.example").post("api/v1/tenants",
                "{\"id\":\"Bad Id\",\"name\":\"\",\"adminEmail\":\"not-an-email\",\"adminName\":\"x\",\"adminPassword\":\"short\"}");
        assertEquals(400, answer.status());
        String details = answer.json().getJsonArray("details").toString();
        assertTrue(details.contains("\"id\"") && details.contains("\"name\"") && details.contains("\"adminEmail\"")
                && details.contains("\"adminPassword\""), details);
        assertEquals(400, Http.basic(base(), "operator@platform.example").post("api/v1/tenants", "{not json").status());
        assertEquals(404, Http.basic(base(), "operator@platform.example").get("api/v1/no-such-thing").status());
    }

    @Test
    default void anApiTokenActsWithItsRoleUntilRevoked() {
        Http admin = Http.basic(base(), "admin@demo.example");
        assertEquals(403, Http.basic(base(), "analyst@demo.example").post("api/v1/tokens", "{\"name\":\"x\",\"role\":\"ANALYST\"}").status());
        Http.Answer created = admin.post("api/v1/tokens", "{\"name\":\"nightly import\",\"role\":\"AUDITOR\"}");
        assertEquals(201, created.status(), created.body());
        String secret = created.json().getString("secret");
        long id = created.json().getJsonObject("token").getJsonNumber("id").longValue();
        assertFalse(admin.get("api/v1/tokens").body().contains(secret), "the secret is never shown again");

        JsonObject me = Http.bearer(base(), secret).get("api/v1/me").json();
        assertEquals("AUDITOR", me.getString("role"));
        assertEquals("demo", me.getJsonObject("tenant").getString("id"));
        assertEquals(403, Http.bearer(base(), secret).get("api/v1/users").status());

        assertEquals(200, admin.delete("api/v1/tokens/" + id).status());
        assertEquals(401, Http.bearer(base(), secret).get("api/v1/me").status());
        assertEquals(401, Http.bearer(base(), "aif_made-up").get("api/v1/me").status());
    }

    @Test
    default void anAdminManagesUsersAndADisabledUserIsLockedOut() {
        Http admin = Http.basic(base(), "admin@demo.example");
        String email = "new-" + UUID.randomUUID().toString().substring(0, 8) + "@demo.example";
        Http.Answer created = admin.post("api/v1/users", "{\"email\":\"" + email + "\",\"displayName\":\"New Person\",\"role\":\"ANALYST\"}");
        assertEquals(201, created.status(), created.body());
        String password = created.json().getString("temporaryPassword");
        long id = created.json().getJsonObject("user").getJsonNumber("id").longValue();
        assertEquals("ANALYST", Http.basic(base(), email, password).get("api/v1/me").json().getString("role"));

        assertEquals(400, admin.post("api/v1/users", "{\"email\":\"" + email + "\",\"displayName\":\"Twice\",\"role\":\"ANALYST\"}").status());
        assertEquals(400, admin.post("api/v1/users", "{\"email\":\"x@y.example\",\"displayName\":\"Op\",\"role\":\"OPERATOR\"}").status());

        assertEquals("AUDITOR", admin.patch("api/v1/users/" + id, "{\"role\":\"AUDITOR\"}").json().getString("role"));
        assertFalse(admin.patch("api/v1/users/" + id, "{\"enabled\":false}").json().getBoolean("enabled"));
        assertEquals(401, Http.basic(base(), email, password).get("api/v1/me").status());
    }
}
