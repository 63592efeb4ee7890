package uk.gov.signpost.safety;

import java.util.List;
import java.util.Objects;

/**
 * A text with its personal data replaced by placeholders.
 *
 * @param text the text with placeholders, safe to send to an external model
 * @param found where each item was in the original text, in order
 * @param placeholders the mapping to put the values back; holds personal data, never log it
 */
public record Pseudonymised(String text, List<PersonalDataSpan> found, Placeholders placeholders) {

    public Pseudonymised {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(placeholders, "placeholders");
        found = List.copyOf(found);
    }

    /** Puts the real values back into a reply written with the placeholders. */
    public String restore(String reply) {
        return placeholders.restore(reply);
    }
}
