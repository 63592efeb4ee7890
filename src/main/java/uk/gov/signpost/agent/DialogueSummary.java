package uk.gov.signpost.agent;

import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Where a conversation's dialogue stands, for an adviser who takes it over: the guided flow in progress and its
 * answers so far, and what the person has stated in the conversation. No message text.
 *
 * @param activeFlow the flow in progress, such as {@code benefits_check}
 * @param slots the flow's answers so far, by slot name
 * @param facts what the person has stated in this conversation, by entity name (age, nation, hours…)
 */
public record DialogueSummary(@Nullable String activeFlow, Map<String, Object> slots, Map<String, Object> facts) {

    public DialogueSummary {
        slots = slots == null ? Map.of() : Map.copyOf(slots);
        facts = facts == null ? Map.of() : Map.copyOf(facts);
    }
}
