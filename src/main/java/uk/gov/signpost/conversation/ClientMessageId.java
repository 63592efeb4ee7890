package uk.gov.signpost.conversation;

import java.util.Optional;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import uk.gov.signpost.platform.InvalidFieldException;

/**
 * The id a client gives a message it sends (the {@code Idempotency-Key} header of the API, or the
 * {@code client_message_id} hidden field of the page form). Sending the same id again in the same conversation
 * never stores the message twice and never gets a second reply: see docs/architecture.md, "Many instances".
 * One to 100 letters, digits, {@code -}, {@code _}, {@code .} or {@code :}; a UUID is a good choice.
 */
public record ClientMessageId(String value) {

    private static final Pattern VALID = Pattern.compile("[A-Za-z0-9._:-]{1,100}");

    public ClientMessageId {
        if (value == null || !VALID.matcher(value).matches()) {
            throw new InvalidFieldException("client_message_id_invalid", "Idempotency-Key",
                    "The message id must be 1 to 100 letters, digits, dashes, dots, colons or underscores");
        }
    }

    /** The id if the client sent one; a blank value counts as none. */
    public static Optional<ClientMessageId> of(@Nullable String value) {
        return value == null || value.isBlank() ? Optional.empty() : Optional.of(new ClientMessageId(value.strip()));
    }
}
