package uk.gov.signpost.safety;

import java.util.Objects;

/**
 * What the {@link CrisisDetector} found. Carries a code and a severity, never the text, so it can go into turn
 * traces and metrics.
 *
 * @param flagged true when the severity is not {@link CrisisSeverity#NONE}
 * @param severity how worried to be
 * @param code a stable code for what was found: {@code none}, {@code suicide_intent}, {@code suicidal_feelings},
 *     {@code self_harm}, {@code immediate_danger}, or {@code similar_to_crisis} (found by similarity, not a rule)
 */
public record CrisisAssessment(boolean flagged, CrisisSeverity severity, String code) {

    public static final String NONE = "none";

    public CrisisAssessment {
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(code, "code");
        if (flagged != (severity != CrisisSeverity.NONE)) {
            throw new IllegalArgumentException("flagged must be true exactly when the severity is not none");
        }
        if (flagged == NONE.equals(code) || !code.matches("[a-z_]+")) {
            throw new IllegalArgumentException("A crisis code is lower_snake_case, and 'none' only when not flagged");
        }
    }

    public static CrisisAssessment none() {
        return new CrisisAssessment(false, CrisisSeverity.NONE, NONE);
    }

    public static CrisisAssessment of(CrisisSeverity severity, String code) {
        return new CrisisAssessment(severity != CrisisSeverity.NONE, severity, code);
    }
}
