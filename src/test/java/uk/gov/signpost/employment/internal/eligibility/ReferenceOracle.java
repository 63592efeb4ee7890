package uk.gov.signpost.employment.internal.eligibility;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

/**
 * The reference's rules table typed out again as plain Java, independently of the rules data, so that a random
 * sample of answers can be run through both. Nations: E, W, S, N.
 */
final class ReferenceOracle {

    /** One complete, reachable set of answers, in the reference's notation. */
    record Profile(String country, boolean spa, String working, String hours, boolean disability, String dailyTasks,
            String affectsWork, boolean carer, boolean kids, Set<String> ages, String childDisability,
            String onBenefits, Set<String> current, String savings) {}

    private static final Set<String> UP_TO_15 = Set.of("1_or_under", "2", "3_to_4", "5_to_7", "8_to_11", "12_to_15");
    private static final Set<String> UP_TO_11 = Set.of("1_or_under", "2", "3_to_4", "5_to_7", "8_to_11");
    private static final Set<String> SCHOOL = Set.of("3_to_4", "5_to_7", "8_to_11", "12_to_15", "16_to_17");
    private static final Set<String> SCHOOL_TO_19 = Set.of("3_to_4", "5_to_7", "8_to_11", "12_to_15", "16_to_17",
            "18_to_19");
    private static final Set<String> OLDER = Set.of("16_to_17", "18_to_19");
    private static final Set<String> BABY = Set.of("pregnant", "1_or_under");

    private final Map<String, Rule> rules = new LinkedHashMap<>();

    private record Rule(String nations, Predicate<Profile> shown) {}

