package uk.gov.signpost.employment.internal.eligibility;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import tools.jackson.databind.JsonNode;
import uk.gov.signpost.employment.BenefitsCheckOutcome.AnswerType;
import uk.gov.signpost.employment.internal.eligibility.Condition.All;
import uk.gov.signpost.employment.internal.eligibility.Condition.Any;
import uk.gov.signpost.employment.internal.eligibility.Condition.IncludesAny;
import uk.gov.signpost.employment.internal.eligibility.Condition.IncludesNoneOf;
import uk.gov.signpost.employment.internal.eligibility.Condition.Is;
import uk.gov.signpost.employment.internal.eligibility.Condition.IsNot;

/**
 * Reads a rule's {@code when} from the rules data, checking that every question and option it names exists and
 * suits the test (one value for radio questions, a set for checkbox questions).
 *
 * <p>It also spells out GOV.UK's two shorthands, named as in GOV.UK's calculator:
 * <ul>
 *   <li>{@code permitted: S} is {@code permitted_benefits?(S)}: on_benefits=dont_know, or on_benefits=yes and none
 *       of current_benefits is in S. S lists the benefits that rule someone out.
 *   <li>{@code general_child_benefit_eligibility: {skip: S, ages: A}}: children live with them, a ticked age is in A,
 *       on_benefits is not "no", and permitted(S).
 * </ul>
 */
final class ConditionReader {

    static final String ON_BENEFITS = "on_benefits";
    static final String CURRENT_BENEFITS = "current_benefits";
    static final String CHILDREN = "children_living_with_you";
    static final String CHILD_AGES = "age_of_children";

    private final Map<String, Question> questions;

    ConditionReader(List<Question> questions) {
        this.questions = questions.stream().collect(Collectors.toMap(Question::id, Function.identity()));
    }

    Condition read(JsonNode node, String where) {
        if (!node.isObject()) {
            throw invalid(where, "a condition must be an object");
        }
        if (node.has("all")) {
            return new All(each(node, "all", where));
        }
        if (node.has("any")) {
            return new Any(each(node, "any", where));
        }
        if (node.has("permitted")) {
            return permitted(strings(node.get("permitted"), where + ".permitted"), where);
        }
        if (node.has("general_child_benefit_eligibility")) {
            JsonNode shorthand = node.get("general_child_benefit_eligibility");
            String at = where + ".general_child_benefit_eligibility";
            return generalChildBenefitEligibility(
                    strings(shorthand.path("skip"), at + ".skip"), strings(shorthand.path("ages"), at + ".ages"), at);
        }
        if (node.has("question")) {
            return answerTest(node, where);
        }
        throw invalid(where, "unknown condition " + node);
    }

    private List<Condition> each(JsonNode node, String name, String where) {
        JsonNode parts = node.get(name);
        if (node.size() != 1 || !parts.isArray() || parts.isEmpty()) {
            throw invalid(where, name + " needs a non-empty list and nothing beside it");
        }
        List<Condition> conditions = new ArrayList<>();
        int i = 0;
        for (JsonNode part : parts.values()) {
            conditions.add(read(part, where + "." + name + "[" + i++ + "]"));
        }
        return conditions;
    }

    private Condition answerTest(JsonNode node, String where) {
        if (node.size() != 2) {
            throw invalid(where, "an answer test names one question and one test");
        }
        String question = node.get("question").asString();
        if (node.has("is")) {
            return is(question, node.get("is").asString(), where);
        }
        if (node.has("is_not")) {
            return isNot(question, node.get("is_not").asString(), where);
        }
        if (node.has("includes_any")) {
            return includesAny(question, strings(node.get("includes_any"), where), where);
        }
        if (node.has("includes_none_of")) {
            return includesNoneOf(question, strings(node.get("includes_none_of"), where), where);
        }
        throw invalid(where, "unknown test on " + question);
    }

    private Condition permitted(List<String> disqualifying, String where) {
        return new Any(List.of(
                is(ON_BENEFITS, "dont_know", where),
                new All(List.of(
                        is(ON_BENEFITS, "yes", where), includesNoneOf(CURRENT_BENEFITS, disqualifying, where)))));
    }

    private Condition generalChildBenefitEligibility(List<String> disqualifying, List<String> ages, String where) {
        if (ages.isEmpty()) {
            throw invalid(where, "general_child_benefit_eligibility needs ages");
        }
        return new All(List.of(
                is(CHILDREN, "yes", where),
                includesAny(CHILD_AGES, ages, where),
                isNot(ON_BENEFITS, "no", where),
                permitted(disqualifying, where)));
    }

    private Is is(String question, String value, String where) {
        requireOptions(question, AnswerType.RADIO, List.of(value), where);
        return new Is(question, value);
    }

    private IsNot isNot(String question, String value, String where) {
        requireOptions(question, AnswerType.RADIO, List.of(value), where);
        return new IsNot(question, value);
    }

    private IncludesAny includesAny(String question, List<String> values, String where) {
        if (values.isEmpty()) {
            throw invalid(where, "includes_any on " + question + " needs at least one option");
        }
        requireOptions(question, AnswerType.CHECKBOX, values, where);
        return new IncludesAny(question, values);
    }

    private IncludesNoneOf includesNoneOf(String question, List<String> values, String where) {
        requireOptions(question, AnswerType.CHECKBOX, values, where);
        if (!values.isEmpty() && questions.get(question).saidNoneOf() == null) {
            throw invalid(where, question + " needs said_none_of to explain includes_none_of");
        }
        return new IncludesNoneOf(question, values);
    }

    private void requireOptions(String id, AnswerType type, List<String> values, String where) {
        Question question = questions.get(id);
        if (question == null) {
            throw invalid(where, "there is no question " + id);
        }
        if (question.type() != type) {
            throw invalid(where, id + " is not a " + type.name().toLowerCase() + " question");
        }
        for (String value : values) {
            if (!question.hasOption(value)) {
                throw invalid(where, id + " has no option " + value);
            }
        }
    }

    private static List<String> strings(JsonNode node, String where) {
        if (!node.isArray()) {
            throw invalid(where, "expected a list of option values");
        }
        List<String> values = new ArrayList<>();
        for (JsonNode value : node.values()) {
            if (!value.isString()) {
                throw invalid(where, "option values must be text");
            }
            values.add(value.stringValue());
        }
        return values;
    }

    private static IllegalStateException invalid(String where, String problem) {
        return new IllegalStateException("Rules data at " + where + ": " + problem);
    }
}
