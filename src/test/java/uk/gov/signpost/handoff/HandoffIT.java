package uk.gov.signpost.handoff;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import uk.gov.signpost.identity.StaffRole;
import uk.gov.signpost.support.ApiClient;
import uk.gov.signpost.support.SignpostIntegrationTest;
import uk.gov.signpost.support.StaffSignIn;

/**
 * Human handoff over real HTTP against real PostgreSQL: the queue and its order, the adviser's hold on the
 * conversation, replies, hand back, close, consent and what the person is told.
 */
@SignpostIntegrationTest(properties = {
        "signpost.handoff.open-days=MONDAY,TUESDAY,WEDNESDAY,THURSDAY,FRIDAY,SATURDAY,SUNDAY",
        "signpost.handoff.opens-at=00:00", "signpost.handoff.closes-at=23:59:59"})
class HandoffIT {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    /** Test caseworkers in the local identity provider; Sam's replies are signed "Sam". */
    static final String SAM = "caseworker-sam";
    static final String ALEX = "caseworker-alex";

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    ApiClient api;

    /** Sam signs in once for the class: the local provider takes ten password attempts a minute from one address. */
    private static StaffSignIn.@Nullable Client signedInSam;
    private static int samsPort;

    StaffSignIn.Client sam;

    @BeforeEach
    void setUp() {
        api = new ApiClient(port);
        if (signedInSam == null || samsPort != port) {
            signedInSam = StaffSignIn.overHttp(port, SAM);
            samsPort = port;
        }
        sam = signedInSam;
    }

    @Test
    void a_crisis_message_opens_an_urgent_handoff_that_reaches_the_top_of_the_live_queue_within_one_second()
            throws Exception {
        ApiClient.Started waiting = askForAnAdviser();
        ApiClient.Started inCrisis = api.start();
        try (SseClient queue = new SseClient(port, "/api/v1/staff/handoffs/events", "Cookie", sam.cookieHeader())) {
            assertThat(queue.status).isEqualTo(200);
            queue.await(e -> e.name().equals("queue"), Duration.ofSeconds(5));

            Instant sent = Instant.now();
            ApiClient.Response reply = api.say(inCrisis, "I want to end my life");
            Instant replied = Instant.now();
            assertThat(reply.status()).isEqualTo(200);

            SseClient.Event top = queue.await(e -> first(e.data()).path("conversation_id").asString()
                    .equals(inCrisis.id()), Duration.ofSeconds(5));
            long fromReply = Math.max(0, Duration.between(replied, top.received()).toMillis());
            long fromSend = Duration.between(sent, top.received()).toMillis();
            System.out.printf("handoff_latency from_reply_ms=%d from_send_ms=%d%n", fromReply, fromSend);
            assertThat(fromReply).isLessThan(1000);
            JsonNode entry = first(top.data());
            assertThat(entry.path("urgency").asString()).isEqualTo("urgent");
            assertThat(entry.path("reason").asString()).isEqualTo("crisis");
            assertThat(entry.path("opened_by").asString()).isEqualTo("guardrail");
            assertThat(entry.path("transcript_shared").asBoolean()).isFalse();
            assertThat(conversationIds(top.data())).contains(waiting.id());
        }
    }

    @Test
    void a_complaint_about_the_service_opens_a_priority_handoff_and_the_person_is_told() {
        ApiClient.Started unhappy = api.start();

        ApiClient.Response reply = api.say(unhappy, "I want to make a complaint about this service");

        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.json().path("reply").path("text").asString()).contains("I've asked an adviser to look at your complaint");
        JsonNode entry = entryFor(sam.get("/api/v1/staff/handoffs").json(), unhappy.id());
        assertThat(entry.path("reason").asString()).isEqualTo("complaint");
        assertThat(entry.path("urgency").asString()).isEqualTo("priority");
        assertThat(entry.path("opened_by").asString()).isEqualTo("guardrail");
        assertThat(entry.path("transcript_shared").asBoolean()).isFalse();

