package uk.gov.signpost.agent;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.io.ClassPathResource;
import tools.jackson.databind.JsonNode;
import uk.gov.signpost.support.ApiClient;
import uk.gov.signpost.support.ApiClient.Started;
import uk.gov.signpost.support.SignpostIntegrationTest;

/**
 * Offline mode against phrasings written as people type them, none of which is an example it was given. Each
 * goes through the API in a new conversation. Redundancy and asking for a person must always work; across all
 * intents at least 95% must get the services they need, or for "what support can I get" and training the
 * guided flow that serves them (the misses are listed when it fails).
 */
@SignpostIntegrationTest(properties = "signpost.rate-limit.messages-per-minute=1000")
class OfflinePhrasingsIT {

    @LocalServerPort
    int port;

    @Test
    void held_out_phrasings_get_the_services_they_need() throws IOException {
        ApiClient api = new ApiClient(port);
        Started session = api.start();
        List<Phrasing> phrasings = phrasings();
        assertThat(phrasings).hasSizeGreaterThanOrEqualTo(80);
        List<String> failures = new ArrayList<>();
        List<String> criticalFailures = new ArrayList<>();

        for (Phrasing phrasing : phrasings) {
            String id = api.post("/api/v1/conversations", "", session.auth()).json().get("id").asString();
            JsonNode reply = api.say(new Started(id, session.token()), phrasing.text()).json().get("reply");
            List<String> keys = ApiClient.keys(reply.get("signposts"));
            String text = reply.get("text").asString();
            boolean understood = switch (phrasing.intent()) {
                case "check_support" -> text.contains(CHECK_SUPPORT_INTRO);
                case "find_training" -> text.contains(TRAINING_QUESTION) || text.contains("apprenticeship standard");
                case "find_job" -> text.contains(JOB_QUESTION) || text.contains(PLACE_QUESTION) || text.contains("advert");
                default -> keys.containsAll(phrasing.mustInclude());
            };
            if (!understood) {
                String failure = phrasing.text() + " -> " + keys + " (needs " + phrasing.mustInclude() + ")";
                failures.add(failure);
                if (CRITICAL.contains(phrasing.intent())) {
                    criticalFailures.add(failure);
                }
            }
        }

        assertThat(criticalFailures).as("redundancy and asking for a person must always work").isEmpty();
        double passRate = 1 - (double) failures.size() / phrasings.size();
        assertThat(passRate).as("pass rate; misses: %s", failures).isGreaterThanOrEqualTo(0.95);
    }

    @Test
    void asking_for_a_person_always_puts_the_adviser_first() throws IOException {
        ApiClient api = new ApiClient(port);
        Started session = api.start();
        for (Phrasing phrasing : phrasings()) {
            if (!phrasing.intent().equals("talk_to_person")) {
                continue;
            }
            String id = api.post("/api/v1/conversations", "", session.auth()).json().get("id").asString();
            JsonNode reply = api.say(new Started(id, session.token()), phrasing.text()).json().get("reply");
            assertThat(reply.get("signposts").get(0).get("key").asString()).as(phrasing.text()).isEqualTo("human_adviser");
        }
    }

    private static final List<String> CRITICAL = List.of("redundancy", "talk_to_person");
    /** Asking what support you can get starts GOV.UK's checker as a guided flow rather than showing cards. */
    private static final String CHECK_SUPPORT_INTRO = "I can help you check what support you might be able to get";
    /** Asking about training starts the training search, which asks for a subject unless one was given. */
    private static final String TRAINING_QUESTION = "What would you like to learn or train in?";
    /** Asking about work starts the job search, which asks what job and where unless they were given. */
    private static final String JOB_QUESTION = "What kind of job are you looking for?";
    private static final String PLACE_QUESTION = "Where do you want to work?";

    record Phrasing(String text, String intent, List<String> mustInclude) {}

    static List<Phrasing> phrasings() throws IOException {
        try (InputStream in = new ClassPathResource("offline/phrasings.csv").getInputStream()) {
            String[] lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\r?\n");
            List<Phrasing> phrasings = new ArrayList<>();
            for (String line : Arrays.copyOfRange(lines, 1, lines.length)) {
                if (line.isBlank()) {
                    continue;
                }
                List<String> cells = Csv.split(line);
                List<String> keys = cells.get(2).isBlank() ? List.of() : List.of(cells.get(2).trim().split("\\s+"));
                phrasings.add(new Phrasing(cells.get(0), cells.get(1), keys));
            }
            return phrasings;
        }
    }
}
