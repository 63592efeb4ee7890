package uk.gov.signpost.safety;

import java.util.Objects;

/** Where one item of personal data sits in a text: {@code text.substring(start, end)}. Carries no text itself. */
public record PersonalDataSpan(PersonalDataType type, int start, int end) {

    public PersonalDataSpan {
        Objects.requireNonNull(type, "type");
        if (start < 0 || end <= start) {
            throw new IllegalArgumentException("A span needs 0 <= start < end, not " + start + ".." + end);
        }
    }

    public boolean overlaps(PersonalDataSpan other) {
        return start < other.end && other.start < end;
    }

    public int length() {
        return end - start;
    }
}
