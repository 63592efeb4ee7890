package uk.gov.signpost.employment.internal.eligibility;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;
import uk.gov.signpost.employment.BenefitsCheckOutcome.AnswerType;
import uk.gov.signpost.platform.InvalidFieldException;

/**
 * GOV.UK's questions in GOV.UK's order and branching. It checks answers against the questions, and works out which
 * questions a person's answers lead to and which of those are still unanswered.
 */
final class QuestionFlow {

    private final List<Question> questions;

    QuestionFlow(Rulebook rulebook) {
        this.questions = rulebook.questions();
    }

    /**
     * Checks every answer given, whether or not the branching reaches its question, and puts checkbox answers in
     * GOV.UK's option order without repeats.
     *
     * @throws InvalidFieldException naming {@code answers.<question id>} for an unknown question
     *     ({@code unknown_question}), no value ({@code missing_value}), several values for a radio question
     *     ({@code too_many_values}) or an unknown option ({@code unknown_option})
     */
    Answers check(Map<String, List<String>> given) {
        Set<String> known = new HashSet<>();
        questions.forEach(question -> known.add(question.id()));
        for (String id : new TreeSet<>(given.keySet())) {
            if (!known.contains(id)) {
                throw new InvalidFieldException(
                        "unknown_question", field(id), "There is no question called '" + id + "' in this check.");
            }
        }
        Map<String, List<String>> checked = new LinkedHashMap<>();
        for (Question question : questions) {
            if (given.containsKey(question.id())) {
                checked.put(question.id(), check(question, given.get(question.id())));
            }
        }
        return new Answers(checked);
    }

    /**
     * Follows the branching from the first question. Answers to questions the branching does not reach are dropped.
     * A question counts as still needed when the answers so far lead to it; questions behind an unanswered branch
     * are left out until that branch is answered.
     */
    Position walk(Answers answers) {
        Map<String, List<String>> reached = new LinkedHashMap<>();
        Set<String> unanswered = new HashSet<>();
        List<Question> stillNeeded = new ArrayList<>();
        for (Question question : questions) {
            Reach reach = reach(question, reached, unanswered);
            if (reach == Reach.NOT_ASKED) {
                continue;
            }
            if (reach == Reach.ASKED && answers.answered(question.id())) {
                reached.put(question.id(), answers.ticked(question.id()));
            } else {
                unanswered.add(question.id());
                if (reach == Reach.ASKED) {
                    stillNeeded.add(question);
                }
            }
        }
        return new Position(new Answers(reached), stillNeeded);
    }

    private static Reach reach(Question question, Map<String, List<String>> reached, Set<String> unanswered) {
        Question.AskedWhen when = question.askedWhen();
        if (when == null) {
            return Reach.ASKED;
        }
        List<String> earlier = reached.get(when.question());
        if (earlier != null) {
            return earlier.contains(when.is()) ? Reach.ASKED : Reach.NOT_ASKED;
        }
        return unanswered.contains(when.question()) ? Reach.NOT_YET_KNOWN : Reach.NOT_ASKED;
    }

    private static List<String> check(Question question, @Nullable List<String> values) {
        String field = field(question.id());
        if (values == null || values.isEmpty() || values.stream().anyMatch(Objects::isNull)) {
            throw new InvalidFieldException("missing_value", field, question.type() == AnswerType.CHECKBOX
                    ? "Select at least one answer."
                    : "Select an answer.");
        }
        for (String value : values) {
            if (!question.hasOption(value)) {
                throw new InvalidFieldException("unknown_option", field, "'" + value + "' is not an answer to this"
                        + " question. Choose from: " + String.join(", ", question.values()) + ".");
            }
        }
        List<String> inOptionOrder = question.values().stream().filter(values::contains).toList();
        if (question.type() == AnswerType.RADIO && inOptionOrder.size() > 1) {
            throw new InvalidFieldException("too_many_values", field, "Select only one answer.");
        }
        return inOptionOrder;
    }

    private static String field(String questionId) {
        return "answers." + questionId;
    }

    private enum Reach {
        ASKED,
        NOT_ASKED,
        NOT_YET_KNOWN
    }

    /** Where a person has got to: the answers the branching reached, and the questions still to ask, in order. */
    record Position(Answers reached, List<Question> stillNeeded) {

        Position {
            stillNeeded = List.copyOf(stillNeeded);
        }

        boolean complete() {
            return stillNeeded.isEmpty();
        }
    }
}
