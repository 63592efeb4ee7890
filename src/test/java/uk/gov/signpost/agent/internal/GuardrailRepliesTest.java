package uk.gov.signpost.agent.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.util.Locale;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The numbers the guardrail replies give are the checked ones, in English and in Welsh. */
class GuardrailRepliesTest {

    private final GuardrailReplies replies = new GuardrailReplies(source());

    @Test
    void every_reply_that_uses_a_contact_quotes_it_exactly_in_both_languages() throws Exception {
        JsonNode contacts;
        try (InputStream in = getClass().getResourceAsStream("/safety/support-contacts.json")) {
            contacts = JsonMapper.builder().build().readTree(in);
        }
        int checked = 0;
        for (JsonNode contact : contacts.get("contacts")) {
            assertThat(contact.get("sources")).as(contact.get("key").asString()).isNotEmpty();
            assertThat(contact.get("sources").get(0).asString()).startsWith("https://");
            assertThat(contact.get("checked").asString()).matches("\\d{4}-\\d{2}-\\d{2}");
            String quoted = contact.has("number") ? contact.get("number").asString() : contact.get("url").asString();
            for (JsonNode key : contact.get("used_in")) {
                for (Locale locale : new Locale[] {Locale.ENGLISH, GuardrailReplies.WELSH}) {
                    String text = source().getMessage(key.asString(), null, locale);
                    assertThat(text).as(key + " " + locale).containsPattern("(?<!\\d)(?<!\\d )" + java.util.regex.Pattern.quote(quoted) + "(?! ?\\d)");
                    checked++;
                }
            }
        }
        assertThat(checked).isGreaterThanOrEqualTo(14);
    }

    @Test
    void the_crisis_replies_name_samaritans_nhs_111_and_999() {
        for (Locale locale : new Locale[] {Locale.ENGLISH, GuardrailReplies.WELSH}) {
            for (String severity : new String[] {"urgent", "concern"}) {
                assertThat(replies.text("crisis." + severity, locale)).contains("116 123").contains("111")
                        .contains("999").containsAnyOf("Samaritans", "Samariaid").containsAnyOf("free", "am ddim");
            }
        }
    }

    @Test
    void welsh_replies_are_welsh_and_english_replies_english() {
        assertThat(replies.text("safeAnswer", GuardrailReplies.WELSH)).startsWith("Mae'n ddrwg gen i");
        assertThat(replies.text("safeAnswer", Locale.ENGLISH)).startsWith("Sorry");
    }

    private static ResourceBundleMessageSource source() {
        ResourceBundleMessageSource source = new ResourceBundleMessageSource();
        source.setBasenames("i18n/guardrails");
        source.setDefaultEncoding("UTF-8");
        source.setFallbackToSystemLocale(false);
        return source;
    }
}
