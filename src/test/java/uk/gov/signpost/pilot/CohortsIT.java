package uk.gov.signpost.pilot;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import uk.gov.signpost.agent.TurnSettings;
import uk.gov.signpost.conversation.OwnerId;
import uk.gov.signpost.support.ApiClient;
import uk.gov.signpost.support.SignpostIntegrationTest;

/**
 * With cohorts on, only people in a cohort get the assistant: by invitation code or by the percentage rollout.
 * Everyone else gets the existing services. The tests run in one order-independent database state: each test
 * creates the cohorts it needs with unique names and invitation codes.
 */
@SignpostIntegrationTest(properties = {"signpost.pilot.cohorts-enabled=true",
        "signpost.pilot.operator-token=cohort-test-token"})
class CohortsIT {

    @LocalServerPort
    int port;

    @Autowired
    Cohorts cohorts;

    @Autowired
    JdbcClient jdbc;

    @Test
    void a_person_in_no_cohort_is_refused_the_assistant_and_shown_the_existing_services() {
        jdbc.sql("update pilot_cohort set rollout_percent = 0").update();
        ApiClient api = new ApiClient(port);
        ApiClient.Response refused = api.post("/api/v1/conversations", "");
        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.json().get("code").asString()).isEqualTo("not_in_pilot");

        ApiClient.Response page = api.postForm("/conversations", "", "Accept", "text/html");
        assertThat(page.status()).isEqualTo(403);
        assertThat(page.body()).contains("Signpost is not open to everyone yet").contains("Jobcentre Plus")
                .contains("/pilot/join");
    }

    @Test
    void an_invitation_code_puts_the_person_in_its_cohort_with_that_cohorts_switches() {
        String code = "INV-" + UUID.randomUUID().toString().substring(0, 8);
        ApiClient.Response saved = put("/api/v1/pilot/cohorts/invited_offline",
                "{\"model\": \"offline\", \"tools\": [\"search_jobs\"], \"memory\": false, \"rolloutPercent\": 0,"
                        + " \"invitationCode\": \"" + code + "\", \"reason\": \"start_wave_one\"}");
        assertThat(saved.status()).isEqualTo(200);

        ApiClient api = new ApiClient(port);
        ApiClient.Response wrong = api.postForm("/pilot/join", "code=NOT-A-CODE", "Accept", "text/html");
        assertThat(wrong.status()).isEqualTo(400);
        assertThat(wrong.body()).contains("Enter the invitation code exactly as it was given to you");

        ApiClient.Response joined = api.postForm("/pilot/join", "code=" + code.toLowerCase(), "Accept", "text/html");
        assertThat(joined.status()).isEqualTo(302);
        String cookie = joined.header("Set-Cookie").split(";", 2)[0];
        ApiClient.Response started = api.post("/api/v1/conversations", "", "Cookie", cookie);
        assertThat(started.status()).isEqualTo(201);

        UUID owner = jdbc.sql("select owner_id from pilot_assignment where cohort = 'invited_offline'")
                .query(UUID.class).single();
        TurnSettings settings = cohorts.forOwner(new OwnerId(owner));
        assertThat(settings.cohort()).isEqualTo("invited_offline");
        assertThat(settings.offlineModel()).isTrue();
        assertThat(settings.memory()).isFalse();
        assertThat(settings.allowsTool("search_jobs")).isTrue();
        assertThat(settings.allowsTool("check_benefits")).isFalse();

        // With the cohort's memory switched off, a fact the person states is not kept.
        ApiClient.Response said = api.post("/api/v1/conversations/" + started.json().get("id").asString()
                        + "/messages", "{\"text\": \"I live in Leeds and I want part-time work\"}", "Cookie", cookie,
                "Content-Type", "application/json");
        assertThat(said.status()).isEqualTo(200);
        assertThat(jdbc.sql("select count(*) from memory_fact where owner_id = ?").param(owner).query(Integer.class)
                .single()).as("the cohort has memory off").isZero();
    }

    @Test
    void a_full_rollout_lets_a_new_person_in_and_stores_their_cohort_so_a_smaller_rollout_keeps_them() {
        assertThat(put("/api/v1/pilot/cohorts/everyone", "{\"rolloutPercent\": 100, \"reason\": \"open_up\"}")
                .status()).isEqualTo(200);
        ApiClient api = new ApiClient(port);
        ApiClient.Started started = api.start();

        assertThat(put("/api/v1/pilot/cohorts/everyone", "{\"rolloutPercent\": 0, \"reason\": \"close_again\"}")
                .status()).isEqualTo(200);
        assertThat(api.say(started, "I want to find a job").status()).isEqualTo(200);
        assertThat(api.post("/api/v1/conversations", "").status()).isEqualTo(403);
    }

    @Test
    void rollouts_that_add_up_to_more_than_100_per_cent_are_refused() {
        jdbc.sql("update pilot_cohort set rollout_percent = 0").update();
        assertThat(put("/api/v1/pilot/cohorts/half_a", "{\"rolloutPercent\": 60, \"reason\": \"split\"}").status())
                .isEqualTo(200);
        ApiClient.Response over = put("/api/v1/pilot/cohorts/half_b", "{\"rolloutPercent\": 60, \"reason\": \"split\"}");
        assertThat(over.status()).isEqualTo(422);
        assertThat(over.json().get("code").asString()).isEqualTo("rollout_over_100");
        jdbc.sql("update pilot_cohort set rollout_percent = 0").update();
    }

    private ApiClient.Response put(String path, String body) {
        try {
            HttpResponse<String> response = HttpClient.newHttpClient().send(
                    HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                            .PUT(HttpRequest.BodyPublishers.ofString(body))
                            .header("Content-Type", "application/json")
                            .header("Authorization", "Bearer cohort-test-token")
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            return new ApiClient.Response(response.statusCode(), response.body(), response.headers());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
