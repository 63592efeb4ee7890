package uk.gov.signpost.pilot;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import uk.gov.signpost.support.ApiClient;
import uk.gov.signpost.support.SignpostIntegrationTest;

/**
 * Turns leave outcome rows with no text in them, feedback is stored against the reply, and the comparison report
 * counts both. {@code resumed-after} is zero here, so any second turn counts as coming back.
 */
@SignpostIntegrationTest(properties = {"signpost.pilot.resumed-after=0s",
        "signpost.pilot.operator-token=outcome-test-token"})
class OutcomesAndFeedbackIT {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Test
    void a_training_search_and_a_return_are_counted_rated_and_reported() {
        ApiClient api = new ApiClient(port);
        ApiClient.Started conversation = api.start();
        JsonNode first = api.say(conversation, "I want to train in plumbing").json().get("reply");
        assertThat(first.get("signposts")).isNotEmpty();
        assertThat(kinds(conversation)).containsExactlyInAnyOrder("turn", "training_viewed", "service_signposted");

        api.say(conversation, "I've just been made redundant and I don't know what to do");
        assertThat(kinds(conversation)).contains("conversation_resumed");

        String replyId = first.get("id").asString();
        String path = "/api/v1/conversations/" + conversation.id() + "/replies/" + replyId + "/feedback";
        assertThat(api.post(path, "{\"helpful\": true, \"reason\": \"clear\"}", conversation.auth()).status())
                .isEqualTo(204);
        assertThat(api.post(path, "{\"helpful\": true, \"reason\": \"my name is Sam\"}", conversation.auth())
                .status()).isEqualTo(422);
        ApiClient.Started someoneElse = api.start();
        assertThat(api.post(path, "{\"helpful\": false}", someoneElse.auth()).status()).isEqualTo(404);
        assertThat(jdbc.sql("select helpful::text || ':' || reason from pilot_feedback where reply_id = ?::uuid")
                .param(replyId).query(String.class).single()).isEqualTo("true:clear");

        ApiClient.Response report = api.get("/api/v1/pilot/comparison", "Authorization", "Bearer outcome-test-token");
        assertThat(report.status()).isEqualTo(200);
        JsonNode training = row(report.json(), "training_viewed");
        assertThat(training.get("countA").asLong()).isEqualTo(1);
        assertThat(training.get("totalA").asLong()).isPositive();
        assertThat(row(report.json(), "reply_rated_helpful").get("countB").asLong()).isEqualTo(1);

        ApiClient.Response page = api.get("/pilot/comparison", "Authorization", "Bearer outcome-test-token");
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("Looked at training").contains("Came back to a conversation");
        assertThat(api.get("/api/v1/pilot/comparison").status()).isEqualTo(403);
    }

    @Test
    void the_feedback_form_works_without_javascript() {
        ApiClient api = new ApiClient(port);
        ApiClient.Started conversation = api.start();
        String replyId = api.say(conversation, "hello").json().get("reply").get("id").asString();
        ApiClient.Response page = api.get("/conversations/" + conversation.id(), conversation.auth());
        assertThat(page.body()).contains("/conversations/" + conversation.id() + "/replies/" + replyId + "/feedback");

        ApiClient.Response sent = api.postForm("/conversations/" + conversation.id() + "/replies/" + replyId
                + "/feedback", "helpful=0&reason=too_long", conversation.auth());
        assertThat(sent.status()).isEqualTo(302);
        assertThat(jdbc.sql("select helpful::text || ':' || reason from pilot_feedback where reply_id = ?::uuid")
                .param(replyId).query(String.class).single()).isEqualTo("false:too_long");
    }

    private List<String> kinds(ApiClient.Started conversation) {
        return jdbc.sql("select kind from pilot_outcome where conversation_id = ?::uuid")
                .param(conversation.id()).query(String.class).list();
    }

    private static JsonNode row(JsonNode report, String metric) {
        for (JsonNode row : report.get("rows")) {
            if (row.get("metric").asString().equals(metric)) {
                return row;
            }
        }
        throw new AssertionError("No row for " + metric + " in " + report);
    }

}
