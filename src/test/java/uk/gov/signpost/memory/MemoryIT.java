package uk.gov.signpost.memory;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import uk.gov.signpost.memory.internal.ExpiredFacts;
import uk.gov.signpost.model.Models;
import uk.gov.signpost.platform.PersonalDataHolder;
import uk.gov.signpost.support.ApiClient;
import uk.gov.signpost.support.ApiClient.Started;
import uk.gov.signpost.support.SignpostIntegrationTest;

/**
 * Memory through the API and real turns in offline mode: facts are kept with notice, used in later
 * conversations, not kept when memory is off or the conversation is private, and really gone after "forget".
 */
@SignpostIntegrationTest(properties = {"signpost.rate-limit.messages-per-minute=1000",
        "signpost.model.provider=capturing"})
class MemoryIT {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    CapturingModel model;

    @Autowired
    List<PersonalDataHolder> holders;

    @Autowired
    ExpiredFacts expiredFacts;

    ApiClient api;
    Started first;

    @BeforeEach
    void start() {
        api = new ApiClient(port);
        first = api.start();
    }

    @Test
    void a_fact_given_in_a_flow_is_kept_with_notice_and_a_later_conversation_does_not_ask_for_it_again() {
        say(first, "I'm looking for admin jobs");
        String reply = say(first, "Leeds");

        assertThat(reply).contains("I'll remember that you want to work in or near Leeds")
                .contains("You can change this at any time.");
        assertThat(categories(first)).containsExactlyInAnyOrder("job_interests", "work_location", "nation");
        JsonNode place = fact(first, "work_location");
        assertThat(place.get("value").asString()).isEqualTo("Leeds");
        assertThat(place.get("sensitivity").asString()).isEqualTo("normal");
        assertThat(place.get("source").get("conversation_id").asString()).isEqualTo(first.id());
        assertThat(place.get("source").get("message_id").asString()).isNotBlank();
        assertThat(place.get("saved_at").asString()).isNotBlank();

        Started second = another(first);
        String again = say(second, "I'm looking for care jobs");

        assertThat(again).doesNotContain("Where do you want to work?");
        assertThat(model.last().system()).contains("place = Leeds");
    }

    @Test
    void an_expired_fact_is_not_used_and_the_hourly_job_deletes_it_with_a_history_entry() {
        say(first, "I'm looking for admin jobs");
        say(first, "Leeds");
        jdbc.sql("update memory_fact set expires_at = now() - interval '1 minute' where owner_id = ?"
                + " and category = 'work_location'").param(owner(first)).update();

        assertThat(categories(first)).doesNotContain("work_location");
        assertThat(say(another(first), "I'm looking for care jobs")).contains("Where do you want to work?");

        assertThat(expiredFacts.deleteExpired()).isGreaterThanOrEqualTo(1);
        assertThat(jdbc.sql("select count(*) from memory_fact where owner_id = ? and category = 'work_location'")
                .param(owner(first)).query(Long.class).single()).isZero();
        assertThat(actions(first)).contains("expired");
    }

    @Test
    void with_memory_off_nothing_new_is_kept_and_what_was_kept_is_not_used() {
        say(first, "I'm looking for admin jobs");
        say(first, "Leeds");
        int before = rows();

        assertThat(api.put("/api/v1/me/memory/settings", "{\"enabled\": false}", first.auth()).status())
                .isEqualTo(200);
        Started second = another(first);
        String asked = say(second, "I'm looking for care jobs");
        String answered = say(second, "Bradford");

        assertThat(asked).contains("Where do you want to work?");
        assertThat(answered).doesNotContain("I'll remember");
        assertThat(rows()).isEqualTo(before);
        assertThat(memory(first).get("enabled").asBoolean()).isFalse();
        assertThat(fact(first, "work_location").get("value").asString()).isEqualTo("Leeds");
    }

