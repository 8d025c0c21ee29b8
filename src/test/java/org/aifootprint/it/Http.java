package org.aifootprint.it;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonStructure;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** An HTTP caller for the black-box tests: the REST API with Basic or Bearer, and pages with a login session. */
public final class Http {

    public static final String DEMO_PASSWORD = "demo";

    public record Answer(int status, String body, java.net.http.HttpHeaders headers) {

        public JsonObject json() {
            return (JsonObject) structure();
        }

        public JsonArray jsonArray() {
            return (JsonArray) structure();
        }

        private JsonStructure structure() {
            try (var reader = Json.createReader(new StringReader(body))) {
                return reader.read();
            }
        }

        public String header(String name) {
            return headers.firstValue(name).orElse(null);
        }
    }

    private static final Pattern VIEW_STATE = Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"");

    private final URI base;
    private final HttpClient client;
    private String authorization;

    private Http(URL base, boolean withCookies) {
        this.base = URI.create(base.toString().endsWith("/") ? base.toString() : base + "/");
        HttpClient.Builder builder = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(10));
        if (withCookies) {
            builder.cookieHandler(new CookieManager());
        }
        this.client = builder.build();
    }

    public static Http anonymous(URL base) {
        return new Http(base, false);
    }

    /** REST calls with HTTP Basic as a demo user (password {@value #DEMO_PASSWORD}). */
    public static Http basic(URL base, String email) {
        return basic(base, email, DEMO_PASSWORD);
    }

    public static Http basic(URL base, String email, String password) {
        Http http = new Http(base, false);
        http.authorization = "Basic " + Base64.getEncoder().encodeToString((email + ":" + password).getBytes(StandardCharsets.UTF_8));
        return http;
    }

    public static Http bearer(URL base, String token) {
        Http http = new Http(base, false);
        http.authorization = "Bearer " + token;
        return http;
    }

    /** A browser-like session signed in through the login page. */
    public static Http signedIn(URL base, String email) {
        Http http = new Http(base, true);
        Answer answer = http.login(email, DEMO_PASSWORD);
        if (answer.status() != 302) {
            throw new AssertionError("Login of " + email + " failed: " + answer.status());
        }
        return http;
    }

    public static Http browser(URL base) {
        return new Http(base, true);
    }

    /** Submits the login form the way a browser does; a success answers 302 to the home page. */
    public Answer login(String email, String password) {
        Answer page = get("login.xhtml");
        Matcher viewState = VIEW_STATE.matcher(page.body());
        if (!viewState.find()) {
            throw new AssertionError("No view state on the login page: " + page.body());
        }
        Map<String, String> form = new LinkedHashMap<>();
        form.put("login-form", "login-form");
        form.put("login-form:email", email);
        form.put("login-form:password", password);
        form.put("login-form:submit", "");
        form.put("jakarta.faces.ViewState", viewState.group(1));
        String body = form.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        return send(request("login.xhtml").header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    public Answer get(String path) {
        return send(request(path).GET());
    }

    public Answer delete(String path) {
        return send(request(path).DELETE());
    }

    public Answer post(String path, String json) {
        return send(request(path).header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(json)));
    }

    public Answer put(String path, String json) {
        return send(request(path).header("Content-Type", "application/json").PUT(HttpRequest.BodyPublishers.ofString(json)));
    }

    public Answer patch(String path, String json) {
        return send(request(path).header("Content-Type", "application/json")
                .method("PATCH", HttpRequest.BodyPublishers.ofString(json)));
    }

    private HttpRequest.Builder request(String path) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(base.resolve(path.startsWith("/") ? path.substring(1) : path))
                .timeout(Duration.ofSeconds(60)).header("Accept", "application/json, text/html;q=0.9, */*;q=0.8");
        if (authorization != null) {
            builder.header("Authorization", authorization);
        }
        return builder;
    }

    private Answer send(HttpRequest.Builder request) {
        try {
            HttpResponse<String> response = client.send(request.build(), HttpResponse.BodyHandlers.ofString());
            return new Answer(response.statusCode(), response.body(), response.headers());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
