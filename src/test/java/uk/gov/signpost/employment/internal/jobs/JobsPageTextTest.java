package uk.gov.signpost.employment.internal.jobs;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.ClassPathResource;
import uk.gov.signpost.employment.JobMatch;

/** All the job search page's words come from {@code i18n/jobs.properties}, so that they can be translated. */
class JobsPageTextTest {

    private static final Pattern MESSAGE_KEY = Pattern.compile("#\\{([^}(]+)");

    @Test
    void the_template_has_no_words_of_its_own() throws IOException {
        String template = read("templates/jobs.html")
                .replaceAll("(?s)<!--.*?-->", "")
                .replaceAll("(?s)<[^>]*>", "\n");

        List<String> words = new ArrayList<>();
        for (String line : template.split("\n")) {
            String text = line.replace("&ctdot;", "").strip();
            if (!text.isEmpty()) {
                words.add(text);
            }
        }
        assertThat(words).isEmpty();
    }

    @Test
    void every_message_the_template_uses_is_a_jobs_message_that_exists() throws IOException {
        Properties messages = messages();
        Matcher key = MESSAGE_KEY.matcher(read("templates/jobs.html"));
        List<String> keys = new ArrayList<>();
        while (key.find()) {
            keys.add(key.group(1));
        }

        assertThat(keys).isNotEmpty().allSatisfy(used -> {
            assertThat(used).startsWith("jobs.");
            assertThat(messages).containsKey(used);
        });
    }

    @Test
    void every_kind_of_reason_and_every_error_the_page_shows_has_words() throws IOException {
        Properties messages = messages();

        for (JobMatch.Reason.Kind kind : JobMatch.Reason.Kind.values()) {
            assertThat(messages).containsKey("jobs.why." + kind.name().toLowerCase(Locale.ROOT).replace('_', '-'));
        }
        for (String code : List.of("search_empty", "place_unknown", "salary_invalid", "radius_invalid",
                "query_too_long", "page_invalid")) {
            assertThat(messages).containsKey("jobs.error." + code);
        }
    }

    private static Properties messages() throws IOException {
        Properties properties = new Properties();
        try (InputStream in = new ClassPathResource("i18n/jobs.properties").getInputStream()) {
            properties.load(in);
        }
        return properties;
    }

    private static String read(String path) throws IOException {
        try (InputStream in = new ClassPathResource(path).getInputStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
