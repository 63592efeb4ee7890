package uk.gov.signpost.employment.internal.eligibility;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Checked answers, keyed by question id. Each holds one value for a radio question and one or more for a
 * checkbox question. A question that is absent was not answered (or, after {@link QuestionFlow#walk}, not asked).
 */
record Answers(Map<String, List<String>> values) {

    Answers {
        Map<String, List<String>> copy = new LinkedHashMap<>();
        values.forEach((question, answer) -> {
            if (answer.isEmpty()) {
                throw new IllegalArgumentException("question " + question + " has an empty answer");
            }
            copy.put(question, List.copyOf(answer));
        });
        values = Collections.unmodifiableMap(copy);
    }

    static Answers none() {
        return new Answers(Map.of());
    }

    boolean answered(String question) {
        return values.containsKey(question);
    }

    /** The answer to a radio question, or null if it was not answered. */
    @Nullable
    String radio(String question) {
        List<String> answer = values.get(question);
        return answer == null ? null : answer.get(0);
    }

    /** The options ticked for a checkbox question (or the one radio answer); empty if not answered. */
    List<String> ticked(String question) {
        return values.getOrDefault(question, List.of());
    }
}
