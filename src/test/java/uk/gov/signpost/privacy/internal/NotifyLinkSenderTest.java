package uk.gov.signpost.privacy.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import uk.gov.service.notify.NotificationClient;
import uk.gov.signpost.privacy.ContinueLinks.Channel;
import uk.gov.signpost.privacy.FakeNotify;
import uk.gov.signpost.privacy.LinkNotSentException;
import uk.gov.signpost.privacy.NotifyProperties;

/** The Notify adapter, through the real Notify client, against a local fake of Notify's API. */
class NotifyLinkSenderTest {

    private final FakeNotify notify = new FakeNotify();

    @AfterEach
    void stop() {
        notify.close();
    }

    @Test
    void an_email_goes_to_the_email_template_with_the_link_and_our_reference() {
        UUID reference = UUID.randomUUID();
        sender(FakeNotify.API_KEY, FakeNotify.SMS_TEMPLATE).send(Channel.EMAIL, "jo@example.com",
                "https://signpost.example/resume?code=abc", reference);

        assertThat(notify.received()).singleElement().isEqualTo(new FakeNotify.Received("email", "jo@example.com",
                FakeNotify.EMAIL_TEMPLATE, "https://signpost.example/resume?code=abc", reference.toString(), ""));
    }

    @Test
    void a_text_goes_to_the_sms_template() {
        sender(FakeNotify.API_KEY, FakeNotify.SMS_TEMPLATE).send(Channel.SMS, "07700900982", "https://x/resume?code=a",
                UUID.randomUUID());

        assertThat(notify.received()).singleElement().satisfies(message -> {
            assertThat(message.type()).isEqualTo("sms");
            assertThat(message.templateId()).isEqualTo(FakeNotify.SMS_TEMPLATE);
        });
    }

    @Test
    void a_channel_without_a_template_is_not_offered() {
        NotifyLinkSender sender = sender(FakeNotify.API_KEY, null);

        assertThat(sender.supports(Channel.EMAIL)).isTrue();
        assertThat(sender.supports(Channel.SMS)).isFalse();
    }

    @Test
    void a_refusal_or_a_wrong_key_becomes_link_not_sent() {
        assertThatThrownBy(() -> sender(FakeNotify.API_KEY, null).send(Channel.EMAIL, FakeNotify.REFUSED, "l",
                UUID.randomUUID())).isInstanceOf(LinkNotSentException.class);
        String wrongSecret = "signpost_test-" + FakeNotify.SERVICE_ID + "-" + UUID.randomUUID();
        assertThatThrownBy(() -> sender(wrongSecret, null).send(Channel.EMAIL, "jo@example.com", "l",
                UUID.randomUUID())).isInstanceOf(LinkNotSentException.class);
        assertThat(notify.received()).isEmpty();
    }

    private NotifyLinkSender sender(String apiKey, String smsTemplate) {
        NotifyProperties properties = new NotifyProperties(apiKey, notify.baseUrl(), FakeNotify.EMAIL_TEMPLATE,
                smsTemplate, "https://signpost.example", Duration.ofDays(1));
        return new NotifyLinkSender(new NotificationClient(apiKey, notify.baseUrl()), properties);
    }
}
