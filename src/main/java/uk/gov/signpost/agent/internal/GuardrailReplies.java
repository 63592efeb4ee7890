package uk.gov.signpost.agent.internal;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * The words of the replies that guardrails give instead of the model's: the crisis reply, the polite refusals and
 * the safe answer. They come from the {@code i18n/guardrails} bundles, in Welsh when the person has chosen Welsh
 * or writes in Welsh, otherwise in English. The phone numbers in them are checked against
 * {@code safety/support-contacts.json}, which records where each came from.
 */
@Component
class GuardrailReplies {

    static final Locale WELSH = Locale.forLanguageTag("cy");

    private final MessageSource messages;

    GuardrailReplies(MessageSource messages) {
        this.messages = messages;
    }

    String text(String key, Locale locale) {
        return messages.getMessage("guardrails." + key, null, locale);
    }

    /** Several keys, joined as paragraphs. */
    String paragraphs(List<String> keys, Locale locale) {
        return String.join("\n\n", keys.stream().map(key -> text(key, locale)).toList());
    }
}
