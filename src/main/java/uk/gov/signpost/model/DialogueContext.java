package uk.gov.signpost.model;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Where the dialogue stands, in structured form.
 *
 * @param activeFlow the guided flow in progress, if any
 * @param requestedSlot the slot the assistant has just asked for, if any
 * @param awaitingConfirmation whether the assistant has asked the person to confirm an action
 * @param flows the flows that can be started
 */
public record DialogueContext(
        @Nullable String activeFlow, @Nullable String requestedSlot, boolean awaitingConfirmation,
        List<String> flows) {

    public static final DialogueContext NONE = new DialogueContext(null, null, false, List.of());

    public DialogueContext {
        flows = List.copyOf(flows);
    }
}
