package uk.gov.signpost.conversation;

import java.util.Objects;
import java.util.UUID;

/** Whoever a conversation belongs to: today an anonymous session, later a signed-in person. */
public record OwnerId(UUID value) {

    public OwnerId {
        Objects.requireNonNull(value, "value");
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
