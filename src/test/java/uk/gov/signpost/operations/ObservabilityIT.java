package uk.gov.signpost.operations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.sun.net.httpserver.HttpServer;
import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.sdk.testing.exporter.InMemorySpanExporter;
import io.opentelemetry.sdk.trace.data.SpanData;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.test.annotation.DirtiesContext;
import org.yaml.snakeyaml.Yaml;
import uk.gov.signpost.support.ApiClient;
import uk.gov.signpost.support.SignpostIntegrationTest;

/**
 * Traces, metrics and logs across instances: a turn's spans (turn, model call, tools, database) with ids and
 * measurements but never the message text; export over OTLP/HTTP to a collector named by the standard
 * {@code OTEL_EXPORTER_OTLP_ENDPOINT}; the {@code instance} label on every metric; the trace id in log lines; and
 * every metric the alert rules in {@code deploy/prometheus} use.
 */
@SignpostIntegrationTest(properties = {
        "SIGNPOST_INSTANCE_ID=observability-it-1",
        "SIGNPOST_LOG_FORMAT=logstash",
        "SIGNPOST_TRACE_SAMPLING=1.0",
        "management.opentelemetry.tracing.export.schedule-delay=100ms"})
@ExtendWith(OutputCaptureExtension.class)
// Closed afterwards: its exporter points at this class's collector, which stops with it.
@DirtiesContext
class ObservabilityIT {

    /** Words that appear only in the message the test sends, so that any copy of it in a span is found. */
    private static final String MARKER = "Quillfeather";
    private static final String TEXT = "I have just been made redundant from " + MARKER + " Ltd and need a new job";

    private static final List<byte[]> collected = new CopyOnWriteArrayList<>();
    private static final HttpServer collector = startCollector();

    @LocalServerPort
    int port;

    @Autowired
    InMemorySpanExporter spans;

    @TestConfiguration
    static class InMemorySpans {
        @Bean
        InMemorySpanExporter inMemorySpanExporter() {
            return InMemorySpanExporter.create();
        }
    }

    /** A fake OTLP/HTTP collector on loopback, named by the standard variable before the application starts. */
    private static HttpServer startCollector() {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
            server.createContext("/v1/traces", exchange -> {
                collected.add(exchange.getRequestBody().readAllBytes());
                exchange.sendResponseHeaders(200, -1);
                exchange.close();
            });
            server.start();
            System.setProperty("OTEL_EXPORTER_OTLP_ENDPOINT", "http://127.0.0.1:" + server.getAddress().getPort());
            return server;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @AfterAll
    static void stopCollector() {
        System.clearProperty("OTEL_EXPORTER_OTLP_ENDPOINT");
        collector.stop(0);
    }

    @Test
    void a_turn_has_spans_for_the_turn_the_model_call_tools_and_the_database_and_none_carries_text(
            CapturedOutput output) {
        ApiClient api = new ApiClient(port);
        ApiClient.Started conversation = api.start();
        spans.reset();
        assertThat(api.say(conversation, TEXT).status()).isEqualTo(200);

        SpanData turn = await().atMost(Duration.ofSeconds(20)).until(() -> spans.getFinishedSpanItems().stream()
                .filter(s -> s.getName().equals("signpost.turn")).findFirst().orElse(null), s -> s != null);
        List<SpanData> trace = await().atMost(Duration.ofSeconds(20)).until(() -> spans.getFinishedSpanItems()
                .stream().filter(s -> s.getTraceId().equals(turn.getTraceId())).toList(),
                t -> t.stream().anyMatch(s -> s.getName().startsWith("signpost.tool")));

        assertThat(turn.getAttributes().get(AttributeKey.stringKey("signpost.conversation.id")))
                .isEqualTo(conversation.id());
        assertThat(turn.getAttributes().get(AttributeKey.stringKey("signpost.model"))).isEqualTo("offline");
        assertThat(trace).extracting(SpanData::getName).contains("signpost.model.call");
        SpanData model = trace.stream().filter(s -> s.getName().equals("signpost.model.call")).findFirst().orElseThrow();
        assertThat(model.getAttributes().get(AttributeKey.stringKey("signpost.tokens.input"))).isNotNull();
        assertThat(trace).anySatisfy(s -> assertThat(s.getAttributes().asMap().keySet())
                .anyMatch(k -> k.getKey().startsWith("jdbc")));
        for (SpanData span : spans.getFinishedSpanItems()) {
            span.getAttributes().forEach((key, value) -> assertThat(String.valueOf(value))
                    .as("%s %s", span.getName(), key).doesNotContain(MARKER).doesNotContain("redundant"));
            assertThat(span.getName()).doesNotContain(MARKER);
        }

        // The turn's log line carries its trace id (Micrometer puts it in the MDC; the JSON format writes it out).
        assertThat(output.getAll().lines().filter(l -> l.contains("event=turn_completed")
                && l.contains(conversation.id()))).anyMatch(l -> l.contains(turn.getTraceId()));
        assertThat(output.getAll()).doesNotContain(MARKER);

        // The same spans went over OTLP/HTTP (protobuf) to the fake collector.
        await().atMost(Duration.ofSeconds(20)).until(() -> collected.stream()
                .anyMatch(body -> new String(body, StandardCharsets.ISO_8859_1).contains("signpost.turn")));
        assertThat(collected).noneMatch(body -> new String(body, StandardCharsets.ISO_8859_1).contains(MARKER));
    }

    @Test
    void every_metric_carries_the_instance_label() {
        ApiClient api = new ApiClient(port);
        api.say(api.start(), "hello");
        String metrics = api.get("/actuator/prometheus").body();
        List<String> series = metrics.lines().filter(l -> !l.startsWith("#") && !l.isBlank()).toList();
        assertThat(series).isNotEmpty()
                .allSatisfy(line -> assertThat(line).contains("instance=\"observability-it-1\""));
    }

    @Test
    void every_metric_an_alert_rule_uses_is_exported() throws IOException {
        ApiClient api = new ApiClient(port);
        api.say(api.start(), "hello");
        String metrics = api.get("/actuator/prometheus").body();
        Set<String> exported = new TreeSet<>();
        metrics.lines().filter(l -> !l.startsWith("#") && !l.isBlank())
                .forEach(l -> exported.add(l.split("[{ ]", 2)[0]));

        Map<String, Object> rules = new Yaml().load(Files.readString(Path.of("deploy/prometheus/signpost-alerts.yaml")));
        List<?> groups = (List<?>) rules.get("groups");
        assertThat(groups).isNotEmpty();
        Set<String> used = new TreeSet<>();
        for (Object group : groups) {
            for (Object rule : (List<?>) ((Map<?, ?>) group).get("rules")) {
                Map<?, ?> r = (Map<?, ?>) rule;
                assertThat(r.get("alert")).as("every rule is an alert with a name").isNotNull();
                assertThat(((Map<?, ?>) r.get("annotations")).get("runbook_url")).asString()
                        .contains("docs/runbook.md#");
                Matcher names = Pattern.compile("\\b(signpost_[a-z_]+|http_server_[a-z_]+|hikaricp_[a-z_]+|jvm_[a-z_]+"
                        + "|process_[a-z_]+|executor_[a-z_]+)\\b").matcher(String.valueOf(r.get("expr")));
                while (names.find()) {
                    used.add(names.group(1));
                }
            }
        }
        assertThat(used).isNotEmpty();
        assertThat(exported).containsAll(used);
    }
}
