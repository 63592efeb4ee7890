package uk.gov.signpost.memory;

import java.time.Instant;
import java.util.Objects;

/**
 * A code the person writes down to carry on a conversation on another device.
 *
 * @param code the code as shown, in two groups ("K7MP3-XQ9RT")
 * @param expiresAt when it stops working
 */
public record ResumeCode(String code, Instant expiresAt) {

    public ResumeCode {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(expiresAt, "expiresAt");
    }

    @Override
    public String toString() {
        return "ResumeCode[expiresAt=" + expiresAt + "]";
    }
}
