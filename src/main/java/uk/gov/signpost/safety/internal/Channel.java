package uk.gov.signpost.safety.internal;

import java.util.Locale;
import java.util.Optional;

/** Where a text came from: the person ({@code user}), or content a tool fetched ({@code tool}). */
enum Channel {
    USER,
    TOOL;

    static Optional<Channel> of(String value) {
        return switch (value.toLowerCase(Locale.ROOT)) {
            case "user" -> Optional.of(USER);
            case "tool" -> Optional.of(TOOL);
            default -> Optional.empty();
        };
    }
}
