package uk.gov.signpost.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.boot.test.web.server.LocalServerPort;
import uk.gov.signpost.support.ApiClient;
import uk.gov.signpost.support.ApiClient.Response;
import uk.gov.signpost.support.ApiClient.Started;
import uk.gov.signpost.support.SignpostIntegrationTest;

/**
 * A flood of messages from one session is slowed down with 429 and Retry-After; nothing stored is lost. The clock
 * is fixed in the middle of a minute, so the messages cannot straddle two of the limiter's one-minute windows.
 */
@SignpostIntegrationTest(properties = "signpost.rate-limit.messages-per-minute=3")
class RateLimitIT {

    @TestConfiguration
    static class MidMinute {
        @Bean
        @Primary
        Clock fixedClock() {
            return Clock.fixed(Instant.parse("2026-06-01T10:00:30Z"), ZoneOffset.UTC);
        }
    }

    @LocalServerPort
    int port;

    @Test
    void the_fourth_message_in_a_minute_is_refused_with_retry_after() {
        ApiClient api = new ApiClient(port);
        Started conversation = api.start();
        for (int i = 0; i < 3; i++) {
            assertThat(api.say(conversation, "message " + i).status()).isEqualTo(200);
        }

        Response refused = api.say(conversation, "one too many");

        assertThat(refused.status()).isEqualTo(429);
        assertThat(refused.header("Retry-After")).isEqualTo("30");
        assertThat(refused.json().get("code").asString()).isEqualTo("rate_limited");
        assertThat(api.get("/api/v1/conversations/" + conversation.id() + "/messages", conversation.auth())
                .json().get("messages")).hasSize(6);
        Started other = api.start();
        assertThat(api.say(other, "a different person is not affected").status()).isEqualTo(200);
    }

    @Test
    void sending_the_same_message_again_with_its_key_does_not_count_again() {
        ApiClient api = new ApiClient(port);
        Started conversation = api.start();
        String path = "/api/v1/conversations/" + conversation.id() + "/messages";
        String key = java.util.UUID.randomUUID().toString();
        for (int attempt = 0; attempt < 4; attempt++) {
            Response sent = api.post(path, "{\"text\":\"I have been made redundant\"}",
                    "Authorization", "Bearer " + conversation.token(), "Idempotency-Key", key);
            assertThat(sent.status()).as("attempt " + attempt + ": " + sent.body()).isEqualTo(200);
        }

        assertThat(api.say(conversation, "second message").status()).isEqualTo(200);
        assertThat(api.say(conversation, "third message").status()).isEqualTo(200);
        assertThat(api.say(conversation, "fourth message").status()).isEqualTo(429);
    }
}
