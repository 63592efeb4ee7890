package uk.gov.signpost.safety;

import java.util.Locale;
import java.util.Optional;

/** Where a text came from: the person ({@code user}), or content a tool fetched ({@code tool}). */
public enum TextChannel {
    USER,
    TOOL;

    /** Reads {@code user} or {@code tool}, in any case. */
    public static Optional<TextChannel> of(String value) {
        return switch (value.toLowerCase(Locale.ROOT)) {
            case "user" -> Optional.of(USER);
            case "tool" -> Optional.of(TOOL);
            default -> Optional.empty();
        };
    }
}
