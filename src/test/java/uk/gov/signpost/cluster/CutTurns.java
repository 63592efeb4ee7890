package uk.gov.signpost.cluster;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Turns that are sure to be cut off by the {@code kill -9}: people on their own conversations send a message straight
 * to the instance about to die, which is killed while it is answering them. Each person then sends the same message
 * again, with the same {@code Idempotency-Key}, through nginx, as a real client would after a dropped connection.
 * The turns go into the citizens' log, so every check (lost, stored twice, more than one reply, reads back) covers
 * them. How many were stored without a reply when the instance died is counted, for the report.
 */
final class CutTurns {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String TEXT = "I have just been made redundant";
    /** How long to wait at most for the messages to be stored before the kill. */
    private static final Duration STORED_WITHIN = Duration.ofSeconds(5);

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2))
            .version(HttpClient.Version.HTTP_1_1).build();
    private final ExecutorService retries = Executors.newCachedThreadPool();
    private final List<Started> started = new ArrayList<>();
    private int storedWithoutReply = -1;

    private record Started(String conversation, String token, String key) {}

    /**
     * Starts {@code count} conversations on the instance, sends each one message there without waiting for the reply,
     * and returns as soon as the messages are stored (the offline model takes 300 ms to reply, so most turns are
     * then still running), for the caller to kill the instance.
     */
    void send(Cluster cluster, int instance, int count, String databaseUrl) throws Exception {
        String base = "http://127.0.0.1:" + cluster.port(instance);
        for (int i = 0; i < count; i++) {
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(base
                            + "/api/v1/conversations")).timeout(Duration.ofSeconds(30))
                    .POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 201) {
                throw new IllegalStateException("could not start a conversation on instance " + instance + ": "
                        + response.statusCode());
            }
            JsonNode created = JSON.readTree(response.body());
            started.add(new Started(created.get("id").asString(), created.get("token").asString(),
                    UUID.randomUUID().toString()));
        }
        for (Started turn : started) {
            http.sendAsync(HttpRequest.newBuilder(URI.create(base + "/api/v1/conversations/" + turn.conversation()
                            + "/messages")).timeout(Duration.ofSeconds(60))
                    .header("Authorization", "Bearer " + turn.token()).header("Content-Type", "application/json")
                    .header("Accept", "application/json").header("Idempotency-Key", turn.key())
                    .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(java.util.Map.of("text", TEXT))))
                    .build(), HttpResponse.BodyHandlers.discarding());
        }
        long deadline = System.nanoTime() + STORED_WITHIN.toNanos();
        while (stored(databaseUrl, "") < started.size() && System.nanoTime() < deadline) {
            Thread.sleep(10);
        }
    }

    /** How many of the messages are stored, with {@code condition} (SQL on the message {@code m}) added. */
    private int stored(String databaseUrl, String condition) throws SQLException {
        int count = 0;
        try (Connection c = DriverManager.getConnection(databaseUrl, "postgres", "");
                PreparedStatement s = c.prepareStatement("select count(*) from message m where m.role = 'user'"
                        + " and m.client_message_id = ?" + condition)) {
            for (Started turn : started) {
                s.setString(1, turn.key());
                try (ResultSet rs = s.executeQuery()) {
                    rs.next();
                    count += rs.getInt(1);
                }
            }
        }
        return count;
    }

    /**
     * After the kill: counts the messages stored without a reply, then has each person send theirs again through
     * nginx, in the background, logging the turns as the citizens' own.
     */
    void resend(String databaseUrl, String balancer, AtomicBoolean stop, Citizen.Log log) throws SQLException {
        storedWithoutReply = stored(databaseUrl,
                " and not exists (select 1 from message r where r.reply_to = m.id)");
        for (Started turn : started) {
            List<Citizen.Turn> turns = new ArrayList<>();
            log.conversations.add(new Citizen.Conversation(turn.conversation(), turn.token(), turns));
            Citizen citizen = new Citizen(http, balancer, -1, stop, log);
            retries.submit(() -> {
                Citizen.Turn answered = citizen.say(turn.conversation(), turn.token(), TEXT, 0, turn.key());
                synchronized (turns) {
                    turns.add(answered);
                }
                return answered;
            });
        }
        retries.shutdown();
    }

    /** Waits for every resent turn to be answered or given up on. */
    void await() throws InterruptedException {
        retries.shutdown();
        retries.awaitTermination(5, TimeUnit.MINUTES);
    }

    int sent() {
        return started.size();
    }

    /** Messages the killed instance had stored and not yet answered when it died; -1 before the kill. */
    int storedWithoutReply() {
        return storedWithoutReply;
    }
}
