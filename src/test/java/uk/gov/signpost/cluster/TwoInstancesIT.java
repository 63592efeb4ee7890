package uk.gov.signpost.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.simple.JdbcClient;
import uk.gov.signpost.conversation.ClientMessageId;
import uk.gov.signpost.conversation.ConversationId;
import uk.gov.signpost.conversation.Conversations;
import uk.gov.signpost.conversation.MessageText;
import uk.gov.signpost.conversation.OwnerId;
import uk.gov.signpost.platform.InstanceLiveness;
import uk.gov.signpost.support.ApiClient;
import uk.gov.signpost.support.ApiClient.Response;
import uk.gov.signpost.support.ApiClient.Started;
import uk.gov.signpost.support.SignpostInstance;
import uk.gov.signpost.support.SignpostIntegrationTest;

/**
 * Two instances of the whole application (this test's, "A", and a second one started here, "B", whose offline
 * model takes two seconds a reply) on one PostgreSQL database, as behind a load balancer with no sticky sessions.
 */
@SignpostIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TwoInstancesIT {


    @LocalServerPort
    int port;

    @Autowired
    Environment environment;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Conversations conversations;

    ConfigurableApplicationContext second;
    ApiClient a;
    ApiClient b;

    @BeforeAll
    void startSecondInstance() {
        second = startInstance("2s");
    }

    @AfterAll
    void stopSecondInstance() {
        if (second != null) {
            second.close();
        }
    }

    @BeforeEach
    void clients() {
        a = new ApiClient(port);
        b = new ApiClient(portOf(second));
    }

    @Test
    void the_same_message_sent_eight_times_at_once_to_two_instances_is_stored_once_and_answered_once()
            throws Exception {
        Started conversation = a.start();
        String body = "{\"text\":\"I have just been made redundant\"}";
        String key = UUID.randomUUID().toString();
        CountDownLatch go = new CountDownLatch(1);
        List<Future<Response>> sent = new ArrayList<>();
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            for (int i = 0; i < 8; i++) {
                ApiClient to = i % 2 == 0 ? a : b;
                sent.add(pool.submit(() -> {
                    go.await();
                    return to.post(path(conversation), body, "Authorization", "Bearer " + conversation.token(),
                            "Idempotency-Key", key);
                }));
            }
            go.countDown();
            Set<String> replies = new HashSet<>();
            Set<String> messages = new HashSet<>();
            for (Future<Response> future : sent) {
                Response response = future.get();
                assertThat(response.status()).as(response.body()).isEqualTo(200);
                replies.add(response.json().get("reply").get("id").asString());
                messages.add(response.json().get("message_id").asString());
            }
            assertThat(replies).hasSize(1);
            assertThat(messages).hasSize(1);
        } finally {
            pool.shutdownNow();
        }
        assertThat(history(b, conversation).get("messages")).hasSize(2);
        assertThat(history(a, conversation).get("messages")).hasSize(2);
    }

    @Test
    void a_retry_waits_while_a_live_instance_answers_and_answers_itself_once_that_instance_has_died()
            throws Exception {
        Started conversation = a.start();
        ConversationId id = ConversationId.parse(conversation.id()).orElseThrow();
        OwnerId owner = new OwnerId(jdbc.sql("select owner_id from conversation where id = ?").param(id.value())
                .query(UUID.class).single());
        String key = "retry-" + UUID.randomUUID();
        UUID stored = conversations.receive(id, owner, new MessageText("I have just been made redundant"),
                ClientMessageId.of(key), Duration.ofHours(1)).message().id();
        try (Connection otherInstance = DriverManager.getConnection(
                environment.getProperty("signpost.database.url"), environment.getProperty("signpost.database.user"),
                "")) {
            // An instance that is alive and holds the claim: it keeps its advisory lock on a connection of its own.
            try (PreparedStatement lock = otherInstance.prepareStatement("select pg_advisory_lock(?, 777)")) {
                lock.setInt(1, InstanceLiveness.NAMESPACE);
                lock.execute();
            }
            jdbc.sql("update message set reply_claimed_by = 777 where id = ?").param(stored).update();

            Response waiting = b.post(path(conversation), "{\"text\":\"I have just been made redundant\"}",
                    "Authorization", "Bearer " + conversation.token(), "Idempotency-Key", key);

            assertThat(waiting.status()).isEqualTo(409);
            assertThat(waiting.json().get("code").asString()).isEqualTo("reply_in_progress");
            assertThat(waiting.header("Retry-After")).isEqualTo("2");
        }
        // The connection closed, as it does when an instance is killed with kill -9: the claim is dead at once.
        Response answered = b.post(path(conversation), "{\"text\":\"I have just been made redundant\"}",
                "Authorization", "Bearer " + conversation.token(), "Idempotency-Key", key);

        assertThat(answered.status()).as(answered.body()).isEqualTo(200);
        assertThat(answered.json().get("message_id").asString()).isEqualTo(stored.toString());
        assertThat(history(a, conversation).get("messages")).hasSize(2);
    }

    @Test
    void a_conversation_moved_to_another_device_during_a_turn_on_another_instance_stays_readable()
            throws Exception {
        Started first = a.start();
        CompletableFuture<Response> turn = CompletableFuture.supplyAsync(
                () -> b.say(first, "I have just been made redundant"));
        awaitStored(a, first);
        String code = a.post("/api/v1/conversations/" + first.id() + "/resume-code", "", first.auth()).json()
                .get("code").asString();
        Response moved = a.post("/api/v1/resume", "{\"code\":\"" + code + "\"}");
        assertThat(moved.status()).as(moved.body()).isIn(200, 201);
        Started second = new Started(first.id(), moved.json().get("token").asString());

        assertThat(turn.get().status()).isEqualTo(200);

        for (ApiClient instance : List.of(a, b)) {
            Response history = instance.get("/api/v1/conversations/" + first.id() + "/messages", second.auth());
            assertThat(history.status()).as("the reply was sealed for the new owner: " + history.body())
                    .isEqualTo(200);
            assertThat(history.json().get("messages")).hasSize(2);
        }
        Response next = b.say(second, "are there jobs near LS1?");
        assertThat(next.status()).as("the dialogue state is readable by the new owner: " + next.body())
                .isEqualTo(200);
    }

    @Test
    void the_page_form_sent_again_to_the_other_instance_with_its_hidden_message_id_stores_one_message() {
        Started conversation = a.start();
        String form = "text=I+have+just+been+made+redundant&client_message_id=" + UUID.randomUUID();
        String page = "/conversations/" + conversation.id() + "/messages";

        Response first = a.postForm(page, form, conversation.auth());
        Response again = b.postForm(page, form, conversation.auth());

        assertThat(first.status()).isEqualTo(302);
        assertThat(again.status()).isEqualTo(302);
        assertThat(history(a, conversation).get("messages")).hasSize(2);
    }

    @Test
    void a_client_that_lost_the_stream_picks_up_the_reply_on_the_other_instance_with_the_last_event_id() {
        Started conversation = a.start();
        Response streamed = a.post(path(conversation), "{\"text\":\"I have just been made redundant\"}",
                "Authorization", "Bearer " + conversation.token(), "Accept", "text/event-stream");
        List<String[]> events = events(streamed.body());
        assertThat(events.get(0)[1]).isEqualTo("stored");
        String stored = events.get(0)[0];
        assertThat(events).allSatisfy(e -> assertThat(e[0]).startsWith(stored));
        String reply = events.get(events.size() - 1)[2];

        Response resumed = b.get("/api/v1/conversations/" + conversation.id() + "/events", "Authorization",
                "Bearer " + conversation.token(), "Accept", "text/event-stream", "Last-Event-ID", stored + ":1");

        List<String[]> again = events(resumed.body());
        assertThat(again).hasSize(1);
        assertThat(again.get(0)[1]).isEqualTo("reply");
        assertThat(again.get(0)[2]).isEqualTo(reply);
    }

    @Test
    void an_instance_that_is_stopping_refuses_new_turns_finishes_the_turn_in_flight_and_goes_unready()
            throws Exception {
        ConfigurableApplicationContext stopping = startInstance("3s");
        ApiClient c = new ApiClient(portOf(stopping));
        Started conversation = c.start();
        Started other = c.start();
        CompletableFuture<Response> inFlight = CompletableFuture.supplyAsync(() -> c.post(path(conversation),
                "{\"text\":\"I have just been made redundant\"}", "Authorization", "Bearer " + conversation.token(),
                "Accept", "text/event-stream"));
        awaitStored(a, conversation);
        CompletableFuture<Void> closing = CompletableFuture.runAsync(stopping::close);
        Thread.sleep(500);

        Response refused = c.say(other, "Hello");
        Response readiness = c.get("/actuator/health/readiness");

        assertThat(refused.status()).isEqualTo(503);
        assertThat(refused.json().get("code").asString()).isEqualTo("shutting_down");
        assertThat(refused.header("Retry-After")).isEqualTo("1");
        assertThat(readiness.status()).isEqualTo(503);
        List<String[]> events = events(inFlight.get().body());
        assertThat(events.get(events.size() - 1)[1]).as("the turn in flight finished").isEqualTo("reply");
        closing.get();
        assertThat(history(a, conversation).get("messages")).hasSize(2);
        assertThat(history(a, other).get("messages")).as("nothing was stored for the refused turn").isEmpty();
    }

    private ConfigurableApplicationContext startInstance(String latency) {
        // Command-line arguments, because they win over application.yaml as the environment does in production.
        return SignpostInstance.start(environment.getProperty("signpost.database.url"),
                "--signpost.database.pool-size=5",
                "--signpost.model.offline.simulated-latency=" + latency,
                "--signpost.lifecycle.drain-timeout=10s",
                "--spring.jmx.enabled=false");
    }

    private static int portOf(ConfigurableApplicationContext context) {
        return SignpostInstance.port(context);
    }

    private static String path(Started conversation) {
        return "/api/v1/conversations/" + conversation.id() + "/messages";
    }

    private static tools.jackson.databind.JsonNode history(ApiClient api, Started conversation) {
        Response response = api.get(path(conversation), conversation.auth());
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        return response.json();
    }

    private static void awaitStored(ApiClient api, Started conversation) throws InterruptedException {
        for (int i = 0; i < 100; i++) {
            Optional<Boolean> awaiting = Optional.of(history(api, conversation).get("awaiting_reply").asBoolean());
            if (awaiting.get()) {
                return;
            }
            Thread.sleep(50);
        }
        throw new AssertionError("the message was never stored");
    }

    /** Each event as {id, name, data}. */
    private static List<String[]> events(String body) {
        List<String[]> events = new ArrayList<>();
        for (String block : body.replace("\r\n", "\n").split("\n\n")) {
            String[] event = {"", "", ""};
            for (String line : block.split("\n")) {
                if (line.startsWith("id:")) {
                    event[0] = line.substring(3).strip();
                } else if (line.startsWith("event:")) {
                    event[1] = line.substring(6).strip();
                } else if (line.startsWith("data:")) {
                    event[2] = line.substring(5).strip();
                }
            }
            if (!event[1].isEmpty()) {
                events.add(event);
            }
        }
        return events;
    }
}
