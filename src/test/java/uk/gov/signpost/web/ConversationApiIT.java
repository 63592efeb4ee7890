package uk.gov.signpost.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import uk.gov.signpost.support.ApiClient;
import uk.gov.signpost.support.ApiClient.Response;
import uk.gov.signpost.support.ApiClient.Started;
import uk.gov.signpost.support.SignpostIntegrationTest;

/** The conversation API over real HTTP against real PostgreSQL. */
@SignpostIntegrationTest
class ConversationApiIT {

    @LocalServerPort
    int port;

    ApiClient api;

    @BeforeEach
    void client() {
        api = new ApiClient(port);
    }

    @Test
    void starting_without_credentials_gives_a_token_and_a_session_cookie() {
        Response response = api.post("/api/v1/conversations", "");

        assertThat(response.status()).isEqualTo(201);
        assertThat(response.json().get("id").asString()).isNotBlank();
        assertThat(response.json().get("token").asString()).hasSizeGreaterThan(40);
        assertThat(response.header("Set-Cookie")).contains("signpost_session=").contains("HttpOnly")
                .contains("SameSite=Lax");
        assertThat(response.header("Location")).startsWith("/api/v1/conversations/");
    }

    @Test
    void a_message_gets_a_reply_with_signposts_and_both_appear_in_the_history() {
        Started conversation = api.start();

        Response turn = api.say(conversation, "I've just been made redundant and I don't know what to do");

        assertThat(turn.status()).isEqualTo(200);
        JsonNode reply = turn.json().get("reply");
        assertThat(reply.get("text").asString()).isNotBlank();
        assertThat(keys(reply.get("signposts"))).contains("redundancy_support", "jobcentre_plus");
        JsonNode first = reply.get("signposts").get(0);
        assertThat(first.get("name").asString()).isNotBlank();
        assertThat(first.get("url").asString()).startsWith("https://");
        assertThat(first.get("why").asString()).isNotBlank();

        JsonNode history = api.get("/api/v1/conversations/" + conversation.id() + "/messages", conversation.auth()).json();
        assertThat(history.get("messages")).hasSize(2);
        assertThat(history.get("messages").get(0).get("role").asString()).isEqualTo("user");
        assertThat(history.get("messages").get(0).get("id").asString()).isEqualTo(turn.json().get("message_id").asString());
        assertThat(history.get("messages").get(1).get("reply_to").asString()).isEqualTo(turn.json().get("message_id").asString());
        assertThat(history.get("awaiting_reply").asBoolean()).isFalse();
    }

    @Test
    void a_later_conversation_can_join_the_same_session() {
        Started first = api.start();
        Response second = api.post("/api/v1/conversations", "", first.auth());
        assertThat(second.status()).isEqualTo(201);
        assertThat(second.json().get("token").asString()).isEqualTo(first.token());
    }

    @Test
    void the_nation_someone_lives_in_changes_the_services_they_are_shown() {
        Started conversation = api.start();
        api.say(conversation, "I live in Belfast");
        Response turn = api.say(conversation, "I want to talk to a real person");

        List<String> keys = keys(turn.json().get("reply").get("signposts"));
        assertThat(keys.get(0)).isEqualTo("human_adviser");
        assertThat(keys).doesNotContain("national_careers_service");
        JsonNode jobcentre = find(turn.json().get("reply").get("signposts"), "jobcentre_plus");
        assertThat(jobcentre.get("name").asString()).contains("Jobs & Benefits");
    }

    @Test
    void another_session_cannot_see_or_write_to_a_conversation() {
        Started mine = api.start();
        api.say(mine, "I need a job");
        Started theirs = api.start();

        Response read = api.get("/api/v1/conversations/" + mine.id() + "/messages", theirs.auth());
        Response write = api.post("/api/v1/conversations/" + mine.id() + "/messages", "{\"text\":\"hi\"}", theirs.auth());
        Response delete = api.delete("/api/v1/conversations/" + mine.id(), theirs.auth());

        assertThat(List.of(read.status(), write.status(), delete.status())).containsOnly(404);
        assertThat(read.json().get("code").asString()).isEqualTo("conversation_not_found");
        assertThat(history(mine)).hasSize(2);
    }

    @Test
    void calls_without_credentials_or_with_a_made_up_token_are_refused() {
        Started mine = api.start();
        Response none = api.get("/api/v1/conversations/" + mine.id() + "/messages");
        Response forged = api.get("/api/v1/conversations/" + mine.id() + "/messages", "Authorization", "Bearer made-up");

        assertThat(none.status()).isEqualTo(401);
        assertThat(none.header("Content-Type")).startsWith("application/problem+json");
        assertThat(none.json().get("code").asString()).isEqualTo("session_required");
        assertThat(forged.status()).isEqualTo(401);
    }

    @Test
    void a_forged_cookie_is_refused() {
        Started mine = api.start();
        Response response = api.get("/api/v1/conversations/" + mine.id() + "/messages",
                "Cookie", "signpost_session=" + mine.token() + ".forgedsignature");
        assertThat(response.status()).isEqualTo(401);
    }

