package uk.gov.signpost.employment.internal.eligibility;

import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import uk.gov.signpost.employment.BenefitsCheckOutcome.AnswerType;

/**
 * One of GOV.UK's questions, with its options and, for a question that is asked only on some paths, the earlier
 * answer that leads to it. {@code saidNoneOf} words "you did not choose these" for reasons, with {@code {}} where
 * the option labels go.
 */
record Question(
        String id,
        AnswerType type,
        @Nullable AskedWhen askedWhen,
        String text,
        @Nullable String hint,
        @Nullable String saidNoneOf,
        List<Option> options) {

    Question {
        requireText(id, "id");
        requireText(text, "text of " + id);
        options = List.copyOf(options);
        if (options.isEmpty()) {
            throw new IllegalArgumentException("question " + id + " has no options");
        }
        if (options.stream().map(Option::value).distinct().count() != options.size()) {
            throw new IllegalArgumentException("question " + id + " repeats an option");
        }
        if (saidNoneOf != null && !saidNoneOf.contains("{}")) {
            throw new IllegalArgumentException("said_none_of of " + id + " needs a {} for the options");
        }
    }

    Optional<Option> option(String value) {
        return options.stream().filter(option -> option.value().equals(value)).findFirst();
    }

    boolean hasOption(String value) {
        return option(value).isPresent();
    }

    List<String> values() {
        return options.stream().map(Option::value).toList();
    }

    /** An answer a person can choose: its value, its label, and how it reads after "You said". */
    record Option(String value, String label, String said) {

        Option {
            requireText(value, "option value");
            requireText(label, "label of " + value);
            requireText(said, "said of " + value);
        }
    }

    /** The question is asked only when {@code question} was answered with {@code is}. */
    record AskedWhen(String question, String is) {

        AskedWhen {
            requireText(question, "asked_when question");
            requireText(is, "asked_when value");
        }
    }

    private static void requireText(@Nullable String value, String name) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(name + " must not be blank");
        }
    }
}
