package uk.gov.signpost.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import uk.gov.signpost.platform.PersonalDataCipher;
import uk.gov.signpost.platform.PersonalDataUnreadableException;
import uk.gov.signpost.support.ApiClient;
import uk.gov.signpost.support.ApiClient.Response;
import uk.gov.signpost.support.ApiClient.Started;
import uk.gov.signpost.support.SignpostIntegrationTest;

/**
 * The test of erasure: after {@code DELETE /api/v1/me}, nothing in the whole database or the logs holds
 * what the person typed, and the sealed copies a backup would have kept can no longer be opened.
 */
@SignpostIntegrationTest
@ExtendWith(OutputCaptureExtension.class)
class PersonalDataErasureIT {

    private static final String NAME = "Priya Sharma";
    private static final String POSTCODE = "LS1 4AP";
    private static final String PHONE = "07700 900123";
    private static final List<String> TYPED = List.of(NAME, POSTCODE, PHONE);

    @LocalServerPort
    int port;

    @Autowired
    DataSource dataSource;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    PersonalDataCipher cipher;

    @Test
    void after_delete_me_no_table_or_log_holds_what_the_person_typed_and_their_backed_up_data_cannot_be_read(
            CapturedOutput logs) throws Exception {
        ApiClient api = new ApiClient(port);
        Started conversation = api.start();
        assertThat(api.say(conversation, "My name is " + NAME + " and my phone number is " + PHONE).status())
                .isEqualTo(200);
        assertThat(api.say(conversation, "I'm looking for work near " + POSTCODE).status()).isEqualTo(200);
        assertThat(api.say(conversation, "I want to talk to a real person").status()).isEqualTo(200);
        assertThat(api.say(conversation, "yes").status()).isEqualTo(200);
        UUID person = jdbc.sql("select owner_id from conversation where id = ?::uuid").param(conversation.id())
                .query(UUID.class).single();

        // The scan can see ids, so it would see the typed values too if they were there in the clear.
        assertThat(DatabaseScan.find(dataSource, List.of(person.toString()))).isNotEmpty();
        assertThat(DatabaseScan.find(dataSource, TYPED)).as("encrypted at rest, before any erasure").isEmpty();

        // What a backup taken now would hold: the sealed rows. They open now, so they do hold the typed values.
        List<byte[]> backup = new ArrayList<>();
        backup.addAll(sealed("select m.sealed from message m join conversation c on c.id = m.conversation_id"
                + " where c.owner_id = ?", person));
        backup.addAll(sealed("select d.sealed from dialogue_state d join conversation c on c.id = d.conversation_id"
                + " where c.owner_id = ?", person));
        backup.addAll(sealed("select f.sealed from confirmation f join conversation c on c.id = f.conversation_id"
                + " where c.owner_id = ?", person));
        assertThat(backup).hasSizeGreaterThanOrEqualTo(10);
        String opened = String.join("\n", backup.stream().map(b -> cipher.open(person, b)).toList());
        assertThat(opened).contains(NAME, PHONE, POSTCODE);
        assertThat(handoffs(person)).isEqualTo(1);

        Response erased = api.delete("/api/v1/me", conversation.auth());

        assertThat(erased.status()).isEqualTo(200);
        assertThat(erased.json().get("key_destroyed").asBoolean()).isTrue();
        assertThat(erased.json().get("records").get("conversations").asInt()).isEqualTo(1 + 8);
        assertThat(erased.header("Set-Cookie")).contains("signpost_session=").contains("Max-Age=0");
        assertThat(DatabaseScan.find(dataSource, TYPED)).as("whole database after erasure").isEmpty();
        assertThat(logs.getAll()).doesNotContainIgnoringCase(NAME).doesNotContainIgnoringCase(POSTCODE)
                .doesNotContain(PHONE).doesNotContain(PHONE.replace(" ", ""));
        assertThat(jdbc.sql("select count(*) from conversation where owner_id = ?").param(person).query(Integer.class)
                .single()).isZero();
        assertThat(handoffs(person)).isZero();
        assertThat(jdbc.sql("select count(*) from person_key where person_id = ?").param(person)
                .query(Integer.class).single()).isZero();
        for (byte[] copy : backup) {
            assertThatThrownBy(() -> cipher.open(person, copy)).isInstanceOf(PersonalDataUnreadableException.class);
        }
        assertThat(api.get("/api/v1/me/export", conversation.auth()).status()).as("the session has ended")
                .isEqualTo(401);
        String audit = jdbc.sql("select string_agg(type || ' ' || details, ' ') from audit_entry where subject = ?")
                .param(person).query(String.class).single();
        assertThat(audit).contains("data_erased").contains("\"key_destroyed\":\"true\"");
    }

    @Test
    void the_export_holds_what_the_person_said_what_the_assistant_kept_their_actions_and_the_audit_about_them() {
        ApiClient api = new ApiClient(port);
        Started conversation = api.start();
        api.say(conversation, "I'm looking for work near " + POSTCODE);
        api.say(conversation, "I want to talk to a real person");
        api.say(conversation, "yes");
        Started someoneElse = api.start();
        api.say(someoneElse, "My name is " + NAME);

        Response first = api.get("/api/v1/me/export", conversation.auth());
        Response second = api.get("/api/v1/me/export", conversation.auth());

        assertThat(first.status()).isEqualTo(200);
        assertThat(first.header("Content-Disposition")).contains("attachment");
        var areas = first.json().get("areas");
        var messages = areas.get("conversations").get(0).get("messages");
        assertThat(messages.get(0).get("from").asString()).isEqualTo("you");
        assertThat(messages.get(0).get("text").asString()).isEqualTo("I'm looking for work near " + POSTCODE);
        assertThat(areas.get("assistant").get("actions").get(0).get("action").asString()).isEqualTo("request_handoff");
        assertThat(areas.get("assistant").get("actions").get(0).get("answer").asString()).isEqualTo("confirmed");
        assertThat(areas.get("adviser_requests").get(0).get("reason").asString()).isEqualTo("person_asked");
        assertThat(areas.get("session")).hasSize(1);
        assertThat(first.body()).doesNotContain(NAME);
        List<String> audited = new java.util.ArrayList<>();
        second.json().get("audit").forEach(entry -> audited.add(entry.get("type").asString()));
        // The handoff's transcript consent is audited too, so the export is one entry among others.
        assertThat(audited).contains("data_exported");
    }

    @Test
    void a_value_sealed_for_one_person_cannot_be_opened_as_another() {
        UUID alice = UUID.randomUUID();
        UUID bob = UUID.randomUUID();
        cipher.seal(bob, "anything");
        byte[] sealed = cipher.seal(alice, POSTCODE);

        assertThat(cipher.open(alice, sealed)).isEqualTo(POSTCODE);
        assertThatThrownBy(() -> cipher.open(bob, sealed)).isInstanceOf(PersonalDataUnreadableException.class);
        sealed[sealed.length - 1] ^= 1;
        assertThatThrownBy(() -> cipher.open(alice, sealed)).isInstanceOf(PersonalDataUnreadableException.class);
    }

    private List<byte[]> sealed(String sql, UUID person) {
        return jdbc.sql(sql).param(person).query((rs, row) -> rs.getBytes(1)).list();
    }

    private int handoffs(UUID person) {
        return jdbc.sql("select count(*) from handoff_request h join conversation c on c.id = h.conversation_id"
                + " where c.owner_id = ?").param(person).query(Integer.class).single();
    }
}