    @Test
    void turning_memory_off_can_delete_what_was_kept() {
        say(first, "I'm looking for admin jobs");
        say(first, "Leeds");

        api.put("/api/v1/me/memory/settings", "{\"enabled\": false, \"existing\": \"delete\"}", first.auth());

        assertThat(memory(first).get("facts")).isEmpty();
        assertThat(jdbc.sql("select count(*) from memory_fact where owner_id = ?").param(owner(first))
                .query(Long.class).single()).isZero();
        assertThat(actions(first)).contains("memory_off", "memory_off_deleted");
    }

    @Test
    void a_private_conversation_neither_reads_nor_writes_memory() {
        say(first, "I'm looking for admin jobs");
        say(first, "Leeds");
        int before = rows();

        JsonNode created = api.post("/api/v1/conversations/private", "", first.auth()).json();
        Started hidden = new Started(created.get("id").asString(), first.token());
        String asked = say(hidden, "I'm looking for care jobs");
        String answered = say(hidden, "Bradford");

        assertThat(asked).contains("Where do you want to work?");
        assertThat(model.last().system()).doesNotContain("Leeds");
        assertThat(answered).doesNotContain("I'll remember");
        assertThat(rows()).isEqualTo(before);
    }

    @Test
    void health_is_kept_only_after_a_plain_yes_and_forget_removes_it_from_memory_the_prompt_and_the_export() {
        say(first, "what benefits can I get?");
        String during = say(first, "I live in Leeds and I have a bad back");
        assertThat(during).doesNotContain("Shall I remember");
        assertThat(categories(first)).containsExactly("nation");

        String stopped = say(first, "stop");
        assertThat(stopped).contains("You told me you have a health condition or disability.")
                .contains("I will only remember it if you say yes").endsWith("Reply yes or no.");
        assertThat(categories(first)).containsExactly("nation");

        assertThat(say(first, "yes")).contains("I'll remember that you have a health condition or disability.");
        assertThat(categories(first)).containsExactlyInAnyOrder("nation", "health_condition");
        assertThat(jdbc.sql("select decision from memory_consent where owner_id = ?").param(owner(first))
                .query(String.class).list()).containsExactly("given");

        say(first, "what benefits can I get?");
        assertThat(model.last().system()).contains("disability = true");
        say(first, "stop");

        String asked = say(first, "forget that I told you about my back");
        assertThat(asked).isEqualTo("Do you want me to forget that you have a health condition or disability?"
                + " Reply yes or no.");
        assertThat(say(first, "yes")).startsWith("Done. I have forgotten that.");

        assertThat(categories(first)).containsExactly("nation");
        say(first, "what benefits can I get?");
        assertThat(model.last().system()).doesNotContain("disability").contains("nation = england");
        assertThat(JSON.writeValueAsString(export(first))).doesNotContain("health_condition\",\"value")
                .doesNotContain("\"value\":true").doesNotContain("You told me you have");
        assertThat(actions(first)).contains("deleted", "consent_given", "saved");
    }

    @Test
    void saying_no_to_the_health_question_keeps_nothing_and_records_the_refusal() {
        say(first, "what benefits can I get?");
        say(first, "I live in Leeds and I have a bad back");
        say(first, "stop");

        assertThat(say(first, "no")).contains("I will not remember that");

        assertThat(categories(first)).containsExactly("nation");
        assertThat(jdbc.sql("select decision from memory_consent where owner_id = ?").param(owner(first))
                .query(String.class).list())
                .containsExactly("refused");
        assertThat(say(first, "thanks")).doesNotContain("Shall I remember");
    }

    @Test
    void a_fact_can_be_corrected_and_deleted_but_only_by_its_owner() {
        say(first, "I'm looking for admin jobs");
        say(first, "Leeds");
        String id = fact(first, "work_location").get("id").asString();
        Started stranger = api.start();

        assertThat(memory(stranger).get("facts")).isEmpty();
        ApiClient.Response theirs = api.patch("/api/v1/me/memory/" + id, "{\"value\": \"York\"}", stranger.auth());
        assertThat(theirs.status()).isEqualTo(404);
        assertThat(theirs.json().get("code").asString()).isEqualTo("memory_fact_not_found");
        assertThat(api.delete("/api/v1/me/memory/" + id, stranger.auth()).status()).isEqualTo(404);

        ApiClient.Response corrected = api.patch("/api/v1/me/memory/" + id, "{\"value\": \"York\"}", first.auth());
        assertThat(corrected.status()).isEqualTo(200);
        assertThat(corrected.json().get("value").asString()).isEqualTo("York");
        assertThat(api.delete("/api/v1/me/memory/" + id, first.auth()).status()).isEqualTo(204);
        assertThat(categories(first)).doesNotContain("work_location");
        assertThat(actions(first)).containsSubsequence("deleted", "corrected", "saved");
    }