        ApiClient.Started askingAboutWork = api.start();
        api.say(askingAboutWork, "How do I make a complaint about my employer?");
        assertThat(conversationIds(sam.get("/api/v1/staff/handoffs").json())).doesNotContain(askingAboutWork.id());
    }

    @Test
    void the_queue_is_ordered_by_urgency_then_by_how_long_each_person_has_waited() {
        ApiClient.Started firstAsked = askForAnAdviser();
        ApiClient.Started secondAsked = askForAnAdviser();
        ApiClient.Started crisis = api.start();
        api.say(crisis, "I want to end my life");

        List<String> order = conversationIds(sam.get("/api/v1/staff/handoffs").json());
        assertThat(order.indexOf(crisis.id())).isLessThan(order.indexOf(firstAsked.id()));
        assertThat(order.indexOf(firstAsked.id())).isLessThan(order.indexOf(secondAsked.id()));
        assertThat(urgencies(sam.get("/api/v1/staff/handoffs").json()))
                .isSortedAccordingTo(java.util.Comparator.comparingInt(u -> List.of("urgent", "priority", "routine")
                        .indexOf(u)));
    }

    @Test
    void the_person_sees_their_place_in_the_queue_and_when_nobody_is_there_whom_to_call() {
        ApiClient.Started person = askForAnAdviser();
        jdbc.sql("delete from handoff_adviser_presence").update();

        JsonNode view = api.get("/api/v1/conversations/" + person.id() + "/handoff", person.auth()).json();
        assertThat(view.path("status").asString()).isEqualTo("WAITING");
        assertThat(view.path("position").asInt()).isPositive();
        assertThat(view.path("availability").asString()).isEqualTo("NOBODY_SIGNED_IN");
        assertThat(view.path("otherServices").get(0).path("phone").asString()).isEqualTo("0800 055 6688");
        assertThat(view.path("otherServices").get(0).path("source").asString()).startsWith("https://www.gov.uk/");
        String page = api.get("/conversations/" + person.id(), "Accept", "text/html", "Authorization", "Bearer " + person.token())
                .body();
        assertThat(page).contains("in the queue for an adviser")
                .contains("No adviser is working at the moment")
                .contains("Call Jobcentre Plus on 0800 055 6688, Monday to Friday, 8am to 6pm.");

        sam.get("/api/v1/staff/handoffs"); // a caseworker opens the queue
        JsonNode now = api.get("/api/v1/conversations/" + person.id() + "/handoff", person.auth()).json();
        assertThat(now.path("availability").asString()).isEqualTo("AVAILABLE");
        assertThat(now.path("otherServices")).isEmpty();

        ApiClient.Started stranger = api.start();
        assertThat(api.get("/api/v1/conversations/" + person.id() + "/handoff", stranger.auth()).status())
                .isEqualTo(404);
    }

    @Test
    void while_an_adviser_holds_the_conversation_the_assistant_stays_quiet_and_the_adviser_replies_by_name() {
        ApiClient.Started person = askForAnAdviser();
        String handoff = handoffOf(person);
        StaffSignIn.Client alex = StaffSignIn.overHttp(port, ALEX);

        assertThat(sam.post("/api/v1/staff/handoffs/" + handoff + "/take", "").status()).isEqualTo(200);
        assertThat(alex.post("/api/v1/staff/handoffs/" + handoff + "/take", "").status()).isEqualTo(409);

        ApiClient.Response held = api.say(person, "Thanks, I need help with my claim");
        assertThat(held.status()).isEqualTo(202);
        assertThat(held.json().path("with_adviser").asBoolean()).isTrue();
        assertThat(api.post("/api/v1/conversations/" + person.id() + "/retry", "", person.auth()).status())
                .isEqualTo(409);

        assertThat(alex.post("/api/v1/staff/handoffs/" + handoff + "/replies", "{\"text\":\"Hello, I can help.\"}")
                .status()).isEqualTo(409);
        assertThat(sam.post("/api/v1/staff/handoffs/" + handoff + "/replies", "{\"text\":\"Hello, I can help.\"}")
                .status()).isEqualTo(200);
        JsonNode last = lastMessage(person);
        assertThat(last.path("role").asString()).isEqualTo("adviser");
        assertThat(last.path("adviser").asString()).isEqualTo("Sam");
        assertThat(last.path("text").asString()).isEqualTo("Hello, I can help.");
        assertThat(api.get("/conversations/" + person.id(), "Accept", "text/html", "Authorization", "Bearer " + person.token()).body())
                .contains("Sam, adviser").contains("Check for a reply").doesNotContain("Get a reply");

        JsonNode file = sam.get("/api/v1/staff/handoffs/" + handoff).json();
        assertThat(texts(file.path("since_taken"))).contains("Thanks, I need help with my claim", "Hello, I can help.");

        assertThat(sam.post("/api/v1/staff/handoffs/" + handoff + "/hand-back", "").status()).isEqualTo(200);
        ApiClient.Response answered = api.say(person, "I want to find a job");
        assertThat(answered.status()).isEqualTo(200);
        assertThat(answered.json().path("reply").path("text").asString()).isNotBlank();
        assertThat(audited(person, "handoff_taken")).isEqualTo(1);
        assertThat(audited(person, "handoff_replied")).isEqualTo(1);
        assertThat(audited(person, "handoff_handed_back")).isEqualTo(1);
    }

    @Test
    void a_case_is_closed_with_an_outcome_from_a_fixed_list() {
        ApiClient.Started person = askForAnAdviser();
        String handoff = handoffOf(person);
        sam.post("/api/v1/staff/handoffs/" + handoff + "/take", "");

        ApiClient.Response wrong = sam.post("/api/v1/staff/handoffs/" + handoff + "/close",
                "{\"outcome\":\"she was rude\"}");
        assertThat(wrong.status()).isEqualTo(422);
        assertThat(wrong.json().path("code").asString()).isEqualTo("outcome_unknown");
        ApiClient.Response closed = sam.post("/api/v1/staff/handoffs/" + handoff + "/close",
                "{\"outcome\":\"referred\"}");
        assertThat(closed.status()).isEqualTo(200);
        assertThat(closed.json().path("status").asString()).isEqualTo("closed");
        assertThat(conversationIds(sam.get("/api/v1/staff/handoffs").json())).doesNotContain(person.id());
        JsonNode view = api.get("/api/v1/conversations/" + person.id() + "/handoff", person.auth()).json();
        assertThat(view.path("status").asString()).isEqualTo("CLOSED");
        assertThat(api.say(person, "I want to find a job").status()).isEqualTo(200);
        assertThat(jdbc.sql("select details from audit_entry where type = 'handoff_closed' and subject = ?::uuid")
                .param(ownerOf(person)).query(String.class).single()).contains("referred");
    }

    @Test
    void the_transcript_is_shown_only_when_the_person_agreed_when_asking_and_every_view_is_audited() {
        ApiClient.Started asked = askForAnAdviser();
        JsonNode shared = sam.get("/api/v1/staff/handoffs/" + handoffOf(asked)).json();
        assertThat(shared.path("handoff").path("transcript_shared").asBoolean()).isTrue();
        assertThat(texts(shared.path("transcript"))).contains("I want to speak to a real person");
        assertThat(audited(asked, "consent_given")).isEqualTo(1);
        assertThat(audited(asked, "staff_viewed_conversation")).isEqualTo(1);

        ApiClient.Started crisis = api.start();
        api.say(crisis, "I want to end my life");
        String handoff = handoffOf(crisis);
        JsonNode summary = sam.get("/api/v1/staff/handoffs/" + handoff).json();
        assertThat(summary.path("handoff").path("transcript_shared").asBoolean()).isFalse();
        assertThat(summary.path("transcript")).isEmpty();
        assertThat(summary.path("last_topic").asString()).isEqualTo("crisis");
        assertThat(summary.toString()).doesNotContain("end my life");
        assertThat(jdbc.sql("select actor || ' ' || details from audit_entry where type = 'staff_viewed_conversation'"
                        + " and subject = ?::uuid").param(ownerOf(crisis)).query(String.class).single())
                .contains("not_shared").contains("staff:caseworker-sam");

        // Saying yes to the crisis reply's offer of an adviser shares the conversation with the same handoff.
        api.say(crisis, "yes");
        assertThat(handoffOf(crisis)).isEqualTo(handoff);
        assertThat(texts(sam.get("/api/v1/staff/handoffs/" + handoff).json().path("transcript")))
                .contains("I want to end my life");
    }

    @Test
    void only_signed_in_caseworkers_and_supervisors_can_work_the_queue() {
        ApiClient.Response anonymous = api.get("/api/v1/staff/handoffs");
        assertThat(anonymous.status()).isEqualTo(401);
        assertThat(anonymous.json().path("code").asString()).isEqualTo("sign_in_required");
        ApiClient.Response auditor = StaffSignIn.overHttp(port, StaffRole.AUDITOR).get("/api/v1/staff/handoffs");
        assertThat(auditor.status()).isEqualTo(403);
        assertThat(StaffSignIn.overHttp(port, StaffRole.SUPERVISOR).get("/api/v1/staff/handoffs").status())
                .isEqualTo(200);
    }

    @Test
    void an_export_includes_the_persons_handoffs_and_erasure_removes_them() {
        ApiClient.Started person = askForAnAdviser();
        JsonNode export = api.get("/api/v1/me/export", person.auth()).json();
        assertThat(export.toString()).contains("adviser_requests").contains("conversation_shared_with_adviser");
        assertThat(api.delete("/api/v1/me", person.auth()).status()).isEqualTo(200);
        assertThat(jdbc.sql("select count(*) from handoff_request where conversation_id = ?::uuid")
                .param(person.id()).query(Integer.class).single()).isZero();
    }

    /** A person asks for an adviser and says yes to sharing their conversation. */
    ApiClient.Started askForAnAdviser() {
        ApiClient.Started person = api.start();
        assertThat(api.say(person, "I want to speak to a real person").status()).isEqualTo(200);
        assertThat(api.say(person, "yes").json().path("reply").path("text").asString())
                .contains("I have asked for an adviser");
        return person;
    }

    String handoffOf(ApiClient.Started person) {
        return jdbc.sql("select id::text from handoff_request where conversation_id = ?::uuid order by created_at desc"
                + " limit 1").param(person.id()).query(String.class).single();
    }

    String ownerOf(ApiClient.Started person) {
        return jdbc.sql("select owner_id::text from conversation where id = ?::uuid").param(person.id())
                .query(String.class).single();
    }

    int audited(ApiClient.Started person, String type) {
        return jdbc.sql("select count(*) from audit_entry where type = ? and subject = ?::uuid")
                .params(type, ownerOf(person)).query(Integer.class).single();
    }

    JsonNode lastMessage(ApiClient.Started person) {
        JsonNode messages = api.get("/api/v1/conversations/" + person.id() + "/messages", person.auth()).json()
                .path("messages");
        return messages.get(messages.size() - 1);
    }

    static String cookie(ApiClient.Started person) {
        return "signpost_session=" + person.token();
    }

    static JsonNode first(JsonNode queue) {
        return queue.path("handoffs").path(0);
    }

    static JsonNode entryFor(JsonNode queue, String conversationId) {
        for (JsonNode handoff : queue.path("handoffs")) {
            if (handoff.path("conversation_id").asString().equals(conversationId)) {
                return handoff;
            }
        }
        throw new AssertionError("No handoff in the queue for " + conversationId + ": " + queue);
    }

    static List<String> conversationIds(JsonNode queue) {
        List<String> ids = new ArrayList<>();
        queue.path("handoffs").forEach(h -> ids.add(h.path("conversation_id").asString()));
        return ids;
    }

    static List<String> urgencies(JsonNode queue) {
        List<String> out = new ArrayList<>();
        queue.path("handoffs").forEach(h -> out.add(h.path("urgency").asString()));
        return out;
    }

    static List<String> texts(JsonNode messages) {
        List<String> out = new ArrayList<>();
        messages.forEach(m -> out.add(m.path("text").asString()));
        return out;
    }

    static String json(Map<String, Object> body) {
        return JSON.writeValueAsString(body);
    }
}