    @Test
    void bad_input_gets_a_clear_problem_and_loses_nothing() {
        Started conversation = api.start();
        api.say(conversation, "I need a job in Leeds");
        String path = "/api/v1/conversations/" + conversation.id() + "/messages";

        assertProblem(api.say(conversation, ""), 422, "message_empty");
        assertProblem(api.say(conversation, "   \n  "), 422, "message_empty");
        assertProblem(api.say(conversation, "x".repeat(4001)), 422, "message_too_long");
        assertProblem(api.say(conversation, "hello\u0000there"), 422, "message_invalid_characters");
        assertProblem(api.post(path, "{\"text\": \"unfinished", conversation.auth()), 400, "malformed_json");
        assertProblem(api.post(path, "{\"words\": \"hello\"}", conversation.auth()), 422, "message_empty");
        byte[] invalidUtf8 = "{\"text\": \"caf\u00e9 \"}".getBytes(StandardCharsets.ISO_8859_1);
        assertProblem(api.postBytes(path, invalidUtf8, conversation.auth()), 400, "malformed_json");
        assertProblem(api.get("/api/v1/conversations/not-a-uuid/messages", conversation.auth()), 404,
                "conversation_not_found");
        assertProblem(api.get("/api/v1/conversations/6b1a3b7e-0000-4000-8000-000000000000/messages",
                conversation.auth()), 404, "conversation_not_found");

        assertThat(history(conversation)).hasSize(2);
        assertThat(history(conversation).get(0).get("text").asString()).isEqualTo("I need a job in Leeds");
    }

    @Test
    void deleting_a_conversation_removes_it() {
        Started conversation = api.start();
        api.say(conversation, "hello");

        assertThat(api.delete("/api/v1/conversations/" + conversation.id(), conversation.auth()).status()).isEqualTo(204);
        assertThat(api.get("/api/v1/conversations/" + conversation.id() + "/messages", conversation.auth()).status())
                .isEqualTo(404);
    }

    @Test
    void the_reply_streams_as_server_sent_events() {
        Started conversation = api.start();
        Response stream = api.post("/api/v1/conversations/" + conversation.id() + "/messages",
                "{\"text\":\"is my pay below the minimum wage?\"}", conversation.auth()[0], conversation.auth()[1],
                "Accept", "text/event-stream");

        assertThat(stream.status()).isEqualTo(200);
        assertThat(stream.header("Content-Type")).startsWith("text/event-stream");
        assertThat(stream.body()).contains("event:stored").contains("event:delta").contains("event:reply")
                .contains("minimum_wage_check");
        assertThat(history(conversation)).hasSize(2);
    }

    @Test
    void retry_says_when_there_is_nothing_to_answer() {
        Started conversation = api.start();
        api.say(conversation, "hello");
        assertProblem(api.post("/api/v1/conversations/" + conversation.id() + "/retry", "", conversation.auth()),
                409, "nothing_to_answer");
    }

    @Test
    void health_includes_the_database_and_metrics_are_exposed_for_prometheus() {
        Response health = api.get("/actuator/health");
        assertThat(health.status()).isEqualTo(200);
        assertThat(health.json().get("components").get("db").get("status").asString()).isEqualTo("UP");
        Started conversation = api.start();
        api.say(conversation, "hello");
        Response metrics = api.get("/actuator/prometheus");
        assertThat(metrics.body()).contains("signpost_turn_duration_seconds");
        assertThat(metrics.body()).doesNotContain("hello");
    }

    @Test
    void the_openapi_description_lists_the_conversation_api() {
        Response docs = api.get("/v3/api-docs");
        assertThat(docs.status()).isEqualTo(200);
        assertThat(docs.json().get("paths").has("/api/v1/conversations/{id}/messages")).isTrue();
    }

    @Test
    void an_unknown_api_address_gets_problem_json() {
        assertProblem(api.get("/api/v1/nothing-here"), 404, "not_found");
    }

    private List<JsonNode> history(Started conversation) {
        JsonNode messages = api.get("/api/v1/conversations/" + conversation.id() + "/messages", conversation.auth())
                .json().get("messages");
        List<JsonNode> list = new java.util.ArrayList<>();
        messages.forEach(list::add);
        return list;
    }

    private static void assertProblem(Response response, int status, String code) {
        assertThat(response.status()).as(response.body()).isEqualTo(status);
        assertThat(response.header("Content-Type")).startsWith("application/problem+json");
        assertThat(response.json().get("code").asString()).isEqualTo(code);
        assertThat(response.body()).doesNotContain("Exception").doesNotContain("at uk.gov");
    }

    private static List<String> keys(JsonNode signposts) {
        return ApiClient.keys(signposts);
    }

    private static JsonNode find(JsonNode signposts, String key) {
        for (JsonNode s : signposts) {
            if (s.get("key").asString().equals(key)) {
                return s;
            }
        }
        throw new AssertionError("No signpost " + key + " in " + signposts);
    }
}
