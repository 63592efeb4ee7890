package uk.gov.signpost.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import uk.gov.signpost.support.ApiClient;
import uk.gov.signpost.support.ApiClient.Response;
import uk.gov.signpost.support.ApiClient.Started;
import uk.gov.signpost.support.SignpostIntegrationTest;

/** A flood of messages from one session is slowed down with 429 and Retry-After; nothing stored is lost. */
@SignpostIntegrationTest(properties = "signpost.rate-limit.messages-per-minute=3")
class RateLimitIT {

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
        assertThat(Integer.parseInt(refused.header("Retry-After"))).isBetween(1, 60);
        assertThat(refused.json().get("code").asString()).isEqualTo("rate_limited");
        assertThat(api.get("/api/v1/conversations/" + conversation.id() + "/messages", conversation.auth())
                .json().get("messages")).hasSize(6);
        Started other = api.start();
        assertThat(api.say(other, "a different person is not affected").status()).isEqualTo(200);
    }
}
