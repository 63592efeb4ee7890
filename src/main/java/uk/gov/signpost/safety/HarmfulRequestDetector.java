package uk.gov.signpost.safety;

/**
 * Finds requests Signpost must decline (benefit fraud, fake documents, discrimination, threats) while leaving
 * their legitimate look-alikes alone ("how do I report benefit fraud", "how do I challenge a sanction"). Returns a
 * code for the category, or {@code none}. What each implementation does not catch is in its Javadoc.
 */
public interface HarmfulRequestDetector {

    /** The category found ({@code fraud}, {@code fake_documents}, {@code discrimination}, {@code threat}) or {@code none}. */
    String assess(String text);

    default boolean flagged(String text) {
        return !"none".equals(assess(text));
    }
}
