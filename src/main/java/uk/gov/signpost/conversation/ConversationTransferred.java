package uk.gov.signpost.conversation;

/**
 * Published, inside the transfer's transaction, when a conversation passes to another owner (the person resumed it
 * on another device). Modules that sealed something of the conversation under the old owner's data key re-seal it
 * under the new owner's key before the transaction commits. Carries ids only.
 */
public record ConversationTransferred(ConversationId conversationId, OwnerId from, OwnerId to) {}
