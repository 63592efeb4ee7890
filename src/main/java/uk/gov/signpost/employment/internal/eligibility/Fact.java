package uk.gov.signpost.employment.internal.eligibility;

import java.util.List;

/**
 * Something a person said that helped meet a rule: they chose {@code values} for {@code question}, or, when
 * {@code negated}, they chose none of them. {@link ReasonWriter} turns facts into a sentence.
 */
record Fact(String question, List<String> values, boolean negated) {

    Fact {
        if (question.isBlank()) {
            throw new IllegalArgumentException("a fact needs a question");
        }
        values = List.copyOf(values);
        if (values.isEmpty()) {
            throw new IllegalArgumentException("a fact about " + question + " needs at least one value");
        }
    }

    static Fact said(String question, List<String> values) {
        return new Fact(question, values, false);
    }

    static Fact saidNoneOf(String question, List<String> values) {
        return new Fact(question, values, true);
    }
}
