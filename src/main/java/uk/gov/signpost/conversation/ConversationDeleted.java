package uk.gov.signpost.conversation;

/** Published when a person deletes a conversation. Carries ids only. */
public record ConversationDeleted(ConversationId conversationId, OwnerId ownerId) {}
