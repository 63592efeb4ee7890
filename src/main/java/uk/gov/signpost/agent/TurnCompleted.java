package uk.gov.signpost.agent;

import java.util.UUID;
import uk.gov.signpost.conversation.ConversationId;

/**
 * Published when a reply has been stored. Ids and measurements only, never text.
 *
 * @param topic what the turn was about (the flow or intent), a low-cardinality label for metrics
 * @param signposts how many cards the reply carried
 * @param millis how long the turn took, end to end
 * @param modelCalls how many times a model was called
 * @param fallback whether offline mode answered because the configured model failed
 */
public record TurnCompleted(
        ConversationId conversationId, UUID messageId, UUID replyId, String model, String topic, int signposts,
        long millis, int modelCalls, boolean fallback) {}
