package uk.gov.signpost.safety;

/**
 * How likely a text is to be a prompt injection or jailbreak attempt: a score from 0 to 1, whether it passed the
 * detector's threshold, and a short code for the strongest signal ({@code none} when nothing was found). The code
 * is safe to log and to keep in the turn trace; the text is not.
 */
public record InjectionAssessment(double score, boolean flagged, String code) {

    public InjectionAssessment {
        if (score < 0 || score > 1) {
            throw new IllegalArgumentException("A score is between 0 and 1");
        }
    }

    public static InjectionAssessment none() {
        return new InjectionAssessment(0, false, "none");
    }
}
