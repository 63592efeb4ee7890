package uk.gov.signpost.conversation;

/** Who wrote a message. */
public enum Role {
    USER,
    ASSISTANT,
    /** A named adviser who has taken over the conversation (see the handoff module); the message's author names them. */
    ADVISER;

    public String dbValue() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    public static Role fromDb(String value) {
        return valueOf(value.toUpperCase(java.util.Locale.ROOT));
    }
}
