package uk.gov.signpost.agent;

import java.util.Objects;
import uk.gov.signpost.conversation.ConversationId;

/**
 * Published when an input guardrail finds something a person should follow up: signs of a crisis (the turn stops)
 * or a complaint about the service (the turn goes on). Ids and a code only, never the text.
 *
 * @param kind what was flagged: {@code crisis_urgent}, {@code crisis_concern} or {@code complaint}
 */
public record SafetyFlagRaised(ConversationId conversationId, String kind) {

    public static final String CRISIS_URGENT = "crisis_urgent";
    public static final String CRISIS_CONCERN = "crisis_concern";
    public static final String COMPLAINT = "complaint";

    public SafetyFlagRaised {
        Objects.requireNonNull(conversationId, "conversationId");
        Objects.requireNonNull(kind, "kind");
    }
}
