package uk.gov.signpost.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.simple.JdbcClient;
import uk.gov.signpost.agent.ConversationTurns;
import uk.gov.signpost.agent.TurnCommand;
import uk.gov.signpost.agent.TurnListener;
import uk.gov.signpost.conversation.Conversation;
import uk.gov.signpost.conversation.Conversations;
import uk.gov.signpost.conversation.MessageText;
import uk.gov.signpost.conversation.OwnerId;
import uk.gov.signpost.model.Models;
import uk.gov.signpost.support.ApiClient;
import uk.gov.signpost.support.SignpostIntegrationTest;

/**
 * The agent runtime's figures for docs/benchmarks.md: overhead per turn, model calls per turn, prompt growth,
 * and concurrent streaming. Not part of the normal build (tag "benchmark"); run with
 * {@code ./mvnw verify -Dexcluded.groups= -Dit.test=AgentBenchmarkIT -Dtest=None -Dsurefire.failIfNoSpecifiedTests=false}.
 * Results go to {@code target/benchmarks/agent.md}. It asserts only that nothing failed, never on time.
 */
@Tag("benchmark")
@SignpostIntegrationTest(properties = {
        "signpost.model.provider=bench",
        "signpost.rate-limit.messages-per-minute=100000",
        "signpost.rate-limit.sessions-per-minute-per-address=100000",
        "signpost.streaming.max-concurrent-turns=1100",
        "signpost.model.offline.stream-chunk-delay=0s",
        "signpost.database.pool-size=20",
        "logging.level.uk.gov.signpost=WARN"})
class AgentBenchmarkIT {

    /** A realistic 20-turn conversation: redundancy, the support check, training, a person, jobs, pay. */
    static final List<String> SCRIPT = List.of(
            "hello",
            "I've just been made redundant from my job at the warehouse",
            "how much redundancy pay will I get?",
            "I want to check what support I can get",
            "I live in Leeds",
            "I'm 45",
            "no",
            "no",
            "no",
            "yes, two kids aged 8 and 12",
            "no",
            "no",
            "Less than £16,000",
            "what training could I do?",
            "I'd like to talk to someone",
            "yes",
            "thanks",
            "are there admin jobs near LS1?",
            "is my pay below minimum wage if I get £9 an hour?",
            "bye");

    @LocalServerPort
    int port;

    @Autowired
    ConversationTurns turns;

    @Autowired
    Conversations conversations;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    BenchModel model;

    @Test
    void measure() throws Exception {
        StringBuilder report = new StringBuilder("# Agent runtime benchmark\n\n");
        report.append("Machine: ").append(Runtime.getRuntime().availableProcessors()).append(" cores, Java ")
                .append(System.getProperty("java.version")).append(", load average at start ")
                .append(loadAverage()).append(".\n\n");
        overheadAndCalls(report);
        streaming(report, 1000);
        Path out = Path.of("target", "benchmarks", "agent.md");
        Files.createDirectories(out.getParent());
        Files.writeString(out, report.toString());
        System.out.println(report);
    }