    @Test
    void bad_input_gets_problem_details_with_stable_codes() {
        say(first, "what benefits can I get?");
        say(first, "I'm 34 and live in Leeds");
        String age = fact(first, "age").get("id").asString();

        ApiClient.Response tooOld = api.patch("/api/v1/me/memory/" + age, "{\"value\": \"300\"}", first.auth());
        ApiClient.Response empty = api.patch("/api/v1/me/memory/" + age, "{}", first.auth());
        ApiClient.Response noSetting = api.put("/api/v1/me/memory/settings", "{}", first.auth());
        ApiClient.Response badExisting = api.put("/api/v1/me/memory/settings",
                "{\"enabled\": false, \"existing\": \"shred\"}", first.auth());
        ApiClient.Response notAnId = api.delete("/api/v1/me/memory/42", first.auth());
        ApiClient.Response nobody = api.get("/api/v1/me/memory");

        assertThat(tooOld.status()).isEqualTo(422);
        assertThat(tooOld.header("Content-Type")).startsWith("application/problem+json");
        assertThat(tooOld.json().get("code").asString()).isEqualTo("memory_value_invalid");
        assertThat(empty.json().get("code").asString()).isEqualTo("memory_value_missing");
        assertThat(noSetting.json().get("code").asString()).isEqualTo("memory_setting_missing");
        assertThat(badExisting.json().get("code").asString()).isEqualTo("memory_existing_invalid");
        assertThat(notAnId.status()).isEqualTo(404);
        assertThat(nobody.status()).isEqualTo(401);
        assertThat(memory(first).get("enabled").asBoolean()).isTrue();
    }

    private String say(Started conversation, String text) {
        ApiClient.Response response = api.say(conversation, text);
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        return response.json().get("reply").get("text").asString();
    }

    private JsonNode memory(Started session) {
        ApiClient.Response response = api.get("/api/v1/me/memory", session.auth());
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        return response.json();
    }

    private List<String> categories(Started session) {
        return memory(session).get("facts").valueStream().map(f -> f.get("category").asString()).toList();
    }

    private JsonNode fact(Started session, String category) {
        return memory(session).get("facts").valueStream().filter(f -> f.get("category").asString().equals(category))
                .findFirst().orElseThrow(() -> new AssertionError("No " + category + " fact"));
    }

    private UUID owner(Started session) {
        return jdbc.sql("select owner_id from conversation where id = ?").param(UUID.fromString(session.id()))
                .query(UUID.class).single();
    }

    private List<String> actions(Started session) {
        return memory(session).get("history").valueStream().map(f -> f.get("action").asString()).toList();
    }

    private Started another(Started session) {
        JsonNode created = api.post("/api/v1/conversations", "", session.auth()).json();
        return new Started(created.get("id").asString(), session.token());
    }

    private Object export(Started session) {
        return holders.stream().filter(h -> h.area().equals("memory")).findFirst().orElseThrow()
                .export(owner(session));
    }

    /** Rows memory has written for the first person: facts and the history of saves. */
    private int rows() {
        return jdbc.sql("select (select count(*) from memory_fact where owner_id = :owner) + (select count(*)"
                + " from memory_event where owner_id = :owner and action = 'saved')")
                .param("owner", owner(first)).query(Integer.class).single();
    }

    @TestConfiguration
    static class Capturing {
        @Bean
        CapturingModel capturingModel(ObjectProvider<Models> models) {
            return new CapturingModel(models);
        }
    }
}
