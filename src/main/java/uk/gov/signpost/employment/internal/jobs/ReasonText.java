package uk.gov.signpost.employment.internal.jobs;

import java.util.Locale;
import java.util.stream.Collectors;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import uk.gov.signpost.employment.JobMatch.Reason;

/**
 * Words a reason for a person, from {@code i18n/jobs.properties} ({@code jobs.why.title-words} and so on), in their
 * language. The API and the page say the same thing.
 */
@Component
class ReasonText {

    private final MessageSource messages;

    ReasonText(MessageSource messages) {
        this.messages = messages;
    }

    String of(Reason reason, Locale locale) {
        String key = "jobs.why." + reason.kind().name().toLowerCase(Locale.ROOT).replace('_', '-');
        Object[] arguments = switch (reason.kind()) {
            case TITLE_WORDS, ADVERT_WORDS -> new Object[] {reason.details().stream()
                    .map(word -> messages.getMessage("jobs.why.word", new Object[] {word}, locale))
                    .collect(Collectors.joining(messages.getMessage("jobs.why.word-separator", null, locale)))};
            case DISTANCE -> new Object[] {Double.valueOf(reason.details().get(0)), reason.details().get(1),
                    reason.details().get(2)};
            default -> reason.details().toArray();
        };
        return messages.getMessage(key, arguments, locale);
    }
}
