package uk.gov.signpost.privacy.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import uk.gov.signpost.support.ApiClient;
import uk.gov.signpost.support.ApiClient.Started;
import uk.gov.signpost.support.SignpostIntegrationTest;

/**
 * The retention job deletes conversations idle for longer than their period (30 days by default), with everything
 * kept for them.
 */
@SignpostIntegrationTest
class ConversationRetentionIT {

    @LocalServerPort
    int port;

    @Autowired
    RetentionJob job;

    @Autowired
    JdbcClient jdbc;

    @Test
    void a_conversation_idle_past_its_period_goes_with_its_messages_and_a_recent_one_stays() {
        ApiClient api = new ApiClient(port);
        Started old = api.start();
        api.say(old, "I want to talk to a real person");
        Started recent = api.start();
        api.say(recent, "I have been made redundant");
        jdbc.sql("update conversation set updated_at = now() - interval '31 days' where id = ?::uuid")
                .param(old.id()).update();
        jdbc.sql("update conversation set updated_at = now() - interval '29 days' where id = ?::uuid")
                .param(recent.id()).update();

        Map<String, Integer> deleted = job.run();

        assertThat(deleted).containsEntry("conversations", 1);
        assertThat(count("conversation where id = ?::uuid", old.id())).isZero();
        assertThat(count("message where conversation_id = ?::uuid", old.id())).isZero();
        assertThat(count("dialogue_state where conversation_id = ?::uuid", old.id())).isZero();
        assertThat(count("message where conversation_id = ?::uuid", recent.id())).isEqualTo(2);
        assertThat(jdbc.sql("select details from audit_entry where type = 'retention_run' order by seq desc limit 1")
                .query(String.class).single()).contains("\"conversations\":\"1\"");
    }

    private int count(String from, String id) {
        return jdbc.sql("select count(*) from " + from).param(id).query(Integer.class).single();
    }
}
