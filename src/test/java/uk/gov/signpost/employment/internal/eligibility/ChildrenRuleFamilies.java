package uk.gov.signpost.employment.internal.eligibility;

import static uk.gov.signpost.employment.internal.eligibility.Applicant.ENGLAND;
import static uk.gov.signpost.employment.internal.eligibility.Applicant.NORTHERN_IRELAND;
import static uk.gov.signpost.employment.internal.eligibility.Applicant.SCOTLAND;
import static uk.gov.signpost.employment.internal.eligibility.Applicant.WALES;
import static uk.gov.signpost.employment.internal.eligibility.Applicant.anApplicant;
import static uk.gov.signpost.employment.internal.eligibility.RuleFamily.shownWhen;

import java.util.List;

/** The reference's rules about children, pregnancy, childcare and school, as examples. */
final class ChildrenRuleFamilies {

    private ChildrenRuleFamilies() {}

    static List<RuleFamily> all() {
        Applicant parent = anApplicant();
        return List.of(
                shownWhen("a child aged 5 to 7 and on Income Support",
                                parent.withChildren("5_to_7").onBenefits("income_support"))
                        .in("scottish_child_payment", SCOTLAND)
                        .notWhen("no children", parent.onBenefits("income_support"))
                        .notWhen("only a child aged 16 to 17",
                                parent.withChildren("16_to_17").onBenefits("income_support"))
                        .notWhen("only expecting a child", parent.withChildren("pregnant").onBenefits("income_support"))
                        .notWhen("not on benefits", parent.withChildren("5_to_7"))
                        .notWhen("getting Housing Benefit",
                                parent.withChildren("5_to_7").onBenefits("housing_benefit")),
                shownWhen("working with a child aged 8 to 11 who is not disabled", parent.withChildren("8_to_11"))
                        .in("tax_free_childcare", ENGLAND, WALES, SCOTLAND, NORTHERN_IRELAND)
                        .in("childcare_subsidy_scheme_ni", NORTHERN_IRELAND)
                        .notWhen("not working", parent.notWorking().withChildren("8_to_11"))
                        .notWhen("the child is disabled", parent.withDisabledChildren("8_to_11"))
                        .notWhen("only a child aged 12 to 15", parent.withChildren("12_to_15")),
                shownWhen("working with a disabled child aged 16 to 17", parent.withDisabledChildren("16_to_17"))
                        .in("tax_free_childcare_with_disability", ENGLAND, WALES, SCOTLAND, NORTHERN_IRELAND)
                        .notWhen("not working", parent.retired().withDisabledChildren("16_to_17"))
                        .notWhen("the child is not disabled", parent.withChildren("16_to_17"))
                        .notWhen("only a disabled child aged 18 to 19", parent.withDisabledChildren("18_to_19")),
                shownWhen("a 2-year-old and not sure about benefits", parent.withChildren("2").notSureAboutBenefits())
                        .in("free_childcare_2yr_olds", ENGLAND)
                        .in("free_childcare_2yr_olds_wales", WALES)
                        .notWhen("only a child aged 3 to 4", parent.withChildren("3_to_4").notSureAboutBenefits())
                        .notWhen("not on benefits", parent.withChildren("2"))
                        .notWhen("getting Housing Benefit", parent.withChildren("2").onBenefits("housing_benefit")),
                shownWhen("a child aged 3 to 4", parent.withChildren("3_to_4"))
                        .in("childcare_3_4yr_olds_wales", WALES)
                        .in("15hrs_free_childcare_3_4yr_olds_england", ENGLAND)
                        .notWhen("only a 2-year-old", parent.withChildren("2"))
                        .notWhen("no children", parent),
                shownWhen("a child aged 5 to 7", parent.notWorking().withChildren("5_to_7"))
                        .in("funded_early_learning_and_childcare_scotland", SCOTLAND)
                        .notWhen("only a child aged 8 to 11", parent.withChildren("8_to_11"))
                        .notWhen("only a child aged 1 or under", parent.withChildren("1_or_under")),
                shownWhen("working with a child aged 1 or under", parent.withChildren("1_or_under"))
                        .in("30hrs_free_childcare_3_4yrs_england", ENGLAND)
                        .notWhen("not working", parent.notWorking().withChildren("1_or_under"))
                        .notWhen("only a child aged 5 to 7", parent.withChildren("5_to_7")),
                shownWhen("a disabled child aged 18 to 19", parent.withDisabledChildren("18_to_19"))
                        .in("child_winter_heating_payment", SCOTLAND)
                        .notWhen("the child is not disabled", parent.withChildren("18_to_19"))
                        .notWhen("no children", parent),
                shownWhen("a disabled child aged 12 to 15", parent.withDisabledChildren("12_to_15"))
                        .in("disability_living_allowance_for_children", ENGLAND, WALES)
                        .in("disability_living_allowance_for_children_ni", NORTHERN_IRELAND)
                        .in("child_disability_payment_scotland", SCOTLAND)
                        .notWhen("the child is not disabled", parent.withChildren("12_to_15"))
                        .notWhen("only a disabled child aged 16 to 17", parent.withDisabledChildren("16_to_17")),
                shownWhen("over State Pension age with a disabled child aged 18 to 19",
                                parent.overStatePensionAge().withDisabledChildren("18_to_19"))
                        .in("personal_independence_payment", ENGLAND, WALES)
                        .in("personal_independence_payment_northern_ireland", NORTHERN_IRELAND)
                        .notWhen("the child is not disabled", parent.overStatePensionAge().withChildren("18_to_19")),
                shownWhen("children", parent.withChildren("18_to_19"))
                        .in("child_benefit", ENGLAND, WALES, SCOTLAND, NORTHERN_IRELAND)
                        .notWhen("no children", parent),
                shownWhen("under State Pension age and expecting a child", parent.withChildren("pregnant"))
                        .in("maternity_allowance", ENGLAND, WALES, SCOTLAND)
                        .in("maternity_allowance_ni", NORTHERN_IRELAND)
                        .notWhen("over State Pension age", parent.overStatePensionAge().withChildren("pregnant"))
                        .notWhen("only a 2-year-old", parent.withChildren("2")),
                shownWhen("expecting a child and on Universal Credit",
                                parent.withChildren("pregnant").onBenefits("universal_credit"))
                        .in("sure_start_maternity_grant", ENGLAND, WALES, NORTHERN_IRELAND)
                        .notWhen("getting Housing Benefit",
                                parent.withChildren("pregnant").onBenefits("housing_benefit"))
                        .notWhen("not on benefits", parent.withChildren("pregnant"))
                        .notWhen("only a 2-year-old", parent.withChildren("2").onBenefits("universal_credit")),
                shownWhen("a child aged 1 or under and on Housing Benefit",
                                parent.withChildren("1_or_under").onBenefits("housing_benefit"))
                        .in("pregnancy_and_baby_payment_scotland", SCOTLAND)
                        .notWhen("not on benefits", parent.withChildren("1_or_under"))
                        .notWhen("only a 2-year-old", parent.withChildren("2").onBenefits("housing_benefit")),
                shownWhen("a child aged 3 to 4 and not sure about benefits",
                                parent.withChildren("3_to_4").notSureAboutBenefits())
                        .in("healthy_start", ENGLAND, WALES, NORTHERN_IRELAND)
                        .notWhen("getting Housing Benefit", parent.withChildren("3_to_4").onBenefits("housing_benefit"))
                        .notWhen("only a child aged 5 to 7", parent.withChildren("5_to_7").notSureAboutBenefits()),
                shownWhen("a 2-year-old and on Universal Credit",
                        parent.withChildren("2").onBenefits("universal_credit"))
                        .in("best_start_foods_scotland", SCOTLAND)
                        .notWhen("getting Pension Credit", parent.withChildren("2").onBenefits("pension_credit"))
                        .notWhen("only a child aged 3 to 4",
                                parent.withChildren("3_to_4").onBenefits("universal_credit")),
                shownWhen("a child aged 16 to 17 and on Universal Credit",
                                parent.withChildren("16_to_17").onBenefits("universal_credit"))
                        .in("free_school_meals_england", ENGLAND)
                        .in("free_school_meals_wales", WALES)
                        .in("free_school_meals_and_uniform_grants_northern_ireland", NORTHERN_IRELAND)
                        .in("school_essentials_grant_wales", WALES)
                        .notWhen("getting Housing Benefit",
                                parent.withChildren("16_to_17").onBenefits("housing_benefit"))
                        .notWhen("only a child aged 18 to 19",
                                parent.withChildren("18_to_19").onBenefits("universal_credit"))
                        .notWhen("not on benefits", parent.withChildren("16_to_17")),
                shownWhen("a child aged 3 to 4 and on Housing Benefit",
                                parent.withChildren("3_to_4").onBenefits("housing_benefit"))
                        .in("free_school_meals_scotland", SCOTLAND)
                        .notWhen("only a child aged 18 to 19",
                                parent.withChildren("18_to_19").onBenefits("housing_benefit"))
                        .notWhen("not on benefits", parent.withChildren("3_to_4")),
                shownWhen("a child aged 18 to 19 and on Housing Benefit",
                                parent.withChildren("18_to_19").onBenefits("housing_benefit"))
                        .in("school_clothing_grant_scotland", SCOTLAND)
                        .notWhen("only a 2-year-old", parent.withChildren("2").onBenefits("housing_benefit"))
                        .notWhen("not on benefits", parent.withChildren("18_to_19")),
                shownWhen("a child aged 18 to 19", parent.withChildren("18_to_19"))
                        .in("home_to_school_transport", ENGLAND, WALES)
                        .in("free_school_transport_scotland", SCOTLAND)
                        .in("home_to_school_transport_ni", NORTHERN_IRELAND)
                        .notWhen("only a 2-year-old", parent.withChildren("2"))
                        .notWhen("no children", parent),
                shownWhen("a child aged 16 to 17", parent.withChildren("16_to_17"))
                        .in("education_maintenance_allowance_ni", NORTHERN_IRELAND)
                        .in("education_maintenance_allowance_scotland", SCOTLAND)
                        .in("education_maintenance_allowance_wales", WALES)
                        .in("bursary_fund_16_to_19", ENGLAND)
                        .notWhen("only a child aged 12 to 15", parent.withChildren("12_to_15")),
                shownWhen("a disabled child and none of the money, savings and investments",
                                parent.withDisabledChildren("5_to_7").savings("none_16000"))
                        .in("disabled_facilities_grant", ENGLAND, WALES)
                        .in("disabled_facilities_grant_ni", NORTHERN_IRELAND)
                        .notWhen("£16,000 or more", parent.withDisabledChildren("5_to_7")),
                shownWhen("a disabled child, whatever the savings", parent.withDisabledChildren("5_to_7"))
                        .in("help_with_house_adaptations_if_you_are_disabled", SCOTLAND)
                        .notWhen("the child is not disabled", parent.withChildren("5_to_7")));
    }
}