    ReferenceOracle() {
        Predicate<Profile> esa = p -> !p.spa() && !p.working().equals("no_retired") && p.disability()
                && !"no".equals(p.affectsWork());
        Predicate<Profile> jsa = p -> !p.spa() && !"yes_unable_to_work".equals(p.affectsWork())
                && (p.working().equals("no")
                        || (p.working().equals("yes") && "sixteen_or_less_per_week".equals(p.hours())));
        Predicate<Profile> pension = p -> p.spa() && (p.onBenefits().equals("no") || permitted(p, "pension_credit"));
        Predicate<Profile> housing = p -> p.onBenefits().equals("no") || permitted(p, "housing_benefit");
        Predicate<Profile> access = p -> p.disability() && !"yes_unable_to_work".equals(p.affectsWork());
        Predicate<Profile> uc = p -> !p.spa() && !p.savings().equals("over_16000")
                && (p.onBenefits().equals("no") || permitted(p, "universal_credit"));
        Predicate<Profile> childDisability = p -> p.kids() && "yes".equals(p.childDisability()) && any(p.ages(),
                UP_TO_15);
        Predicate<Profile> pip = p -> (!p.spa() && p.disability())
                || (p.kids() && "yes".equals(p.childDisability()) && any(p.ages(), OLDER));
        Predicate<Profile> attendance = p -> p.spa() && p.disability() && "yes".equals(p.dailyTasks());
        Predicate<Profile> always = p -> true;
        Predicate<Profile> onSome = p -> !p.onBenefits().equals("no");
        Predicate<Profile> budgeting = p -> onSome.test(p) && permitted(p, "universal_credit", "housing_benefit");
        Predicate<Profile> maternity = p -> p.kids() && !p.spa() && any(p.ages(), BABY);
        Predicate<Profile> schoolMeals = p -> g(p, Set.of("housing_benefit"), SCHOOL);
        Predicate<Profile> transport = p -> p.kids() && any(p.ages(), SCHOOL_TO_19);
        Predicate<Profile> mortgage = p -> onSome.test(p) && permitted(p, "housing_benefit");
        Predicate<Profile> olderChild = p -> p.kids() && any(p.ages(), OLDER);
        Predicate<Profile> adaptations = p -> p.disability() || (p.kids() && "yes".equals(p.childDisability()));
        Predicate<Profile> facilities = p -> !p.savings().equals("over_16000") && adaptations.test(p);
        Predicate<Profile> childcare = p -> p.working().equals("yes") && p.kids() && "no".equals(p.childDisability())
                && any(p.ages(), UP_TO_11);
        Predicate<Profile> dhp = p -> p.onBenefits().equals("dont_know")
                || any(p.current(), Set.of("universal_credit", "housing_benefit"));

        rule("employment_and_support_allowance", "EWS", esa);
        rule("employment_and_support_allowance_northern_ireland", "N", esa);
        rule("jobseekers_allowance", "EWS", jsa);
        rule("jobseekers_allowance_northern_ireland", "N", jsa);
        rule("pension_credit", "EWS", pension);
        rule("pension_credit_northern_ireland", "N", pension);
        rule("housing_benefit", "EW", housing);
        rule("housing_benefit_scotland", "S", housing);
        rule("housing_benefit_northern_ireland", "N", housing);
        rule("access_to_work", "EWS", access);
        rule("access_to_work_northern-ireland", "N", access);
        rule("universal_credit", "EWS", uc);
        rule("universal_credit_northern_ireland", "N", uc);
        rule("scottish_child_payment", "S", p -> p.kids() && any(p.ages(), UP_TO_15) && onSome.test(p)
                && permitted(p, "housing_benefit"));
        rule("tax_free_childcare", "EWSN", childcare);
        rule("tax_free_childcare_with_disability", "EWSN", p -> p.working().equals("yes") && p.kids()
                && "yes".equals(p.childDisability()) && any(p.ages(), union(UP_TO_15, Set.of("16_to_17"))));
        Predicate<Profile> twos = p -> p.kids() && p.ages().contains("2") && onSome.test(p) && permitted(p,
                "housing_benefit");
        rule("free_childcare_2yr_olds", "E", twos);
        rule("free_childcare_2yr_olds_wales", "W", twos);
        rule("childcare_3_4yr_olds_wales", "W", p -> p.kids() && p.ages().contains("3_to_4"));
        rule("15hrs_free_childcare_3_4yr_olds_england", "E", p -> p.kids() && p.ages().contains("3_to_4"));
        rule("funded_early_learning_and_childcare_scotland", "S", p -> p.kids() && any(p.ages(), Set.of("2", "3_to_4",
                "5_to_7")));
        rule("30hrs_free_childcare_3_4yrs_england", "E", p -> p.working().equals("yes") && p.kids()
                && any(p.ages(), Set.of("1_or_under", "2", "3_to_4")));
        rule("winter_fuel_payment", "EW", Profile::spa);
        rule("winter_fuel_payment_ni", "N", Profile::spa);
        rule("carers_allowance", "EW", Profile::carer);
        rule("carers_allowance_ni", "N", Profile::carer);
        rule("carer_support_payment", "S", Profile::carer);
        rule("pension_age_winter_heating_payment", "S", Profile::spa);
        rule("winter_heating_payment", "S", onSome);
        rule("child_winter_heating_payment", "S", p -> "yes".equals(p.childDisability()));
        rule("disability_living_allowance_for_children", "EW", childDisability);
        rule("disability_living_allowance_for_children_ni", "N", childDisability);
        rule("child_disability_payment_scotland", "S", childDisability);
        rule("personal_independence_payment", "EW", pip);
        rule("personal_independence_payment_northern_ireland", "N", pip);
        rule("adult_disability_payment_scotland", "S", p -> !p.spa() && p.disability() && "yes".equals(p.dailyTasks()));
        rule("attendance_allowance", "EWS", attendance);
        rule("attendance_allowance_ni", "N", attendance);
        rule("council_tax_reduction", "EWS", always);
        rule("rate_relief", "N", always);
        rule("child_benefit", "EWSN", Profile::kids);
        rule("free_tv_licence", "EWSN", p -> p.disability() || (p.spa()
                && (p.onBenefits().equals("dont_know") || p.current().contains("pension_credit"))));
        rule("budgeting_loan", "EWS", budgeting);
        rule("social_fund_budgeting_loan_northern_ireland", "N", budgeting);
        rule("nhs_help_with_health_costs", "EW", always);
        rule("help_with_health_costs_scotland", "S", always);
        rule("nhs_help_with_health_costs_northern_ireland", "N", always);
        rule("maternity_allowance", "EWS", maternity);
        rule("maternity_allowance_ni", "N", maternity);
        rule("sure_start_maternity_grant", "EWN", p -> g(p, Set.of("housing_benefit"), BABY));
        rule("pregnancy_and_baby_payment_scotland", "S", p -> g(p, Set.of(), BABY));
        rule("healthy_start", "EWN", p -> g(p, Set.of("housing_benefit"), union(BABY, Set.of("2", "3_to_4"))));
        rule("best_start_foods_scotland", "S", p -> g(p, Set.of("pension_credit", "housing_benefit"),
                union(BABY, Set.of("2"))));
        rule("free_school_meals_england", "E", schoolMeals);
        rule("free_school_meals_scotland", "S", p -> g(p, Set.of(), SCHOOL));
        rule("free_school_meals_wales", "W", schoolMeals);
        rule("free_school_meals_and_uniform_grants_northern_ireland", "N", schoolMeals);
        rule("school_clothing_grant_scotland", "S", p -> g(p, Set.of(), SCHOOL_TO_19));
        rule("school_essentials_grant_wales", "W", schoolMeals);
        rule("home_to_school_transport", "EW", transport);
        rule("free_school_transport_scotland", "S", transport);
        rule("home_to_school_transport_ni", "N", transport);
        rule("apply_for_an_older_persons_bus_pass_england", "E", Profile::spa);
        rule("apply_for_an_older_persons_bus_pass_wales", "W", always);
        rule("apply_for_an_older_persons_bus_pass_scotland", "S", always);
        rule("apply_for_an_older_persons_travel_pass_ni", "N", always);
        rule("apply_for_a_disabled_persons_bus_pass", "E", Profile::disability);
        rule("apply_for_a_disabled_persons_bus_pass_wales", "W", Profile::disability);
        rule("apply_for_a_disabled_persons_bus_pass_scotland", "S", Profile::disability);
        rule("apply_for_a_disabled_persons_travel_pass_ni", "N", Profile::disability);
        rule("support_for_mortgage_interest_(smi)", "EWS", mortgage);
        rule("warm_home_discount_scheme", "EW", onSome);
        rule("warm_home_discount_scheme_scotland", "S", onSome);
        rule("education_maintenance_allowance_ni", "N", olderChild);
        rule("education_maintenance_allowance_scotland", "S", olderChild);
        rule("education_maintenance_allowance_wales", "W", olderChild);
        rule("help_to_save", "EWSN", p -> !p.spa()
                && (p.onBenefits().equals("dont_know") || p.current().contains("universal_credit")));
        rule("disabled_facilities_grant", "EW", facilities);
        rule("disabled_facilities_grant_ni", "N", facilities);
        rule("help_with_house_adaptations_if_you_are_disabled", "S", adaptations);
        rule("discretionary_assistance_fund", "W", always);
        rule("support_for_mortgage_interest_(smi)_ni", "N", mortgage);
        rule("crisis_grant_scotland", "S", always);
        rule("discretionary_support_ni", "N", always);
        rule("childcare_subsidy_scheme_ni", "N", childcare);
        rule("discretionary_housing_payment_scotland", "S", dhp);
        rule("discretionary_housing_payment_wales", "W", dhp);
        rule("discretionary_housing_payment_ni", "N", dhp);
        rule("cost_of_living_local_council", "E", always);
        rule("bursary_fund_16_to_19", "E", olderChild);
    }

