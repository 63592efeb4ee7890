package uk.gov.signpost.memory;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import uk.gov.signpost.support.ApiClient;
import uk.gov.signpost.support.ApiClient.Started;
import uk.gov.signpost.support.SignpostIntegrationTest;

/** Resume codes through the API: a code carries a conversation and its owner's memory to a new session, once. */
@SignpostIntegrationTest(properties = {"signpost.rate-limit.messages-per-minute=1000",
        "signpost.memory.resume-attempts-per-hour=1000"})
class ResumeIT {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    ApiClient api;
    Started phone;

    @BeforeEach
    void start() {
        api = new ApiClient(port);
        phone = api.start();
    }

    @Test
    void a_code_moves_the_conversation_and_memory_to_a_new_session_and_the_assistant_does_not_ask_again() {
        say(phone, "I'm looking for admin jobs");
        say(phone, "Leeds");
        JsonNode issued = api.post("/api/v1/conversations/" + phone.id() + "/resume-code", "", phone.auth()).json();
        String code = issued.get("code").asString();
        assertThat(code).matches("[A-HJKMNP-Z2-9]{5}-[A-HJKMNP-Z2-9]{5}");
        assertThat(issued.get("expires_at").asString()).isNotBlank();

        ApiClient.Response redeemed = api.post("/api/v1/resume", "{\"code\": \"" + code.toLowerCase() + "\"}");

        assertThat(redeemed.status()).as(redeemed.body()).isEqualTo(200);
        Started laptop = new Started(redeemed.json().get("id").asString(), redeemed.json().get("token").asString());
        assertThat(laptop.id()).isEqualTo(phone.id());
        assertThat(api.get("/api/v1/conversations/" + phone.id() + "/messages", laptop.auth()).json()
                .get("messages")).hasSize(4);
        assertThat(api.get("/api/v1/conversations/" + phone.id() + "/messages", phone.auth()).status())
                .isEqualTo(404);
        assertThat(api.get("/api/v1/me/memory", phone.auth()).json().get("facts")).isEmpty();
        assertThat(api.get("/api/v1/me/memory", laptop.auth()).json().get("facts").valueStream()
                .map(f -> f.get("value").asString())).contains("Leeds");

        String reply = say(laptop, "I'm looking for care jobs");
        assertThat(reply).doesNotContain("Where do you want to work?");
    }

    @Test
    void a_code_works_once_and_a_wrong_one_gets_a_stable_error() {
        String code = api.post("/api/v1/conversations/" + phone.id() + "/resume-code", "", phone.auth()).json()
                .get("code").asString();
        assertThat(api.post("/api/v1/resume", "{\"code\": \"" + code + "\"}").status()).isEqualTo(200);

        ApiClient.Response again = api.post("/api/v1/resume", "{\"code\": \"" + code + "\"}");
        ApiClient.Response wrong = api.post("/api/v1/resume", "{\"code\": \"AAAAA-AAAAA\"}");
        ApiClient.Response empty = api.post("/api/v1/resume", "{}");

        assertThat(again.status()).isEqualTo(422);
        assertThat(again.json().get("code").asString()).isEqualTo("resume_code_invalid");
        assertThat(wrong.json().get("code").asString()).isEqualTo("resume_code_invalid");
        assertThat(empty.json().get("code").asString()).isEqualTo("resume_code_invalid");
    }

    @Test
    void a_code_is_stored_only_as_a_hash_and_a_new_code_replaces_the_old_one() {
        String first = api.post("/api/v1/conversations/" + phone.id() + "/resume-code", "", phone.auth()).json()
                .get("code").asString();
        String second = api.post("/api/v1/conversations/" + phone.id() + "/resume-code", "", phone.auth()).json()
                .get("code").asString();

        String stored = jdbc.sql("select encode(code_hash, 'escape') from resume_code where conversation_id = ?::uuid")
                .param(phone.id()).query(String.class).single();
        assertThat(stored).doesNotContain(second.replace("-", ""));
        assertThat(api.post("/api/v1/resume", "{\"code\": \"" + first + "\"}").status()).isEqualTo(422);
        assertThat(api.post("/api/v1/resume", "{\"code\": \"" + second + "\"}").status()).isEqualTo(200);
    }

    @Test
    void nobody_can_get_a_code_for_someone_elses_conversation() {
        Started stranger = api.start();
        assertThat(api.post("/api/v1/conversations/" + phone.id() + "/resume-code", "", stranger.auth()).status())
                .isEqualTo(404);
    }

    private String say(Started conversation, String text) {
        ApiClient.Response response = api.say(conversation, text);
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        return response.json().get("reply").get("text").asString();
    }
}
