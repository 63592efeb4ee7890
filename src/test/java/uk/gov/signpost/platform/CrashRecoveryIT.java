package uk.gov.signpost.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import uk.gov.signpost.support.ApiClient;
import uk.gov.signpost.support.ApiClient.Started;

/**
 * The packaged application, started as a newcomer starts it (embedded PostgreSQL under a data folder), is killed
 * with {@code kill -9} in the middle of a turn. After a restart on the same folder the conversation and the
 * person's message are still there, and the unfinished turn can be answered.
 */
class CrashRecoveryIT {

    private static final String MESSAGE = "I've just been made redundant from the warehouse in Leeds";

    private Process running;
    private Path dataDir;

    @AfterEach
    void stop() throws Exception {
        if (running != null && running.isAlive()) {
            running.destroy();
            running.waitFor(60, TimeUnit.SECONDS);
        }
        if (dataDir != null) {
            try (var files = Files.walk(dataDir)) {
                files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    @Test
    void a_message_survives_kill_minus_nine_mid_turn_and_the_turn_can_be_finished() throws Exception {
        dataDir = Files.createTempDirectory("signpost-crash");
        Path log = dataDir.resolve("signpost.log");
        int port = freePort();
        ApiClient api = new ApiClient(port);

        running = start(dataDir, port, "60s", log);
        Started conversation = api.start();
        CompletableFuture<ApiClient.Response> turn = CompletableFuture.supplyAsync(() -> api.say(conversation, MESSAGE));
        awaitStoredMessage(api, conversation);

        running.destroyForcibly();
        assertThat(running.waitFor(30, TimeUnit.SECONDS)).isTrue();
        assertThat(running.exitValue()).as("128 + SIGKILL: nothing was shut down").isEqualTo(137);
        assertThat(turn.handle((response, error) -> response == null || response.status() != 200).get()).isTrue();

        running = start(dataDir, port, "0s", log);
        JsonNode history = history(api, conversation);
        assertThat(history.get("messages")).hasSize(1);
        assertThat(history.get("messages").get(0).get("text").asString()).isEqualTo(MESSAGE);
        assertThat(history.get("awaiting_reply").asBoolean()).isTrue();

        ApiClient.Response retried = api.post("/api/v1/conversations/" + conversation.id() + "/retry", "",
                conversation.auth());
        assertThat(retried.status()).isEqualTo(200);
        assertThat(ApiClient.keys(retried.json().get("reply").get("signposts"))).contains("redundancy_support");
        assertThat(history(api, conversation).get("messages")).hasSize(2);

        assertThat(Files.readString(log)).as("logs carry ids, never message text")
                .doesNotContain("warehouse").contains("event=turn_completed");
    }

    private Process start(Path dataDir, int port, String latency, Path log) throws Exception {
        String java = ProcessHandle.current().info().command().orElse("java");
        ProcessBuilder builder = new ProcessBuilder(java, "-Xmx768m", "--enable-native-access=ALL-UNNAMED",
                "-jar", System.getProperty("signpost.test.jar"))
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
        builder.environment().put("SIGNPOST_DATA_DIR", dataDir.toString());
        builder.environment().put("PORT", Integer.toString(port));
        builder.environment().put("SIGNPOST_OFFLINE_SIMULATED_LATENCY", latency);
        builder.environment().remove("DATABASE_URL");
        Process process = builder.start();
        awaitHealthy(new ApiClient(port), process);
        return process;
    }

    private static void awaitHealthy(ApiClient api, Process process) throws InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(120));
        while (Instant.now().isBefore(deadline)) {
            assertThat(process.isAlive()).as("the application exited during start-up").isTrue();
            try {
                if (api.get("/actuator/health").status() == 200) {
                    return;
                }
            } catch (RuntimeException notYet) {
                // Not listening yet.
            }
            Thread.sleep(250);
        }
        throw new AssertionError("Signpost did not become healthy in 120 seconds");
    }

    private static void awaitStoredMessage(ApiClient api, Started conversation) throws InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
        while (Instant.now().isBefore(deadline)) {
            if (history(api, conversation).get("messages").size() == 1) {
                return;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("The message was not stored");
    }

    private static JsonNode history(ApiClient api, Started conversation) {
        return api.get("/api/v1/conversations/" + conversation.id() + "/messages", conversation.auth()).json();
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
