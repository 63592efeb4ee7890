package uk.gov.signpost.employment;

import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * What {@link BenefitsCheck} found: either the questions still to ask (in GOV.UK's order) or, once every question
 * is answered, the support the person may be able to get (in GOV.UK's catalogue order).
 */
public record BenefitsCheckOutcome(boolean complete, List<Question> nextQuestions, List<Result> results) {

    public BenefitsCheckOutcome {
        nextQuestions = List.copyOf(nextQuestions);
        results = List.copyOf(results);
        if (complete != nextQuestions.isEmpty()) {
            throw new IllegalArgumentException("an outcome is complete exactly when no question is left");
        }
        if (!complete && !results.isEmpty()) {
            throw new IllegalArgumentException("results come only once every question is answered");
        }
    }

    public static BenefitsCheckOutcome askNext(List<Question> nextQuestions) {
        return new BenefitsCheckOutcome(false, nextQuestions, List.of());
    }

    public static BenefitsCheckOutcome finished(List<Result> results) {
        return new BenefitsCheckOutcome(true, List.of(), results);
    }

    /** A question worded as GOV.UK words it, ready to show on its own page. */
    public record Question(String id, String text, @Nullable String hint, AnswerType type, List<Option> options) {

        public Question {
            requireText(id, "id");
            requireText(text, "text");
            Objects.requireNonNull(type, "type");
            options = List.copyOf(options);
            if (options.isEmpty()) {
                throw new IllegalArgumentException("question " + id + " has no options");
            }
        }
    }

    /** Whether a question takes one answer (radio buttons) or several (checkboxes). */
    public enum AnswerType {
        RADIO,
        CHECKBOX
    }

    /** One answer a person can choose: the value to send back and the label to show. */
    public record Option(String value, String label) {

        public Option {
            requireText(value, "value");
            requireText(label, "label");
        }
    }

    /**
     * One kind of support worth checking. {@code url} is GOV.UK's link for it, or null where the rules data has no
     * sourced link (see the rules data's PROVENANCE note).
     */
    public record Result(String key, String title, @Nullable String url, String reason) {

        public Result {
            requireText(key, "key");
            requireText(title, "title");
            requireText(reason, "reason");
        }
    }

    private static void requireText(@Nullable String value, String name) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(name + " must not be blank");
        }
    }
}
