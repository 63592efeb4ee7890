package uk.gov.signpost.agent;

import java.util.Objects;
import uk.gov.signpost.conversation.ConversationId;

/**
 * Published when a domain tool has run without error in a turn (a confirmed side effect counts once it has run).
 * The tool's name only: never its arguments or output.
 */
public record ToolCompleted(ConversationId conversationId, String tool) {

    public ToolCompleted {
        Objects.requireNonNull(conversationId, "conversationId");
        Objects.requireNonNull(tool, "tool");
    }
}
