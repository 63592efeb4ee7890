package uk.gov.signpost.employment.internal.guidance;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A stand-in for the GOV.UK Content API on 127.0.0.1: it answers {@code /api/content<base path>} with the JSON or
 * status it was given, and 404 with GOV.UK's error shape for anything else. Close it after use.
 */
final class FakeContentApi implements AutoCloseable {

    private final HttpServer server;
    private final Map<String, Response> responses = new ConcurrentHashMap<>();
    private final List<String> requested = new CopyOnWriteArrayList<>();

    FakeContentApi() {
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext("/api/content", exchange -> {
            String basePath = exchange.getRequestURI().getRawPath().substring("/api/content".length());
            requested.add(basePath);
            Response response = responses.getOrDefault(basePath, new Response(404,
                    "{\"error\":{\"code\":\"404\",\"message\":\"Could not find content item with base_path " + basePath
                            + "\"}}"));
            byte[] body = response.body().getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json; charset=utf-8");
            exchange.sendResponseHeaders(response.status(), body.length == 0 ? -1 : body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        });
        server.start();
    }

    /** Serves a fixture from {@code src/test/resources/content-api/} at its base path. */
    FakeContentApi serve(String basePath, String fixture) {
        responses.put(basePath, new Response(200, fixture(fixture)));
        return this;
    }

    FakeContentApi serveJson(String basePath, String json) {
        responses.put(basePath, new Response(200, json));
        return this;
    }

    FakeContentApi fail(String basePath, int status) {
        responses.put(basePath, new Response(status, status >= 500 ? "<html>Service unavailable</html>" : ""));
        return this;
    }

    URI baseUrl() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/api/content");
    }

    List<String> requested() {
        return List.copyOf(requested);
    }

    static String fixture(String name) {
        try (InputStream in = FakeContentApi.class.getResourceAsStream("/content-api/" + name)) {
            if (in == null) {
                throw new IllegalArgumentException("no fixture " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }

    private record Response(int status, String body) {}
}
