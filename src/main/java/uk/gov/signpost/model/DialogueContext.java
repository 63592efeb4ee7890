package uk.gov.signpost.model;

import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Where the dialogue stands, in structured form.
 *
 * @param activeFlow the guided flow in progress, if any
 * @param requestedSlot the slot the assistant has just asked for, if any
 * @param awaitingConfirmation whether the assistant has asked the person to confirm an action
 * @param flows the flows that can be started
 * @param language the language the reply must be in; offline mode picks its templates by it
 */
public record DialogueContext(
        @Nullable String activeFlow, @Nullable String requestedSlot, boolean awaitingConfirmation,
        List<String> flows, Language language) {

    public static final DialogueContext NONE = new DialogueContext(null, null, false, List.of());

    public DialogueContext {
        flows = List.copyOf(flows);
        Objects.requireNonNull(language, "language");
    }

    /** A context for a reply in English. */
    public DialogueContext(@Nullable String activeFlow, @Nullable String requestedSlot, boolean awaitingConfirmation,
            List<String> flows) {
        this(activeFlow, requestedSlot, awaitingConfirmation, flows, Language.ENGLISH);
    }
}
