package uk.gov.signpost.model.fakes;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import uk.gov.signpost.model.LanguageModelContract.Scenario;

/**
 * A model provider on 127.0.0.1, on a port of its own, that answers from fixture files written in the provider's
 * real wire format (JSON bodies, and server-sent events sent event by event). Tests script what it answers next;
 * it records every request, and checks each one against the provider's protocol. A request that breaks the
 * protocol is refused as the provider would refuse it (400), and listed in {@link #violations()}.
 */
public abstract class FakeProvider implements AutoCloseable {

    protected static final JsonMapper JSON = JsonMapper.builder().build();

    private final String fixtures;
    private final HttpServer server;
    private final ExecutorService threads;
    private final Deque<Reply> script = new ConcurrentLinkedDeque<>();
    private final List<Received> received = new CopyOnWriteArrayList<>();
    private final List<String> violations = new CopyOnWriteArrayList<>();
    private volatile @Nullable Reply always;
    private volatile java.util.function.@Nullable Function<Received, Reply> responder;
    private volatile CountDownLatch release = new CountDownLatch(1);

    protected FakeProvider(String fixtures) {
        this.fixtures = fixtures;
        this.threads = Executors.newCachedThreadPool(task -> {
            Thread thread = new Thread(task, "fake-" + fixtures);
            thread.setDaemon(true);
            return thread;
        });
        try {
            this.server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.setExecutor(threads);
        server.createContext("/", this::handle);
        server.start();
    }

    /** Where it listens, with no path: {@code http://127.0.0.1:PORT}. */
    public String address() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    /** Answers the next request with this reply; replies queue up in order. */
    public FakeProvider then(Reply reply) {
        script.add(reply);
        return this;
    }

    /** Answers every request with this reply once the queue is empty. */
    public FakeProvider always(Reply reply) {
        this.always = reply;
        return this;
    }

    /**
     * Works out the answer to every request once the queue is empty, for a fake that behaves like a model
     * rather than replaying fixtures (the evaluation's fake Claude).
     */
    public FakeProvider answerWith(java.util.function.Function<Received, Reply> answer) {
        this.responder = answer;
        return this;
    }

    /** Arranges the answer of a contract scenario, from the fixture named after it. */
    public void given(Scenario scenario) {
        String name = scenario.name().toLowerCase(Locale.ROOT).replace('_', '-');
        switch (scenario) {
            case PLAIN_REPLY -> then(json(name + ".json"));
            case HANG -> then(Reply.hang());
            case STALLED_STREAM -> then(sse("streamed-reply.sse").stallingAfter(eventsBeforeTheFirstText() + 1));
            default -> then(sse(name + ".sse"));
        }
    }

    /** Arranges for every request to fail with this status and the provider's error body for it. */
    public void givenFails(int status) {
        always(error(status));
    }

    /** A 200 JSON reply from a fixture. */
    public Reply json(String fixture) {
        return Reply.json(200, read(fixture), Map.of());
    }

    /** A 200 event-stream reply from a fixture, sent one event at a time. */
    public Reply sse(String fixture) {
        return Reply.sse(read(fixture));
    }

    /** The provider's error reply for a status, from {@code error-STATUS.json} and its headers file if any. */
    public Reply error(int status) {
        String base = "error-" + status;
        Map<String, String> headers = new LinkedHashMap<>();
        String headerLines = readIfPresent(base + ".headers");
        if (headerLines != null) {
            for (String line : headerLines.split("\n")) {
                int colon = line.indexOf(':');
                if (colon > 0) {
                    headers.put(line.substring(0, colon).strip(), line.substring(colon + 1).strip());
                }
            }
        }
        return Reply.json(status, read(base + ".json"), headers);
    }

    /** Forgets the script and what it received, and lets any hanging reply finish. */
    public void reset() {
        script.clear();
        always = null;
        received.clear();
        violations.clear();
        CountDownLatch hanging = release;
        release = new CountDownLatch(1);
        hanging.countDown();
    }

    public List<Received> requests() {
        return List.copyOf(received);
    }

    public Received lastRequest() {
        if (received.isEmpty()) {
            throw new AssertionError("The fake " + fixtures + " server received no request");
        }
        return received.get(received.size() - 1);
    }

    /** Every way a request broke the provider's protocol, with the request's number. */
    public List<String> violations() {
        return List.copyOf(violations);
    }

    @Override
    public void close() {
        release.countDown();
        server.stop(0);
        threads.shutdownNow();
    }

    /** How many events of {@code streamed-reply.sse} come before its first piece of text. */
    protected abstract int eventsBeforeTheFirstText();

    /** Whether the request carries the right credentials; if not it gets the provider's 401. */
    protected abstract boolean authorised(Received request);

    /** Everything about the request that the provider would refuse or that Signpost must always send. */
    protected abstract List<String> check(Received request);

    /** The provider's own error reply. */
    protected abstract Reply refusal(int status, String message);

    private void handle(HttpExchange exchange) {
        CountDownLatch hangUntil = release;
        try {
            Received request = Received.from(exchange);
            received.add(request);
            Reply reply = answer(request);
            reply.send(exchange, hangUntil);
        } catch (IOException clientWentAway) {
            // The client timed out or cancelled: nothing to answer.
        } finally {
            exchange.close();
        }
    }

    private Reply answer(Received request) {
        if (!authorised(request)) {
            return refusal(401, "invalid x-api-key or bearer token");
        }
        List<String> problems = new ArrayList<>(check(request));
        Reply next = script.poll();
        java.util.function.Function<Received, Reply> answerer = responder;
        if (next == null && answerer != null && problems.isEmpty()) {
            next = answerer.apply(request);
        }
        if (next == null) {
            next = always;
        }
        if (next == null) {
            problems.add("no reply was scripted for this request");
        } else if (next.status() == 200 && !next.hangs() && next.streaming() != request.streaming()) {
            problems.add("stream=" + request.streaming() + " but the scripted reply "
                    + (next.streaming() ? "streams" : "does not stream"));
        }
        if (!problems.isEmpty()) {
            int number = received.size();
            problems.forEach(problem -> violations.add("request " + number + ": " + problem));
            return refusal(400, String.join("; ", problems));
        }
        return next;
    }

    private String read(String fixture) {
        String text = readIfPresent(fixture);
        if (text == null) {
            throw new IllegalArgumentException("No fixture fakes/" + fixtures + "/" + fixture);
        }
        return text;
    }

    private @Nullable String readIfPresent(String fixture) {
        try (InputStream in = FakeProvider.class.getResourceAsStream("/fakes/" + fixtures + "/" + fixture)) {
            return in == null ? null : new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** One request as the fake received it. */
    public record Received(String method, String path, Map<String, List<String>> headers, String body,
            @Nullable JsonNode json) {

        static Received from(HttpExchange exchange) throws IOException {
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            Map<String, List<String>> headers = new LinkedHashMap<>();
            exchange.getRequestHeaders().forEach((name, values) -> headers.put(name.toLowerCase(Locale.ROOT),
                    List.copyOf(values)));
            JsonNode json;
            try {
                json = JSON.readTree(body);
            } catch (RuntimeException notJson) {
                json = null;
            }
            return new Received(exchange.getRequestMethod(), exchange.getRequestURI().getPath(), headers, body, json);
        }

        public @Nullable String header(String name) {
            List<String> values = headers.get(name.toLowerCase(Locale.ROOT));
            return values == null || values.isEmpty() ? null : values.get(0);
        }

        public JsonNode json() {
            if (json == null) {
                throw new AssertionError("The request body was not JSON: " + body);
            }
            return json;
        }

        public boolean streaming() {
            return json != null && json.path("stream").asBoolean(false);
        }
    }

    /** What the fake answers. */
    public static final class Reply {

        private final int status;
        private final Map<String, String> headers;
        private final @Nullable String body;
        private final List<String> events;
        private final int stallAfter;

        private Reply(int status, Map<String, String> headers, @Nullable String body, List<String> events,
                int stallAfter) {
            this.status = status;
            this.headers = Map.copyOf(headers);
            this.body = body;
            this.events = List.copyOf(events);
            this.stallAfter = stallAfter;
        }

        public static Reply json(int status, String body, Map<String, String> headers) {
            return new Reply(status, headers, body, List.of(), -1);
        }

        /** Server-sent events, split on blank lines so that each goes out (and is flushed) on its own. */
        public static Reply sse(String stream) {
            List<String> events = new ArrayList<>();
            for (String event : stream.replace("\r\n", "\n").split("\n\n")) {
                if (!event.isBlank()) {
                    events.add(event.strip() + "\n\n");
                }
            }
            return new Reply(200, Map.of(), null, events, -1);
        }

        /** Accepts the request and never answers (until the test ends). */
        public static Reply hang() {
            return new Reply(200, Map.of(), null, List.of(), 0);
        }

        /** The same reply with one more header, such as {@code retry-after}. */
        public Reply withHeader(String name, String value) {
            Map<String, String> more = new LinkedHashMap<>(headers);
            more.put(name, value);
            return new Reply(status, more, body, events, stallAfter);
        }

        /** The same stream, stopping without a word after this many events. */
        public Reply stallingAfter(int count) {
            return new Reply(status, headers, body, events, count);
        }

        int status() {
            return status;
        }

        boolean streaming() {
            return body == null;
        }

        boolean hangs() {
            return body == null && events.isEmpty();
        }

        void send(HttpExchange exchange, CountDownLatch hangUntil) throws IOException {
            if (hangs()) {
                await(hangUntil);
                return;
            }
            headers.forEach((name, value) -> exchange.getResponseHeaders().add(name, value));
            if (body != null) {
                byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
                exchange.getResponseHeaders().set("Content-Type", "application/json");
                exchange.sendResponseHeaders(status, bytes.length);
                exchange.getResponseBody().write(bytes);
                return;
            }
            exchange.getResponseHeaders().set("Content-Type", "text/event-stream; charset=utf-8");
            exchange.getResponseHeaders().set("Cache-Control", "no-cache");
            exchange.sendResponseHeaders(status, 0);
            OutputStream out = exchange.getResponseBody();
            for (int i = 0; i < events.size(); i++) {
                if (i == stallAfter) {
                    await(hangUntil);
                    return;
                }
                out.write(events.get(i).getBytes(StandardCharsets.UTF_8));
                out.flush();
            }
        }

        private static void await(CountDownLatch hangUntil) {
            try {
                hangUntil.await(5, TimeUnit.MINUTES);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