    /** The keys the reference would show, in no particular order. */
    Set<String> shown(Profile profile) {
        String nation = switch (profile.country()) {
            case "england" -> "E";
            case "wales" -> "W";
            case "scotland" -> "S";
            default -> "N";
        };
        Set<String> shown = new java.util.HashSet<>();
        rules.forEach((key, rule) -> {
            if (rule.nations().contains(nation) && rule.shown().test(profile)) {
                shown.add(key);
            }
        });
        return shown;
    }

    List<String> keys() {
        return new ArrayList<>(rules.keySet());
    }

    private void rule(String key, String nations, Predicate<Profile> shown) {
        rules.put(key, new Rule(nations, shown));
    }

    private static boolean permitted(Profile p, String... disqualifying) {
        return p.onBenefits().equals("dont_know")
                || (p.onBenefits().equals("yes") && Collections.disjoint(p.current(), Set.of(disqualifying)));
    }

    private static boolean g(Profile p, Set<String> skip, Set<String> ages) {
        return p.kids() && any(p.ages(), ages) && !p.onBenefits().equals("no")
                && permitted(p, skip.toArray(String[]::new));
    }

    private static boolean any(Set<String> ticked, Set<String> wanted) {
        return !Collections.disjoint(ticked, wanted);
    }

    private static Set<String> union(Set<String> a, Set<String> b) {
        Set<String> union = new java.util.HashSet<>(a);
        union.addAll(b);
        return union;
    }
}
