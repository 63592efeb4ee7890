package uk.gov.signpost.employment.internal.eligibility;

import java.util.ArrayList;
import java.util.List;

/**
 * One test on a person's answers, as written in the rules data. {@link ConditionReader} builds these from JSON;
 * GOV.UK's shorthands ({@code permitted}, {@code general_child_benefit_eligibility}) become the plain forms below.
 */
sealed interface Condition
        permits Condition.Is, Condition.IsNot, Condition.IncludesAny, Condition.IncludesNoneOf, Condition.All,
                Condition.Any {

    /** Whether the answers meet this condition, with the answers that met it. */
    Match match(Answers answers);

    /** A radio question was answered with {@code value}. */
    record Is(String question, String value) implements Condition {

        @Override
        public Match match(Answers answers) {
            return value.equals(answers.radio(question))
                    ? Match.because(Fact.said(question, List.of(value)))
                    : Match.NO;
        }
    }

    /**
     * A radio question was answered with anything but {@code value}, or was not asked. GOV.UK treats an unset
     * answer as different from every value: someone with no disability is never asked whether it stops them
     * working, so "not unable to work" holds for them.
     */
    record IsNot(String question, String value) implements Condition {

        @Override
        public Match match(Answers answers) {
            String actual = answers.radio(question);
            if (actual == null) {
                return Match.because(List.of());
            }
            return actual.equals(value) ? Match.NO : Match.because(Fact.said(question, List.of(actual)));
        }
    }

    /** At least one ticked option of a checkbox question is in {@code values}. */
    record IncludesAny(String question, List<String> values) implements Condition {

        public IncludesAny {
            values = List.copyOf(values);
        }

        @Override
        public Match match(Answers answers) {
            List<String> hits =
                    answers.ticked(question).stream().filter(values::contains).toList();
            return hits.isEmpty() ? Match.NO : Match.because(Fact.said(question, hits));
        }
    }

    /** No ticked option of a checkbox question is in {@code values}; holds when the question was not asked. */
    record IncludesNoneOf(String question, List<String> values) implements Condition {

        public IncludesNoneOf {
            values = List.copyOf(values);
        }

        @Override
        public Match match(Answers answers) {
            List<String> ticked = answers.ticked(question);
            if (ticked.isEmpty()) {
                return Match.because(List.of());
            }
            if (ticked.stream().anyMatch(values::contains)) {
                return Match.NO;
            }
            List<Fact> facts = new ArrayList<>();
            facts.add(Fact.said(question, ticked));
            if (!values.isEmpty()) {
                facts.add(Fact.saidNoneOf(question, values));
            }
            return Match.because(facts);
        }
    }

    /** Every one of the conditions holds. */
    record All(List<Condition> conditions) implements Condition {

        public All {
            conditions = List.copyOf(conditions);
        }

        @Override
        public Match match(Answers answers) {
            List<Fact> facts = new ArrayList<>();
            for (Condition condition : conditions) {
                Match match = condition.match(answers);
                if (!match.holds()) {
                    return Match.NO;
                }
                facts.addAll(match.facts());
            }
            return Match.because(facts);
        }
    }

    /** At least one of the conditions holds; the first that holds gives the facts. */
    record Any(List<Condition> conditions) implements Condition {

        public Any {
            conditions = List.copyOf(conditions);
        }

        @Override
        public Match match(Answers answers) {
            for (Condition condition : conditions) {
                Match match = condition.match(answers);
                if (match.holds()) {
                    return match;
                }
            }
            return Match.NO;
        }
    }
}
