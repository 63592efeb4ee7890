package uk.gov.signpost.employment.internal.schemes;

import java.util.List;
import java.util.Set;
import uk.gov.signpost.employment.EmploymentSituation;

/** A test on a person's situation, as written in the schemes data. Unknown facts give {@link Truth#UNKNOWN}. */
sealed interface Condition
        permits Condition.Is, Condition.In, Condition.Compare, Condition.IncludesAny, Condition.All, Condition.Any,
                Condition.Not, Condition.IfThen {

    Truth test(EmploymentSituation situation);

    /** A yes-or-no fact has this value. */
    record Is(Fact fact, boolean value) implements Condition {

        @Override
        public Truth test(EmploymentSituation situation) {
            Object actual = fact.valueIn(situation);
            return actual == null ? Truth.UNKNOWN : Truth.of(actual.equals(value));
        }
    }

    /** A choice fact is one of these values. */
    record In(Fact fact, Set<String> values) implements Condition {

        public In {
            values = Set.copyOf(values);
        }

        @Override
        public Truth test(EmploymentSituation situation) {
            Object actual = fact.valueIn(situation);
            return actual == null ? Truth.UNKNOWN : Truth.of(values.contains(actual));
        }
    }

    /** A number fact compared with a limit. */
    record Compare(Fact fact, Comparison comparison, double limit) implements Condition {

        enum Comparison {
            AT_LEAST,
            AT_MOST,
            MORE_THAN
        }

        @Override
        public Truth test(EmploymentSituation situation) {
            Object actual = fact.valueIn(situation);
            if (actual == null) {
                return Truth.UNKNOWN;
            }
            double value = (Double) actual;
            return Truth.of(switch (comparison) {
                case AT_LEAST -> value >= limit;
                case AT_MOST -> value <= limit;
                case MORE_THAN -> value > limit;
            });
        }
    }

    /** A set fact holds at least one of these values. */
    record IncludesAny(Fact fact, Set<String> values) implements Condition {

        public IncludesAny {
            values = Set.copyOf(values);
        }

        @Override
        public Truth test(EmploymentSituation situation) {
            Object actual = fact.valueIn(situation);
            if (actual == null) {
                return Truth.UNKNOWN;
            }
            return Truth.of(((Set<?>) actual).stream().anyMatch(values::contains));
        }
    }

    record All(List<Condition> conditions) implements Condition {

        public All {
            conditions = List.copyOf(conditions);
        }

        @Override
        public Truth test(EmploymentSituation situation) {
            Truth result = Truth.TRUE;
            for (Condition condition : conditions) {
                result = result.and(condition.test(situation));
            }
            return result;
        }
    }

    record Any(List<Condition> conditions) implements Condition {

        public Any {
            conditions = List.copyOf(conditions);
        }

        @Override
        public Truth test(EmploymentSituation situation) {
            Truth result = Truth.FALSE;
            for (Condition condition : conditions) {
                result = result.or(condition.test(situation));
            }
            return result;
        }
    }

    record Not(Condition condition) implements Condition {

        @Override
        public Truth test(EmploymentSituation situation) {
            return condition.test(situation).not();
        }
    }

    /** If the first holds, the second must hold too; so it holds whenever the first does not. */
    record IfThen(Condition when, Condition then) implements Condition {

        @Override
        public Truth test(EmploymentSituation situation) {
            return when.test(situation).not().or(then.test(situation));
        }
    }
}
