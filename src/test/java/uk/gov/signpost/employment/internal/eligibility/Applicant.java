package uk.gov.signpost.employment.internal.eligibility;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A complete, valid set of answers to build on, e.g. {@code anApplicant().livingIn("wales").overStatePensionAge()}.
 * Each method returns a new applicant. The starting point is chosen to show as little as possible: England, under
 * State Pension age, working 16 hours or more, no disability, not a carer, no children, no benefits, £16,000 or more.
 */
final class Applicant {

    static final String ENGLAND = "england";
    static final String WALES = "wales";
    static final String SCOTLAND = "scotland";
    static final String NORTHERN_IRELAND = "northern-ireland";
    static final List<String> NATIONS = List.of(ENGLAND, WALES, SCOTLAND, NORTHERN_IRELAND);

    private final Map<String, List<String>> answers;

    private Applicant(Map<String, List<String>> answers) {
        this.answers = answers;
    }

    static Applicant anApplicant() {
        return new Applicant(new LinkedHashMap<>())
                .with("where_do_you_live", ENGLAND)
                .with("over_state_pension_age", "no")
                .workingSixteenHoursOrMore()
                .withoutDisability()
                .with("carer_disability_or_health_condition", "no")
                .withoutChildren()
                .notOnBenefits()
                .with("assets_and_savings", "over_16000");
    }

    /** No answers at all. */
    static Applicant nobody() {
        return new Applicant(new LinkedHashMap<>());
    }

    Applicant livingIn(String nation) {
        return with("where_do_you_live", nation);
    }

    Applicant overStatePensionAge() {
        return with("over_state_pension_age", "yes");
    }

    Applicant underStatePensionAge() {
        return with("over_state_pension_age", "no");
    }

    Applicant workingSixteenHoursOrMore() {
        return with("are_you_working", "yes").with("how_many_paid_hours_work", "sixteen_or_more_per_week");
    }

    Applicant workingUnderSixteenHours() {
        return with("are_you_working", "yes").with("how_many_paid_hours_work", "sixteen_or_less_per_week");
    }

    Applicant notWorking() {
        return with("are_you_working", "no").without("how_many_paid_hours_work");
    }

    Applicant retired() {
        return with("are_you_working", "no_retired").without("how_many_paid_hours_work");
    }

    /** A disability; {@code dailyTasks} is yes or no, {@code work} one of GOV.UK's disability_affecting_work values. */
    Applicant withDisability(String dailyTasks, String work) {
        return with("disability_or_health_condition", "yes")
                .with("disability_affecting_daily_tasks", dailyTasks)
                .with("disability_affecting_work", work);
    }

    Applicant withoutDisability() {
        return with("disability_or_health_condition", "no")
                .without("disability_affecting_daily_tasks")
                .without("disability_affecting_work");
    }

    Applicant caring() {
        return with("carer_disability_or_health_condition", "yes");
    }

    /** Children (or a pregnancy) in the given age bands, none of them disabled. */
    Applicant withChildren(String... ages) {
        return with("children_living_with_you", "yes")
                .with("age_of_children", ages)
                .with("children_with_disability", "no");
    }

    /** Children (or a pregnancy) in the given age bands, at least one of them disabled. */
    Applicant withDisabledChildren(String... ages) {
        return withChildren(ages).with("children_with_disability", "yes");
    }

    Applicant withoutChildren() {
        return with("children_living_with_you", "no").without("age_of_children").without("children_with_disability");
    }

    Applicant onBenefits(String... benefits) {
        return with("on_benefits", "yes").with("current_benefits", benefits);
    }

    Applicant notOnBenefits() {
        return with("on_benefits", "no").without("current_benefits");
    }

    Applicant notSureAboutBenefits() {
        return with("on_benefits", "dont_know").without("current_benefits");
    }

    Applicant savings(String band) {
        return with("assets_and_savings", band);
    }

    Applicant with(String question, String... values) {
        Map<String, List<String>> copy = new LinkedHashMap<>(answers);
        copy.put(question, new ArrayList<>(List.of(values)));
        return new Applicant(copy);
    }

    Applicant without(String question) {
        Map<String, List<String>> copy = new LinkedHashMap<>(answers);
        copy.remove(question);
        return new Applicant(copy);
    }

    Map<String, List<String>> answers() {
        return answers;
    }
}
