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

    /** Short Welsh words that are rare in English; two of them make a message Welsh. */
    private static final Pattern WELSH_WORD = Pattern.compile(
            "(?iu)\\b(?:dw|dwi|rydw|ydw|yn|fy|ddim|eisiau|isio|mae|gyda|chi|hun|bod|ond|wedi|swydd|helpu|diolch"
                    + "|beth|sut|plis|os|gwaith|bywyd|marw|gallu|alla|rhaid|dyma|hefyd|nid|eich|ac|ei)\\b");
    private static final Pattern ENGLISH_ONLY = Pattern.compile("(?i)\\b(?:the|and|is|are|my|want|can|have|with)\\b");

    private final MessageSource messages;

    GuardrailReplies(MessageSource messages) {
        this.messages = messages;
    }

    /** Welsh when the request chose Welsh, or when the message reads as Welsh; English otherwise. */
    static Locale languageOf(String personText) {
        if ("cy".equals(LocaleContextHolder.getLocale().getLanguage())) {
            return WELSH;
        }
        long welsh = WELSH_WORD.matcher(personText).results().count();
        long english = ENGLISH_ONLY.matcher(personText).results().count();
        return welsh >= 2 && welsh > english ? WELSH : Locale.ENGLISH;
    }

    String text(String key, Locale locale) {
        return messages.getMessage("guardrails." + key, null, locale);
    }

    /** Several keys, joined as paragraphs. */
    String paragraphs(List<String> keys, Locale locale) {
        return String.join("\n\n", keys.stream().map(key -> text(key, locale)).toList());
    }
}
