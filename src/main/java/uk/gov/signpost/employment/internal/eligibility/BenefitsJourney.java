package uk.gov.signpost.employment.internal.eligibility;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import uk.gov.signpost.employment.BenefitsCheck;
import uk.gov.signpost.employment.BenefitsCheckOutcome;
import uk.gov.signpost.employment.BenefitsCheckOutcome.AnswerType;
import uk.gov.signpost.employment.BenefitsCheckOutcome.Question;
import uk.gov.signpost.employment.BenefitsCheckOutcome.Result;
import uk.gov.signpost.model.Language;

/**
 * Where a person has got to in the benefits check, worked out again from their answers on every request, so that
 * nothing is stored. It replays the answers in asking order, letting the check's next questions decide what comes
 * next, and stops at the first question without a usable answer.
 *
 * <p>An answer that does not fit its question (an unknown option, or two answers to a radio question) is treated as
 * no answer, so the question is asked again. Answers to questions the replay has not reached yet are kept, so that
 * changing an early answer does not lose the later ones; once the check is complete, answers to questions the person
 * no longer reaches are dropped.
 */
record BenefitsJourney(List<Answered> answered, @Nullable Question next, List<Result> results,
        Map<String, List<String>> notYetReached) {

    BenefitsJourney {
        answered = List.copyOf(answered);
        results = List.copyOf(results);
        notYetReached = Collections.unmodifiableMap(new LinkedHashMap<>(notYetReached));
    }

    static BenefitsJourney replay(BenefitsCheck check, Map<String, List<String>> given) {
        return replay(check, given, Language.ENGLISH);
    }

    /** The journey with its questions and results worded in {@code language}. */
    static BenefitsJourney replay(BenefitsCheck check, Map<String, List<String>> given, Language language) {
        Map<String, List<String>> kept = new LinkedHashMap<>();
        List<Answered> answered = new ArrayList<>();
        while (true) {
            BenefitsCheckOutcome outcome = check.check(kept, language);
            if (outcome.complete()) {
                return new BenefitsJourney(answered, null, outcome.results(), Map.of());
            }
            Question next = outcome.nextQuestions().get(0);
            List<String> values = usable(next, given.getOrDefault(next.id(), List.of()));
            if (values.isEmpty()) {
                Map<String, List<String>> rest = new LinkedHashMap<>(given);
                rest.keySet().removeAll(kept.keySet());
                rest.remove(next.id());
                return new BenefitsJourney(answered, next, List.of(), rest);
            }
            kept.put(next.id(), values);
            answered.add(new Answered(next, values));
        }
    }

    boolean complete() {
        return next == null;
    }

    /** The answers to carry to the next page: those given so far, in asking order, then those not reached yet. */
    Map<String, List<String>> answers() {
        Map<String, List<String>> answers = new LinkedHashMap<>();
        answered.forEach(answer -> answers.put(answer.question().id(), answer.values()));
        answers.putAll(notYetReached);
        return answers;
    }

    /** A question the person may see now: one they have answered on their path, or the next one. */
    Optional<Question> askable(String questionId) {
        if (next != null && next.id().equals(questionId)) {
            return Optional.of(next);
        }
        return answerTo(questionId).map(Answered::question);
    }

    Optional<Answered> answerTo(String questionId) {
        return answered.stream().filter(answer -> answer.question().id().equals(questionId)).findFirst();
    }

    /**
     * The question asked just before this one on the person's path, if any. For the next question, that is the last
     * one answered.
     */
    Optional<Question> before(String questionId) {
        Question previous = null;
        for (Answered answer : answered) {
            if (answer.question().id().equals(questionId)) {
                return Optional.ofNullable(previous);
            }
            previous = answer.question();
        }
        return answered.isEmpty() ? Optional.empty() : Optional.of(answered.get(answered.size() - 1).question());
    }

    /** The values given for a question, in option order, if they fit it; otherwise none. */
    private static List<String> usable(Question question, List<String> values) {
        List<String> options = question.options().stream().map(BenefitsCheckOutcome.Option::value).toList();
        if (values.isEmpty() || !options.containsAll(values)) {
            return List.of();
        }
        List<String> inOptionOrder = options.stream().filter(values::contains).toList();
        return question.type() == AnswerType.RADIO && inOptionOrder.size() > 1 ? List.of() : inOptionOrder;
    }

    /** A question on the person's path and the options they chose. */
    record Answered(Question question, List<String> values) {

        Answered {
            values = List.copyOf(values);
            if (values.isEmpty()) {
                throw new IllegalArgumentException("an answered question needs at least one value");
            }
        }

        /** The labels of the chosen options, as the person saw them. */
        List<String> labels() {
            return question.options().stream()
                    .filter(option -> values.contains(option.value()))
                    .map(BenefitsCheckOutcome.Option::label)
                    .toList();
        }
    }
}
