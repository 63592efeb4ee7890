package uk.gov.signpost.conversation;

/** Published when a conversation begins. Carries ids only. */
public record ConversationStarted(ConversationId conversationId, OwnerId ownerId) {}
