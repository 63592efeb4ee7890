package uk.gov.signpost.handoff;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.gov.signpost.support.SignpostInstance.port;

import java.sql.Connection;
import java.sql.DriverManager;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;
import uk.gov.signpost.support.ApiClient;
import uk.gov.signpost.support.SignpostInstance;
import uk.gov.signpost.support.StaffSignIn;
import uk.gov.signpost.support.TestDatabase;

/**
 * Two instances share one database, as behind a load balancer. A handoff opened through one reaches a caseworker's
 * live queue on the other, and an adviser's reply sent through one reaches the person's live page on the other,
 * through PostgreSQL LISTEN/NOTIFY. When an instance's listening connection is cut, it reconnects and carries on.
 */
class HandoffAcrossInstancesIT {

    private static final String DATABASE = TestDatabase.create();

    private static ConfigurableApplicationContext first;
    private static ConfigurableApplicationContext second;
    private static ApiClient one;

    @BeforeAll
    static void startTwoInstances() {
        first = start();
        second = start();
        one = new ApiClient(port(first));
    }

    @AfterAll
    static void stop() {
        if (second != null) {
            second.close();
        }
        if (first != null) {
            first.close();
        }
    }

    @Test
    void a_handoff_opened_on_one_instance_reaches_a_live_queue_on_the_other() throws Exception {
        try (SseClient queue = new SseClient(port(second), "/api/v1/staff/handoffs/events", "Cookie",
                StaffSignIn.overHttp(port(second), HandoffIT.SAM).cookieHeader())) {
            queue.await(e -> e.name().equals("queue"), Duration.ofSeconds(10));
            ApiClient.Started person = one.start();
            one.say(person, "I want to end my life");
            SseClient.Event event = queue.await(e -> HandoffIT.conversationIds(e.data()).contains(person.id()),
                    Duration.ofSeconds(5));
            assertThat(HandoffIT.first(event.data()).path("urgency").asString()).isEqualTo("urgent");
        }
    }

    @Test
    void an_advisers_reply_sent_through_one_instance_reaches_the_persons_live_stream_on_the_other() throws Exception {
        ApiClient.Started person = one.start();
        one.say(person, "I want to speak to a real person");
        one.say(person, "yes");
        StaffSignIn.Client sam = StaffSignIn.overHttp(port(first), HandoffIT.SAM);
        String handoff = "";
        for (var entry : sam.get("/api/v1/staff/handoffs").json().path("handoffs")) {
            if (entry.path("conversation_id").asString().equals(person.id())) {
                handoff = entry.path("id").asString();
            }
        }
        try (SseClient page = new SseClient(port(second), "/api/v1/conversations/" + person.id() + "/handoff/events",
                person.auth())) {
            assertThat(page.status).isEqualTo(200);
            page.await(e -> e.name().equals("handoff"), Duration.ofSeconds(10));
            sam.post("/api/v1/staff/handoffs/" + handoff + "/take", "");
            page.await(e -> e.name().equals("handoff") && e.data().path("status").asString().equals("WITH_ADVISER"),
                    Duration.ofSeconds(5));
            sam.post("/api/v1/staff/handoffs/" + handoff + "/replies", "{\"text\":\"Hello from Sam\"}");
            SseClient.Event reply = page.await(e -> e.name().equals("message"), Duration.ofSeconds(5));
            assertThat(reply.data().path("text").asString()).isEqualTo("Hello from Sam");
            assertThat(reply.data().path("adviser").asString()).isEqualTo("Sam");
        }
    }

    @Test
    void after_its_listening_connection_is_cut_an_instance_reconnects_and_hears_the_next_handoff() throws Exception {
        try (SseClient queue = new SseClient(port(second), "/api/v1/staff/handoffs/events", "Cookie",
                StaffSignIn.overHttp(port(second), HandoffIT.SAM).cookieHeader())) {
            queue.await(e -> e.name().equals("queue"), Duration.ofSeconds(10));
            try (Connection admin = DriverManager.getConnection(DATABASE, TestDatabase.user(), "")) {
                admin.createStatement().execute("select pg_terminate_backend(pid) from pg_stat_activity"
                        + " where datname = current_database() and query ilike 'listen signpost_live%'");
            }
            // The reconnect tells every subscriber that notices may have been missed: a fresh queue is sent.
            queue.await(e -> e.name().equals("queue"), Duration.ofSeconds(10));
            ApiClient.Started person = one.start();
            one.say(person, "I want to end my life");
            queue.await(e -> HandoffIT.conversationIds(e.data()).contains(person.id()), Duration.ofSeconds(5));
        }
    }

    private static ConfigurableApplicationContext start() {
        return SignpostInstance.start(DATABASE,
                "--signpost.database.pool-size=4",
                "--signpost.sign-in.local-provider=true",
                "--signpost.handoff.open-days=MONDAY,TUESDAY,WEDNESDAY,THURSDAY,FRIDAY,SATURDAY,SUNDAY",
                "--signpost.handoff.opens-at=00:00",
                "--signpost.handoff.closes-at=23:59:59");
    }
}