    private void overheadAndCalls(StringBuilder report) {
        model.latency(Duration.ZERO);
        int warmups = 50;
        int conversationsRun = 50;
        List<UUID> measured = new ArrayList<>();
        for (int c = 0; c < warmups + conversationsRun; c++) {
            OwnerId owner = new OwnerId(UUID.randomUUID());
            Conversation conversation = conversations.start(owner);
            for (String line : SCRIPT) {
                turns.take(new TurnCommand(conversation.id(), owner, new MessageText(line)), TurnListener.NONE);
            }
            if (c >= warmups) {
                measured.add(conversation.id().value());
            }
        }
        UUID[] ids = measured.toArray(UUID[]::new);
        List<Long> overhead = jdbc.sql("select overhead_micros from turn_trace where conversation_id = any(?)"
                + " order by overhead_micros").param(ids).query(Long.class).list();
        double calls = jdbc.sql("select avg(model_calls) from turn_trace where conversation_id = any(?)")
                .param(ids).query(Double.class).single();
        List<Long> promptByTurn = jdbc.sql("select avg(input_tokens)::bigint from (select input_tokens, row_number()"
                        + " over (partition by conversation_id order by started_at) as n from turn_trace"
                        + " where conversation_id = any(?)) t group by n order by n")
                .param(ids).query(Long.class).list();
        report.append("## Overhead and model calls\n\n")
                .append(String.format(Locale.ROOT, "%d conversations of %d turns (%d turns), offline decisions,"
                        + " model answering instantly.%n%n", ids.length, SCRIPT.size(), overhead.size()))
                .append("| Figure | Value |\n|---|---|\n")
                .append(String.format(Locale.ROOT, "| Agent overhead per turn, p50 | %.2f ms |%n", pct(overhead, 50) / 1000.0))
                .append(String.format(Locale.ROOT, "| Agent overhead per turn, p99 | %.2f ms |%n", pct(overhead, 99) / 1000.0))
                .append(String.format(Locale.ROOT, "| Model calls per turn (mean) | %.2f |%n", calls))
                .append(String.format(Locale.ROOT, "| Prompt tokens at turn 1 (estimated) | %d |%n", promptByTurn.get(0)))
                .append(String.format(Locale.ROOT, "| Prompt tokens at turn 20 (estimated) | %d |%n%n",
                        promptByTurn.get(promptByTurn.size() - 1)))
                .append("Prompt tokens per turn, 1 to 20: ").append(promptByTurn).append("\n\n");
        List<String> byStep = jdbc.sql("select n || ' (' || tools || '; ' || string_agg(distinct outcome, ', ')"
                        + " || '): p50 ' || round((percentile_cont(0.5) within"
                        + " group (order by overhead_micros) / 1000)::numeric, 2) || ' ms, max '"
                        + " || round((max(overhead_micros) / 1000.0)::numeric, 2) || ' ms; in tool steps p50 '"
                        + " || round((percentile_cont(0.5) within group (order by tool_micros) / 1000)::numeric, 2)"
                        + " || ' ms; over 20 ms: ' || count(*) filter (where overhead_micros > 20000)"
                        + " from (select overhead_micros, outcome, row_number() over (partition by conversation_id"
                        + " order by started_at) as n, (select coalesce(sum((s ->> 'micros')::bigint), 0) from"
                        + " jsonb_array_elements(steps) s where s ->> 'kind' = 'tool') as tool_micros,"
                        + " (select coalesce(string_agg(s ->> 'tool', ' '), '') from jsonb_array_elements(steps) s"
                        + " where s ->> 'kind' = 'tool') as tools from turn_trace where conversation_id = any(?)) t"
                        + " group by n, tools order by n")
                .param(ids).query(String.class).list();
        long over = overhead.stream().filter(micros -> micros > 20_000).count();
        report.append(String.format(Locale.ROOT, "Turns over 20 ms: %d of %d.%n%n", over, overhead.size()));
        report.append("Overhead by turn of the script (turn (tools and commands run; outcome): p50, max; time inside"
                + " those steps; turns over 20 ms):\n\n");
        byStep.forEach(line -> report.append("- ").append(line).append('\n'));
        report.append('\n');
    }

    private void streaming(StringBuilder report, int concurrent) throws Exception {
        model.latency(Duration.ofSeconds(3));
        ApiClient api = new ApiClient(port);
        List<ApiClient.Started> started = new ArrayList<>();
        for (int i = 0; i < concurrent; i++) {
            started.add(api.start());
        }
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(30)).build();
        AtomicInteger ok = new AtomicInteger();
        AtomicInteger failed = new AtomicInteger();
        long begin = System.nanoTime();
        List<CompletableFuture<Void>> all = new ArrayList<>();
        for (ApiClient.Started conversation : started) {
            HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port
                            + "/api/v1/conversations/" + conversation.id() + "/messages"))
                    .header("Authorization", "Bearer " + conversation.token())
                    .header("Content-Type", "application/json")
                    .header("Accept", "text/event-stream")
                    .timeout(Duration.ofSeconds(120))
                    .POST(HttpRequest.BodyPublishers.ofString("{\"text\":\"I have been made redundant\"}"))
                    .build();
            all.add(http.sendAsync(request, HttpResponse.BodyHandlers.ofString()).handle((response, error) -> {
                if (error == null && response.statusCode() == 200 && response.body().contains("event:reply")) {
                    ok.incrementAndGet();
                } else {
                    failed.incrementAndGet();
                }
                return null;
            }));
        }
        CompletableFuture.allOf(all.toArray(CompletableFuture[]::new)).join();
        double seconds = (System.nanoTime() - begin) / 1e9;
        report.append("## Concurrent streaming\n\n")
                .append(String.format(Locale.ROOT, "%d conversations each stream one reply at the same time; the"
                        + " model takes 3 s per reply.%n%n", concurrent))
                .append("| Figure | Value |\n|---|---|\n")
                .append(String.format(Locale.ROOT, "| Streams completed with a reply | %d |%n", ok.get()))
                .append(String.format(Locale.ROOT, "| Streams failed | %d |%n", failed.get()))
                .append(String.format(Locale.ROOT, "| Wall time for all of them | %.1f s |%n%n", seconds));
        assertThat(failed.get()).as("streams that failed").isZero();
    }

    /** Other work on the machine skews the figures; the report says how busy it was. */
    private static String loadAverage() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).split(" ")[0];
        } catch (java.io.IOException | RuntimeException e) {
            return "unknown";
        }
    }

    private static long pct(List<Long> sorted, int percentile) {
        int index = (int) Math.ceil(percentile / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(0, Math.min(sorted.size() - 1, index)));
    }

    @TestConfiguration
    static class Bench {
        @Bean
        BenchModel benchModel(org.springframework.beans.factory.ObjectProvider<Models> models) {
            return new BenchModel(models);
        }
    }
}
