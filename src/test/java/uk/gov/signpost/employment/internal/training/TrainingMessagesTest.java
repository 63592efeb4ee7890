package uk.gov.signpost.employment.internal.training;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.ClassPathResource;

/** The training page takes all its text from the message bundles, and every key it can ask for exists. */
class TrainingMessagesTest {

    private static final Pattern KEY = Pattern.compile("#\\{([a-z][a-z0-9_.]*)[}(]");

    @Test
    void every_message_key_in_the_page_exists() throws IOException {
        Properties messages = messages();
        Set<String> keys = new TreeSet<>();
        Matcher matcher = KEY.matcher(template());
        while (matcher.find()) {
            keys.add(matcher.group(1).replaceAll("\\.$", ""));
        }

        assertThat(keys).isNotEmpty().allSatisfy(key -> assertThat(messages).containsKey(key));
    }

    @Test
    void every_status_and_every_field_problem_the_page_can_show_has_its_text() throws IOException {
        Properties messages = messages();
        List<String> codes = List.of("query_too_long", "level_invalid", "level_out_of_range", "route_unknown",
                "page_invalid", "page_out_of_range");
        List<String> statuses = List.of("approved_for_delivery", "approved_for_delivery_paused", "in_development");

        assertThat(codes).allSatisfy(code -> assertThat(messages).containsKey("training.error." + code));
        assertThat(statuses).allSatisfy(status -> assertThat(messages).containsKey("training.status." + status));
    }

    @Test
    void every_element_with_words_in_the_page_takes_them_from_th_text() throws IOException {
        // Words between tags are only placeholders for previewing the template; th:text replaces them.
        Matcher elements = Pattern.compile("<(h1|h2|h3|h4|p|a|li|label|span|strong|option|button|dt|dd)\\b"
                + "((?:[^>\"]|\"[^\"]*\")*)>([^<]*[A-Za-z][^<]*)</\\1>").matcher(template());
        int checked = 0;
        while (elements.find()) {
            assertThat(elements.group(2)).as("<%s> %s", elements.group(1), elements.group(3).strip())
                    .contains("th:text");
            checked++;
        }
        assertThat(checked).isGreaterThan(20);
    }

    private static String template() throws IOException {
        try (InputStream in = new ClassPathResource("templates/training.html").getInputStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static Properties messages() throws IOException {
        Properties messages = new Properties();
        for (String bundle : List.of("messages.properties", "i18n/training.properties")) {
            try (InputStream in = new ClassPathResource(bundle).getInputStream()) {
                messages.load(new java.io.InputStreamReader(in, StandardCharsets.UTF_8));
            }
        }
        return messages;
    }
}
