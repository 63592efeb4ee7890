package uk.gov.signpost.pilot;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.gov.signpost.support.SignpostInstance.port;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;
import uk.gov.signpost.model.RemoteModelSwitch;
import uk.gov.signpost.support.ApiClient;
import uk.gov.signpost.support.SignpostInstance;
import uk.gov.signpost.support.TestDatabase;

/**
 * Two instances of Signpost share one database, as they do behind a load balancer. A kill switch flipped through
 * one instance's admin API applies to the very next request on the other, with no wait and no cache to expire.
 */
class KillSwitchAcrossInstancesIT {

    private static final String TOKEN = "operator-token-for-tests";
    private static final String DATABASE = TestDatabase.create();

    private static ConfigurableApplicationContext first;
    private static ConfigurableApplicationContext second;
    private static ApiClient one;
    private static ApiClient two;

    @BeforeAll
    static void startTwoInstances() {
        first = start();
        second = start();
        one = new ApiClient(port(first));
        two = new ApiClient(port(second));
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
    void the_service_switch_flipped_on_one_instance_closes_the_other_at_its_next_request_and_is_audited()
            throws Exception {
        ApiClient.Started conversation = two.start();
        assertThat(two.say(conversation, "I want to find a job").status()).isEqualTo(200);

        ApiClient.Response flipped = put(first, "/api/v1/pilot/kill-switches/service",
                "{\"off\": true, \"reason\": \"safety_incident\"}");
        assertThat(flipped.status()).isEqualTo(200);

        ApiClient.Response refused = two.say(conversation, "I want to find a job");
        assertThat(refused.status()).isEqualTo(503);
        assertThat(refused.json().get("code").asString()).isEqualTo("service_off");
        ApiClient.Response page = two.get("/", "Accept", "text/html");
        assertThat(page.status()).isEqualTo(503);
        assertThat(page.body()).contains("Signpost is switched off for now").contains("Jobcentre Plus");
        assertThat(two.post("/mcp", "{}", "Accept", "application/json, text/event-stream").status()).isEqualTo(503);
        assertThat(auditedChanges()).containsEntry("service", "true:safety_incident");

        assertThat(put(first, "/api/v1/pilot/kill-switches/service", "{\"off\": false, \"reason\": \"resolved\"}")
                .status()).isEqualTo(200);
        assertThat(two.say(conversation, "I want to find a job").status()).isEqualTo(200);
    }

    @Test
    void the_remote_model_switch_flipped_on_one_instance_turns_the_remote_model_off_on_the_other() {
        RemoteModelSwitch remote = second.getBean(RemoteModelSwitch.class);
        assertThat(remote.remoteAllowed()).isTrue();

        assertThat(put(first, "/api/v1/pilot/kill-switches/remote_model",
                "{\"off\": true, \"reason\": \"provider_outage\"}").status()).isEqualTo(200);
        assertThat(remote.remoteAllowed()).isFalse();

        assertThat(put(first, "/api/v1/pilot/kill-switches/remote_model",
                "{\"off\": false, \"reason\": \"provider_recovered\"}").status()).isEqualTo(200);
        assertThat(remote.remoteAllowed()).isTrue();
    }

    @Test
    void a_change_without_a_reason_or_without_the_operator_token_is_refused() {
        assertThat(put(first, "/api/v1/pilot/kill-switches/service", "{\"off\": true}").status()).isEqualTo(422);
        ApiClient.Response noToken = send(first, "/api/v1/pilot/kill-switches/service",
                "{\"off\": true, \"reason\": \"test\"}", "Bearer wrong");
        assertThat(noToken.status()).isEqualTo(403);
        assertThat(noToken.json().get("code").asString()).isEqualTo("operator_only");
        assertThat(two.get("/api/v1/pilot/kill-switches", "Authorization", "Bearer " + TOKEN).body())
                .contains("\"off\":false");
    }

    private static ConfigurableApplicationContext start() {
        // Command-line arguments, because they win over application.yaml as the environment does in production.
        return SignpostInstance.start(DATABASE,
                "--signpost.database.pool-size=4",
                "--signpost.pilot.operator-token=" + TOKEN);
    }

    private static ApiClient.Response put(ConfigurableApplicationContext instance, String path, String body) {
        return send(instance, path, body, "Bearer " + TOKEN);
    }

    private static ApiClient.Response send(ConfigurableApplicationContext instance, String path, String body,
            String authorization) {
        try {
            HttpResponse<String> response = HttpClient.newHttpClient().send(
                    HttpRequest.newBuilder(URI.create("http://localhost:" + port(instance) + path))
                            .PUT(HttpRequest.BodyPublishers.ofString(body))
                            .header("Content-Type", "application/json")
                            .header("Authorization", authorization)
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            return new ApiClient.Response(response.statusCode(), response.body(), response.headers());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** The audit log's kill switch changes, latest per scope, as "off:reason". */
    private static Map<String, String> auditedChanges() throws Exception {
        Map<String, String> changes = new java.util.HashMap<>();
        try (Connection connection = DriverManager.getConnection(DATABASE, TestDatabase.user(), "");
                ResultSet rows = connection.createStatement().executeQuery(
                        "select details::jsonb->>'scope', details::jsonb->>'off', details::jsonb->>'reason' from audit_entry"
                                + " where type = 'kill_switch_changed' order by seq")) {
            while (rows.next()) {
                changes.put(rows.getString(1), rows.getString(2) + ":" + rows.getString(3));
            }
        }
        return changes;
    }
}
