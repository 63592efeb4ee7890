package uk.gov.signpost.agent.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Everything the assistant can say from a template, in English, is plain: each sentence set scores at least
 * {@value #PLAIN} on Flesch reading ease, as {@link ReadingEase} scores replies in the turn trace. That covers the
 * wording bundles (the turn loop, flows, tools, card reasons, guardrail replies), offline mode's replies, the guided
 * flows' own questions, the routing reasons and the calculators' reasons. Arguments are filled with a sample value.
 *
 * <p>Left out, on purpose: the benefits check's questions, which are GOV.UK's words and must stay exactly as GOV.UK
 * asks them; and the Welsh, since the formula is for English.
 */
class PlainEnglishWordingTest {

    static final double PLAIN = 60;
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Test
    void every_english_template_the_assistant_can_say_scores_at_least_60_for_reading_ease() throws IOException {
        Map<String, String> sentences = new TreeMap<>();
        bundle("i18n/assistant.properties", sentences);
        bundle("i18n/guardrails.properties", sentences);
        bundle("i18n/calculators.properties", sentences);
        sentences.keySet().removeIf(key -> key.startsWith("i18n/calculators") && !key.contains(".reason."));
        offlineReplies(sentences);
        flows(sentences);
        routingReasons(sentences);

        List<String> hard = new ArrayList<>();
        sentences.forEach((where, text) -> {
            double score = ReadingEase.score(text);
            if (score < PLAIN) {
                hard.add(String.format(Locale.UK, "%5.1f  %s: %s", score, where, text));
            }
        });
        assertThat(sentences).as("templates found").hasSizeGreaterThan(100);
        assertThat(hard).as("templates scoring under %s on Flesch reading ease (score, where, text)", PLAIN)
                .isEmpty();
    }

    @Test
    void the_scorer_tells_plain_from_hard() {
        assertThat(ReadingEase.score("You can talk to a person. Use the first card below.")).isGreaterThan(PLAIN);
        assertThat(ReadingEase.score("Notwithstanding the aforementioned considerations, eligibility determination"
                + " necessitates comprehensive documentation.")).isLessThan(PLAIN);
    }

    private static void bundle(String path, Map<String, String> sentences) throws IOException {
        Properties properties = new Properties();
        try (Reader reader = new InputStreamReader(open(path), StandardCharsets.UTF_8)) {
            properties.load(reader);
        }
        for (String key : properties.stringPropertyNames()) {
            sentences.put(path + " " + key, filled(properties.getProperty(key)));
        }
    }

    private static void offlineReplies(Map<String, String> sentences) throws IOException {
        for (JsonNode intent : read("offline/intents.json").path("intents").values()) {
            String name = intent.path("intent").asString();
            put(sentences, "offline/intents.json " + name + " reply", intent.path("reply"));
            put(sentences, "offline/intents.json " + name + " why", intent.path("why"));
        }
    }

    private static void flows(Map<String, String> sentences) throws IOException {
        Resource[] files = new PathMatchingResourcePatternResolver().getResources("classpath:employment/flows/*.json");
        assertThat(files).as("flow files").isNotEmpty();
        for (Resource file : files) {
            JsonNode flow;
            try (InputStream in = file.getInputStream()) {
                flow = JSON.readTree(in);
            }
            String where = "employment/flows/" + file.getFilename();
            put(sentences, where + " intro", flow.path("intro"));
            for (JsonNode slot : flow.path("slots").values()) {
                put(sentences, where + " " + slot.path("name").asString() + " ask", slot.path("ask"));
            }
        }
    }

    private static void routingReasons(Map<String, String> sentences) throws IOException {
        for (JsonNode rule : read("employment/routing.json").path("rules").values()) {
            put(sentences, "employment/routing.json " + rule.path("service").asString() + " reason",
                    rule.path("reason"));
        }
    }

    private static void put(Map<String, String> sentences, String where, JsonNode text) {
        if (text.isString() && !text.asString().isBlank()) {
            sentences.put(where, text.asString());
        } else if (text.isObject()) {
            text.properties().forEach(entry -> put(sentences, where + "." + entry.getKey(), entry.getValue()));
        }
    }

    /** The message with a sample value for each argument: 3 where a number fits, "Leeds" where it does not. */
    private static String filled(String message) {
        if (!message.contains("{")) {
            return message;
        }
        Object[] numbers = new Object[10];
        Arrays.fill(numbers, 3);
        try {
            return new MessageFormat(message, Locale.UK).format(numbers);
        } catch (IllegalArgumentException notANumber) {
            Object[] words = new Object[10];
            Arrays.fill(words, "Leeds");
            return new MessageFormat(message, Locale.UK).format(words);
        }
    }

    private static JsonNode read(String path) throws IOException {
        try (InputStream in = open(path)) {
            return JSON.readTree(in);
        }
    }

    private static InputStream open(String path) {
        InputStream in = PlainEnglishWordingTest.class.getClassLoader().getResourceAsStream(path);
        if (in == null) {
            throw new IllegalStateException(path + " is not on the classpath");
        }
        return in;
    }
}
