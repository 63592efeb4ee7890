package uk.gov.signpost.agent;

import java.util.Objects;
import uk.gov.signpost.conversation.ConversationId;

/**
 * Published when an input guardrail stops a turn for a reason a person should follow up, such as signs of a
 * crisis. Ids and a code only, never the text.
 *
 * @param kind what was flagged: {@code crisis_urgent} or {@code crisis_concern}
 */
public record SafetyFlagRaised(ConversationId conversationId, String kind) {

    public static final String CRISIS_URGENT = "crisis_urgent";
    public static final String CRISIS_CONCERN = "crisis_concern";

    public SafetyFlagRaised {
        Objects.requireNonNull(conversationId, "conversationId");
        Objects.requireNonNull(kind, "kind");
    }
}
