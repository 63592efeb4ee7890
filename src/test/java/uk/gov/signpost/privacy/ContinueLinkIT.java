package uk.gov.signpost.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import uk.gov.signpost.support.ApiClient;
import uk.gov.signpost.support.ApiClient.Response;
import uk.gov.signpost.support.ApiClient.Started;
import uk.gov.signpost.support.SignpostIntegrationTest;

/** "Send me a link to continue" over the API and the page, through the real Notify client to a fake Notify. */
@SignpostIntegrationTest
class ContinueLinkIT {

    static final FakeNotify NOTIFY = new FakeNotify();

    @DynamicPropertySource
    static void notify(DynamicPropertyRegistry registry) {
        registry.add("signpost.notify.api-key", () -> FakeNotify.API_KEY);
        registry.add("signpost.notify.base-url", NOTIFY::baseUrl);
        registry.add("signpost.notify.email-template-id", () -> FakeNotify.EMAIL_TEMPLATE);
        registry.add("signpost.notify.sms-template-id", () -> FakeNotify.SMS_TEMPLATE);
        registry.add("signpost.notify.public-url", () -> "https://signpost.example");
    }

    @AfterAll
    static void stop() {
        NOTIFY.close();
    }

    @LocalServerPort
    int port;

    @Autowired
    ContinueLinks links;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    DataSource dataSource;

    @Test
    void a_link_is_sent_works_once_and_the_address_is_kept_nowhere() throws Exception {
        ApiClient api = new ApiClient(port);
        Started conversation = api.start();
        api.say(conversation, "I have been made redundant");
        String address = "jo.bloggs@example.com";

        Response sent = api.post("/api/v1/me/continue-link", "{\"conversation_id\":\"" + conversation.id()
                + "\",\"channel\":\"email\",\"address\":\"" + address + "\"}", conversation.auth());

        assertThat(sent.status()).isEqualTo(202);
        FakeNotify.Received email = NOTIFY.received().stream().filter(m -> m.to().equals(address)).findFirst()
                .orElseThrow();
        assertThat(email.templateId()).isEqualTo(FakeNotify.EMAIL_TEMPLATE);
        assertThat(email.link()).startsWith("https://signpost.example/resume?code=");
        String code = email.link().substring(email.link().indexOf("code=") + 5);
        UUID person = jdbc.sql("select owner_id from conversation where id = ?::uuid").param(conversation.id())
                .query(UUID.class).single();

        assertThat(links.redeem(code)).contains(new ContinueLinks.Redeemed(person, UUID.fromString(conversation.id())));
        assertThat(links.redeem(code)).as("a link works once").isEmpty();
        assertThat(links.redeem("not-a-code")).isEmpty();
        assertThat(DatabaseScan.find(dataSource, List.of(address, code))).isEmpty();
        assertThat(jdbc.sql("select count(*) from audit_entry where subject = ? and type = 'continue_link_sent'")
                .param(person).query(Integer.class).single()).isEqualTo(1);
    }

    @Test
    void following_the_link_on_another_device_carries_on_the_conversation() {
        ApiClient api = new ApiClient(port);
        Started conversation = api.start();
        api.say(conversation, "I have been made redundant");
        String address = "sam.jones@example.com";
        api.post("/api/v1/me/continue-link", "{\"conversation_id\":\"" + conversation.id()
                + "\",\"channel\":\"email\",\"address\":\"" + address + "\"}", conversation.auth());
        String link = NOTIFY.received().stream().filter(m -> m.to().equals(address)).findFirst().orElseThrow().link();
        String code = link.substring(link.indexOf("code=") + 5);
        Started laptop = api.start();

        Response form = api.get("/resume?code=" + code, laptop.auth());
        Response followed = api.postForm("/resume", "code=" + code, laptop.auth());
        Response history = api.get("/api/v1/conversations/" + conversation.id() + "/messages", laptop.auth());
        Response again = api.postForm("/resume", "code=" + code, api.start().auth());

        assertThat(form.status()).isEqualTo(200);
        assertThat(form.body()).as("the form is filled in; nothing happens on a GET").contains(code);
        assertThat(followed.status()).isEqualTo(302);
        assertThat(followed.header("Location")).endsWith("/conversations/" + conversation.id());
        assertThat(history.status()).isEqualTo(200);
        assertThat(history.body()).as("re-sealed under the new owner's key, so still readable")
                .contains("I have been made redundant");
        assertThat(api.get("/api/v1/conversations/" + conversation.id() + "/messages", conversation.auth()).status())
                .as("the old device no longer has it").isEqualTo(404);
        assertThat(again.status()).as("a link works once").isNotEqualTo(302);
    }

    @Test
    void a_bad_address_is_refused_before_anything_is_sent() {
        ApiClient api = new ApiClient(port);
        Started conversation = api.start();
        int before = NOTIFY.received().size();

        Response refused = api.post("/api/v1/me/continue-link", "{\"conversation_id\":\"" + conversation.id()
                + "\",\"channel\":\"sms\",\"address\":\"call me\"}", conversation.auth());
        Response page = api.postForm("/conversations/" + conversation.id() + "/continue-later",
                "channel=email&address=not-an-email", "Authorization", "Bearer " + conversation.token());

        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.json().get("code").asString()).isEqualTo("phone_invalid");
        assertThat(page.status()).isEqualTo(422);
        assertThat(page.body()).contains("Enter an email address in the correct format");
        assertThat(NOTIFY.received()).hasSize(before);
    }
}
