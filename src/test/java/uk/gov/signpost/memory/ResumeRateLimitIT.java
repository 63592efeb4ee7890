package uk.gov.signpost.memory;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import uk.gov.signpost.support.ApiClient;
import uk.gov.signpost.support.ApiClient.Started;
import uk.gov.signpost.support.SignpostIntegrationTest;

/** Guessing resume codes stops after a few tries, even the right code. */
@SignpostIntegrationTest(properties = "signpost.memory.resume-attempts-per-hour=3")
class ResumeRateLimitIT {

    @LocalServerPort
    int port;

    @Test
    void after_three_wrong_codes_from_one_address_even_the_right_one_is_refused_for_the_hour() {
        ApiClient api = new ApiClient(port);
        Started phone = api.start();
        String code = api.post("/api/v1/conversations/" + phone.id() + "/resume-code", "", phone.auth()).json()
                .get("code").asString();

        List<Integer> statuses = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            statuses.add(api.post("/api/v1/resume", "{\"code\": \"BBBBB-BBBBB\"}").status());
        }
        ApiClient.Response right = api.post("/api/v1/resume", "{\"code\": \"" + code + "\"}");

        assertThat(statuses).containsOnly(422);
        assertThat(right.status()).isEqualTo(429);
        assertThat(right.json().get("code").asString()).isEqualTo("rate_limited");
        assertThat(right.header("Retry-After")).isNotBlank();
    }
}
