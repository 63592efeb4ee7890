package uk.gov.signpost.identity;

import java.util.Objects;
import uk.gov.signpost.conversation.OwnerId;

/**
 * A freshly made session. The token is shown once, here; only its hash is stored.
 *
 * @param owner the id that owns this session's conversations
 * @param token the bearer token, a 256-bit random value in URL-safe base64
 */
public record NewSession(OwnerId owner, String token) {

    public NewSession {
        Objects.requireNonNull(owner, "owner");
        Objects.requireNonNull(token, "token");
    }

    @Override
    public String toString() {
        return "NewSession[owner=" + owner + ", token=<hidden>]";
    }
}
