package uk.gov.signpost.agent.internal;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * Where a conversation's dialogue stands. Facts are everything the person has told us in this conversation
 * (age, nation, hours…), kept so that no flow asks twice; slots are the answers of the flow in progress.
 *
 * @param activeFlow the flow in progress
 * @param slots the flow's answers so far
 * @param facts what the person has stated, by entity name
 * @param requestedSlot the slot just asked for
 * @param pendingConfirmation the confirmation the person has been asked for
 */
public record DialogueState(
        @JsonProperty("active_flow") @Nullable String activeFlow,
        Map<String, Object> slots,
        Map<String, Object> facts,
        @JsonProperty("requested_slot") @Nullable String requestedSlot,
        @JsonProperty("pending_confirmation") @Nullable UUID pendingConfirmation) {

    public static final DialogueState EMPTY = new DialogueState(null, Map.of(), Map.of(), null, null);

    public DialogueState {
        slots = slots == null ? Map.of() : Map.copyOf(slots);
        facts = facts == null ? Map.of() : Map.copyOf(facts);
    }

    DialogueState withFlow(@Nullable String flow, Map<String, Object> newSlots) {
        return new DialogueState(flow, newSlots, facts, null, pendingConfirmation);
    }

    DialogueState withFacts(Map<String, Object> more) {
        Map<String, Object> merged = new LinkedHashMap<>(facts);
        merged.putAll(more);
        return new DialogueState(activeFlow, slots, merged, requestedSlot, pendingConfirmation);
    }

    DialogueState withSlots(Map<String, Object> newSlots) {
        return new DialogueState(activeFlow, newSlots, facts, requestedSlot, pendingConfirmation);
    }

    DialogueState requesting(@Nullable String slot) {
        return new DialogueState(activeFlow, slots, facts, slot, pendingConfirmation);
    }

    DialogueState awaiting(@Nullable UUID confirmation) {
        return new DialogueState(activeFlow, slots, facts, requestedSlot, confirmation);
    }

    DialogueState endFlow() {
        return new DialogueState(null, Map.of(), facts, null, pendingConfirmation);
    }
}
