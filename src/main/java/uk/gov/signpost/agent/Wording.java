package uk.gov.signpost.agent;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import uk.gov.signpost.model.Language;

/**
 * What the assistant says, in English or Welsh, from the message bundles ({@code i18n/assistant.properties} and
 * its Welsh twin). The turn loop, the flows and every tool word their sentences through it, so that no reply is
 * written in one language only.
 */
@Component
public class Wording {

    private final MessageSource messages;

    public Wording(MessageSource messages) {
        this.messages = messages;
    }

    /** The message {@code key} in {@code language}, with its arguments filled in. */
    public String text(String key, Language language, Object... arguments) {
        return messages.getMessage(key, arguments.length == 0 ? null : arguments, language.locale());
    }
}
