package uk.gov.signpost.conversation;

import java.util.Objects;

/**
 * The person's message as stored, and whether this request stored it ({@code fresh}) or found it already stored
 * under the same client message id (a double submit or a retry).
 */
public record ReceivedMessage(Message message, boolean fresh) {

    public ReceivedMessage {
        Objects.requireNonNull(message, "message");
    }
}
