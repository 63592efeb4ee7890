package uk.gov.signpost.employment.internal.eligibility;

import static uk.gov.signpost.employment.internal.eligibility.Applicant.ENGLAND;
import static uk.gov.signpost.employment.internal.eligibility.Applicant.NORTHERN_IRELAND;
import static uk.gov.signpost.employment.internal.eligibility.Applicant.SCOTLAND;
import static uk.gov.signpost.employment.internal.eligibility.Applicant.WALES;
import static uk.gov.signpost.employment.internal.eligibility.Applicant.anApplicant;
import static uk.gov.signpost.employment.internal.eligibility.RuleFamily.shownWhen;

import java.util.List;

/** The reference's rules about age, work, health, caring, benefits and savings, as examples. */
final class IncomeAndHealthRuleFamilies {

    private IncomeAndHealthRuleFamilies() {}

    static List<RuleFamily> all() {
        Applicant pensioner = anApplicant().overStatePensionAge();
        return List.of(
                shownWhen("under State Pension age, not working, and a disability limits work",
                                anApplicant().notWorking().withDisability("no", "yes_limits_work"))
                        .in("employment_and_support_allowance", ENGLAND, WALES, SCOTLAND)
                        .in("employment_and_support_allowance_northern_ireland", NORTHERN_IRELAND)
                        .notWhen("over State Pension age", anApplicant().overStatePensionAge().notWorking()
                                .withDisability("no", "yes_limits_work"))
                        .notWhen("retired", anApplicant().retired().withDisability("no", "yes_limits_work"))
                        .notWhen("the disability does not affect work",
                                anApplicant().notWorking().withDisability("yes", "no"))
                        .notWhen("no disability", anApplicant().notWorking()),
                shownWhen("under State Pension age and not working", anApplicant().notWorking())
                        .in("jobseekers_allowance", ENGLAND, WALES, SCOTLAND)
                        .in("jobseekers_allowance_northern_ireland", NORTHERN_IRELAND)
                        .notWhen("over State Pension age", pensioner.notWorking())
                        .notWhen("working 16 hours or more", anApplicant())
                        .notWhen("retired", anApplicant().retired())
                        .notWhen("unable to work at all",
                                anApplicant().notWorking().withDisability("no", "yes_unable_to_work")),
                shownWhen("over State Pension age and not on benefits", pensioner)
                        .in("pension_credit", ENGLAND, WALES, SCOTLAND)
                        .in("pension_credit_northern_ireland", NORTHERN_IRELAND)
                        .notWhen("under State Pension age", anApplicant())
                        .notWhen("already getting Pension Credit", pensioner.onBenefits("pension_credit")),
                shownWhen("not on benefits", anApplicant())
                        .in("housing_benefit", ENGLAND, WALES)
                        .in("housing_benefit_scotland", SCOTLAND)
                        .in("housing_benefit_northern_ireland", NORTHERN_IRELAND)
                        .notWhen("already getting Housing Benefit", anApplicant().onBenefits("housing_benefit")),
                shownWhen("a disability that does not affect work", anApplicant().withDisability("no", "no"))
                        .in("access_to_work", ENGLAND, WALES, SCOTLAND)
                        .in("access_to_work_northern-ireland", NORTHERN_IRELAND)
                        .notWhen("no disability", anApplicant())
                        .notWhen("unable to work at all", anApplicant().withDisability("no", "yes_unable_to_work")),
                shownWhen("under State Pension age with less than £16,000", anApplicant().savings("under_16000"))
                        .in("universal_credit", ENGLAND, WALES, SCOTLAND)
                        .in("universal_credit_northern_ireland", NORTHERN_IRELAND)
                        .notWhen("£16,000 or more", anApplicant())
                        .notWhen("over State Pension age", pensioner.savings("under_16000"))
                        .notWhen("already getting Universal Credit",
                                anApplicant().savings("none_16000").onBenefits("universal_credit")),
                shownWhen("over State Pension age", pensioner)
                        .in("winter_fuel_payment", ENGLAND, WALES)
                        .in("winter_fuel_payment_ni", NORTHERN_IRELAND)
                        .in("pension_age_winter_heating_payment", SCOTLAND)
                        .in("apply_for_an_older_persons_bus_pass_england", ENGLAND)
                        .notWhen("under State Pension age", anApplicant()),
                shownWhen("caring 35 hours a week or more", anApplicant().caring())
                        .in("carers_allowance", ENGLAND, WALES)
                        .in("carers_allowance_ni", NORTHERN_IRELAND)
                        .in("carer_support_payment", SCOTLAND)
                        .notWhen("not caring", anApplicant()),
                shownWhen("not sure about benefits", anApplicant().notSureAboutBenefits())
                        .in("winter_heating_payment", SCOTLAND)
                        .notWhen("not on benefits", anApplicant()),
                shownWhen("under State Pension age with a disability", anApplicant().withDisability("no", "no"))
                        .in("personal_independence_payment", ENGLAND, WALES)
                        .in("personal_independence_payment_northern_ireland", NORTHERN_IRELAND)
                        .notWhen("over State Pension age", pensioner.withDisability("yes", "no"))
                        .notWhen("no disability and a disabled child under 16",
                                anApplicant().withDisabledChildren("12_to_15")),
                shownWhen("under State Pension age with a disability affecting daily tasks",
                                anApplicant().withDisability("yes", "no"))
                        .in("adult_disability_payment_scotland", SCOTLAND)
                        .notWhen("daily tasks not affected", anApplicant().withDisability("no", "no"))
                        .notWhen("over State Pension age", pensioner.withDisability("yes", "no")),
                shownWhen("over State Pension age with a disability affecting daily tasks",
                                pensioner.withDisability("yes", "no"))
                        .in("attendance_allowance", ENGLAND, WALES, SCOTLAND)
                        .in("attendance_allowance_ni", NORTHERN_IRELAND)
                        .notWhen("under State Pension age", anApplicant().withDisability("yes", "no"))
                        .notWhen("daily tasks not affected", pensioner.withDisability("no", "no")),
                shownWhen("a disability", anApplicant().withDisability("no", "no"))
                        .in("free_tv_licence", ENGLAND, WALES, SCOTLAND, NORTHERN_IRELAND)
                        .notWhen("over State Pension age, not on benefits", pensioner)
                        .notWhen("over State Pension age on Universal Credit only",
                                pensioner.onBenefits("universal_credit"))
                        .notWhen("under State Pension age, not sure about benefits",
                                anApplicant().notSureAboutBenefits()),
                shownWhen("getting Income Support", anApplicant().onBenefits("income_support"))
                        .in("budgeting_loan", ENGLAND, WALES, SCOTLAND)
                        .in("social_fund_budgeting_loan_northern_ireland", NORTHERN_IRELAND)
                        .notWhen("not on benefits", anApplicant())
                        .notWhen("getting Universal Credit", anApplicant().onBenefits("universal_credit"))
                        .notWhen("getting Housing Benefit",
                                anApplicant().onBenefits("income_support", "housing_benefit")),
                shownWhen("a disability", anApplicant().withDisability("no", "yes_unable_to_work"))
                        .in("apply_for_a_disabled_persons_bus_pass", ENGLAND)
                        .in("apply_for_a_disabled_persons_bus_pass_wales", WALES)
                        .in("apply_for_a_disabled_persons_bus_pass_scotland", SCOTLAND)
                        .in("apply_for_a_disabled_persons_travel_pass_ni", NORTHERN_IRELAND)
                        .notWhen("no disability", anApplicant()),
                shownWhen("not sure about benefits", anApplicant().notSureAboutBenefits())
                        .in("support_for_mortgage_interest_(smi)", ENGLAND, WALES, SCOTLAND)
                        .in("support_for_mortgage_interest_(smi)_ni", NORTHERN_IRELAND)
                        .notWhen("not on benefits", anApplicant())
                        .notWhen("getting Housing Benefit", anApplicant().onBenefits("housing_benefit")),
                shownWhen("getting Pension Credit", pensioner.onBenefits("pension_credit"))
                        .in("warm_home_discount_scheme", ENGLAND, WALES)
                        .in("warm_home_discount_scheme_scotland", SCOTLAND)
                        .notWhen("not on benefits", pensioner),
                shownWhen("under State Pension age and getting Universal Credit",
                                anApplicant().onBenefits("universal_credit"))
                        .in("help_to_save", ENGLAND, WALES, SCOTLAND, NORTHERN_IRELAND)
                        .notWhen("over State Pension age", pensioner.onBenefits("universal_credit"))
                        .notWhen("getting only income-based JSA", anApplicant().onBenefits("jobseekers_allowance"))
                        .notWhen("not on benefits", anApplicant().savings("none_16000")),
                shownWhen("a disability and less than £16,000",
                                anApplicant().withDisability("no", "no").savings("under_16000"))
                        .in("disabled_facilities_grant", ENGLAND, WALES)
                        .in("disabled_facilities_grant_ni", NORTHERN_IRELAND)
                        .notWhen("£16,000 or more", anApplicant().withDisability("no", "no"))
                        .notWhen("no disability and no disabled child", anApplicant().savings("none_16000")),
                shownWhen("getting Housing Benefit", anApplicant().onBenefits("housing_benefit"))
                        .in("discretionary_housing_payment_scotland", SCOTLAND)
                        .in("discretionary_housing_payment_wales", WALES)
                        .in("discretionary_housing_payment_ni", NORTHERN_IRELAND)
                        .notWhen("getting only Pension Credit", pensioner.onBenefits("pension_credit"))
                        .notWhen("not on benefits", anApplicant()),
                shownWhen("anyone", anApplicant())
                        .in("council_tax_reduction", ENGLAND, WALES, SCOTLAND)
                        .in("rate_relief", NORTHERN_IRELAND)
                        .in("nhs_help_with_health_costs", ENGLAND, WALES)
                        .in("help_with_health_costs_scotland", SCOTLAND)
                        .in("nhs_help_with_health_costs_northern_ireland", NORTHERN_IRELAND)
                        .in("discretionary_assistance_fund", WALES)
                        .in("crisis_grant_scotland", SCOTLAND)
                        .in("discretionary_support_ni", NORTHERN_IRELAND)
                        .in("cost_of_living_local_council", ENGLAND)
                        .in("apply_for_an_older_persons_bus_pass_wales", WALES)
                        .in("apply_for_an_older_persons_bus_pass_scotland", SCOTLAND)
                        .in("apply_for_an_older_persons_travel_pass_ni", NORTHERN_IRELAND));
    }
}
