package uk.gov.signpost.agent;

import java.util.UUID;
import uk.gov.signpost.conversation.ConversationId;

/**
 * Published when a reply has been stored. Ids and measurements only, never text.
 *
 * @param intent the intent the model recognised
 * @param signposts how many cards the reply carried
 * @param millis how long the turn took, end to end
 */
public record TurnCompleted(
        ConversationId conversationId, UUID messageId, UUID replyId, String model, String intent, int signposts,
        long millis) {}
