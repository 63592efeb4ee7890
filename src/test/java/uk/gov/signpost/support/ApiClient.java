package uk.gov.signpost.support;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** A small real-HTTP client for the API, so tests go through Tomcat exactly as clients do. */
public final class ApiClient {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final HttpClient http = HttpClient.newHttpClient();
    private final String base;

    public ApiClient(int port) {
        this.base = "http://localhost:" + port;
    }

    public Response post(String path, String body, String... headers) {
        return send(HttpRequest.newBuilder(URI.create(base + path))
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))
                .header("Content-Type", "application/json"), csrf(headers));
    }

    public Response postBytes(String path, byte[] body, String... headers) {
        return send(HttpRequest.newBuilder(URI.create(base + path))
                .POST(HttpRequest.BodyPublishers.ofByteArray(body))
                .header("Content-Type", "application/json"), csrf(headers));
    }

    /** Posts a form as a browser does with JavaScript off; {@code body} is already URL-encoded. */
    public Response postForm(String path, String body, String... headers) {
        return send(HttpRequest.newBuilder(URI.create(base + path))
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))
                .header("Content-Type", "application/x-www-form-urlencoded"), csrf(headers));
    }

    public Response get(String path, String... headers) {
        return send(HttpRequest.newBuilder(URI.create(base + path)).GET(), headers);
    }

    public Response put(String path, String body, String... headers) {
        return send(HttpRequest.newBuilder(URI.create(base + path))
                .PUT(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))
                .header("Content-Type", "application/json"), csrf(headers));
    }

    public Response patch(String path, String body, String... headers) {
        return send(HttpRequest.newBuilder(URI.create(base + path))
                .method("PATCH", HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))
                .header("Content-Type", "application/json"), csrf(headers));
    }

    public Response delete(String path, String... headers) {
        return send(HttpRequest.newBuilder(URI.create(base + path)).DELETE(), csrf(headers));
    }

    /**
     * A request that changes something carries a CSRF token as a page's form or script does: the {@code XSRF-TOKEN}
     * cookie and the same value in {@code X-XSRF-TOKEN} (double submit). Bearer-token API calls do not need it, and
     * it does them no harm. A test of CSRF refusal passes its own {@code X-XSRF-TOKEN} (or uses another client).
     */
    static String[] csrf(String... headers) {
        java.util.List<String> out = new java.util.ArrayList<>();
        boolean cookie = false;
        for (int i = 0; i + 1 < headers.length; i += 2) {
            if (headers[i].equalsIgnoreCase("X-XSRF-TOKEN")) {
                return headers;
            }
            if (headers[i].equalsIgnoreCase("Cookie")) {
                out.add(headers[i]);
                out.add(headers[i + 1] + "; XSRF-TOKEN=" + TEST_CSRF);
                cookie = true;
            } else {
                out.add(headers[i]);
                out.add(headers[i + 1]);
            }
        }
        if (!cookie) {
            out.add("Cookie");
            out.add("XSRF-TOKEN=" + TEST_CSRF);
        }
        out.add("X-XSRF-TOKEN");
        out.add(TEST_CSRF);
        return out.toArray(String[]::new);
    }

    private static final String TEST_CSRF = "api-client-test-csrf-token";

    /** Starts a conversation with no credentials and returns it with its session's token. */
    public Started start() {
        Response response = post("/api/v1/conversations", "");
        if (response.status() != 201) {
            throw new IllegalStateException("Could not start a conversation: " + response);
        }
        return new Started(response.json().get("id").asString(), response.json().get("token").asString());
    }

    public Response say(Started conversation, String text) {
        return post("/api/v1/conversations/" + conversation.id() + "/messages",
                JSON.writeValueAsString(java.util.Map.of("text", text)), conversation.auth());
    }

    private Response send(HttpRequest.Builder builder, String... headers) {
        for (int i = 0; i + 1 < headers.length; i += 2) {
            builder.header(headers[i], headers[i + 1]);
        }
        try {
            HttpResponse<String> response = http.send(builder.build(), HttpResponse.BodyHandlers.ofString());
            return new Response(response.statusCode(), response.body(), response.headers());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** The catalogue keys of a reply's signposts, in order. */
    public static java.util.List<String> keys(JsonNode signposts) {
        java.util.List<String> keys = new java.util.ArrayList<>();
        signposts.forEach(s -> keys.add(s.get("key").asString()));
        return keys;
    }

    public record Started(String id, String token) {
        public String[] auth() {
            return new String[] {"Authorization", "Bearer " + token};
        }
    }

    public record Response(int status, String body, java.net.http.HttpHeaders headers) {
        public JsonNode json() {
            return JSON.readTree(body);
        }

        public String header(String name) {
            return headers.firstValue(name).orElse(null);
        }
    }
}
