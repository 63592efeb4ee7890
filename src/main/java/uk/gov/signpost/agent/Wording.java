package uk.gov.signpost.agent;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import uk.gov.signpost.model.Language;
import uk.gov.signpost.platform.InvalidFieldException;

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

    /**
     * What a tool returns when its input breaks a rule, as {@code field: what to do}. In English it is the
     * exception's own message, which names the exact limits. In Welsh it is {@code tool.error.<code>} (or
     * {@code tool.error.invalid} for a code without its own sentence), which says what to change without the
     * figures.
     */
    public String invalidInput(InvalidFieldException problem, Language language) {
        if (language == Language.ENGLISH) {
            return problem.field() + ": " + problem.getMessage();
        }
        String general = messages.getMessage("tool.error.invalid", null, language.locale());
        return problem.field() + ": "
                + messages.getMessage("tool.error." + problem.code(), null, general, language.locale());
    }
}
