package uk.gov.signpost.employment.internal.schemes;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.gov.signpost.employment.EmploymentSituation.Benefit.EMPLOYMENT_AND_SUPPORT_ALLOWANCE;
import static uk.gov.signpost.employment.EmploymentSituation.Benefit.JOBSEEKERS_ALLOWANCE;
import static uk.gov.signpost.employment.EmploymentSituation.Benefit.UNIVERSAL_CREDIT;
import static uk.gov.signpost.employment.EmploymentSituation.EmploymentStatus.EMPLOYED;
import static uk.gov.signpost.employment.EmploymentSituation.EmploymentStatus.IN_FULL_TIME_EDUCATION;
import static uk.gov.signpost.employment.EmploymentSituation.EmploymentStatus.SELF_EMPLOYED;
import static uk.gov.signpost.employment.EmploymentSituation.EmploymentStatus.STARTING_WORK;
import static uk.gov.signpost.employment.EmploymentSituation.EmploymentStatus.UNEMPLOYED;
import static uk.gov.signpost.employment.internal.schemes.SituationBuilder.aJobseeker;
import static uk.gov.signpost.employment.internal.schemes.SituationBuilder.aPerson;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import uk.gov.signpost.employment.EmploymentSituation;
import uk.gov.signpost.employment.Nation;
import uk.gov.signpost.employment.SchemeResult.Eligible;

/** Each scheme's rules, from the shipped data, decided by the named policy. */
class SchemeEligibilityPolicyTest {

    private static final SchemeBook BOOK = SchemeBookReader.readDefault();

    private final SchemeEligibilityPolicy policy = new SchemeEligibilityPolicy();

    private SchemeDecision decide(String key, SituationBuilder situation) {
        return decide(key, situation.build());
    }

    private SchemeDecision decide(String key, EmploymentSituation situation) {
        Scheme scheme = BOOK.schemes().stream().filter(s -> s.key().equals(key)).findFirst().orElseThrow();
        return policy.decide(scheme, situation);
    }

    @Nested
    class Access_to_work {

        @Test
        void an_employed_disabled_person_in_wales_can_apply() {
            SchemeDecision decision = decide("access_to_work",
                    aPerson().in(Nation.WALES).aged(40).working(EMPLOYED).withDisability().onNoBenefits());

            assertThat(decision).isInstanceOf(SchemeDecision.Allowed.class);
            assertThat(decision.eligible()).isEqualTo(Eligible.YES);
            assertThat(decision.reason()).contains("grant").contains("do not pay it back");
        }

        @Test
        void someone_about_to_start_a_job_or_self_employed_counts_as_in_work() {
            assertThat(decide("access_to_work",
                    aPerson().aged(17).working(STARTING_WORK).withDisability().onNoBenefits()).eligible())
                    .isEqualTo(Eligible.YES);
            assertThat(decide("access_to_work",
                    aPerson().aged(50).working(SELF_EMPLOYED).withDisability().onNoBenefits()).eligible())
                    .isEqualTo(Eligible.YES);
        }

        @Test
        void northern_ireland_is_told_about_its_own_scheme() {
            SchemeDecision decision = decide("access_to_work",
                    aPerson().in(Nation.NORTHERN_IRELAND).aged(40).working(EMPLOYED).withDisability());

            assertThat(decision).isEqualTo(new SchemeDecision.Rejected("Access to Work is not available in Northern"
                    + " Ireland. Northern Ireland has its own scheme, Access to Work (NI). Ask at your Jobs & Benefits"
                    + " office."));
        }

        @Test
        void someone_out_of_work_is_told_they_need_a_paid_job_and_that_voluntary_work_does_not_count() {
            SchemeDecision decision = decide("access_to_work", aJobseeker().withDisability());

            assertThat(decision.eligible()).isEqualTo(Eligible.NO);
            assertThat(decision.reason()).contains("You need a paid job").contains("Voluntary work does not");
        }

        @Test
        void someone_under_16_is_told_the_age() {
            assertThat(decide("access_to_work", aPerson().aged(15).working(EMPLOYED).withDisability()).reason())
                    .isEqualTo("You need to be 16 or over to get Access to Work.");
        }

        @Test
        void on_universal_credit_it_takes_more_than_one_hour_of_work_a_week() {
            SituationBuilder working = aPerson().aged(30).working(EMPLOYED).withDisability().on(UNIVERSAL_CREDIT);

            assertThat(decide("access_to_work", working.workingHours(1)).eligible()).isEqualTo(Eligible.NO);
            assertThat(decide("access_to_work", working.workingHours(1.5)).eligible()).isEqualTo(Eligible.YES);
        }

        @Test
        void on_esa_only_permitted_work_counts() {
            SituationBuilder onEsa = aPerson().aged(30).working(EMPLOYED).withDisability()
                    .on(EMPLOYMENT_AND_SUPPORT_ALLOWANCE).workingHours(10);

            assertThat(decide("access_to_work", onEsa.permittedWork(false)).reason()).contains("'permitted work'");
            assertThat(decide("access_to_work", onEsa.permittedWork(true)).eligible()).isEqualTo(Eligible.YES);
        }

        @Test
        void with_only_a_nation_it_is_maybe_and_says_what_it_depends_on() {
            SchemeDecision decision = decide("access_to_work", EmploymentSituation.in(Nation.SCOTLAND));

            assertThat(decision.eligible()).isEqualTo(Eligible.MAYBE);
            assertThat(decision.reason()).startsWith("It depends on whether you have a disability or health condition")
                    .contains("You need to be 16 or over.");
        }

        @Test
        void one_condition_that_is_not_met_beats_others_that_are_unknown() {
            assertThat(decide("access_to_work", aPerson().withoutDisability()).eligible()).isEqualTo(Eligible.NO);
        }
    }

    @Nested
    class Jobcentre_plus_and_the_flexible_support_fund {

        @Test
        void a_jobseeker_gets_a_work_coach() {
            assertThat(decide("jobcentre_plus_support", aJobseeker()).eligible()).isEqualTo(Eligible.YES);
        }

        @Test
        void someone_in_work_on_no_benefits_may_still_ask() {
            SchemeDecision decision =
                    decide("jobcentre_plus_support", aPerson().aged(30).working(EMPLOYED).onNoBenefits());

            assertThat(decision.eligible()).isEqualTo(Eligible.MAYBE);
            assertThat(decision.reason()).contains("You can still contact Jobcentre Plus");
        }

        @Test
        void the_flexible_support_fund_is_always_the_work_coachs_decision() {
            SchemeDecision decision = decide("flexible_support_fund", aJobseeker().on(JOBSEEKERS_ALLOWANCE));

            assertThat(decision.eligible()).isEqualTo(Eligible.MAYBE);
            assertThat(decision.reason()).contains("work coach's decision");
        }

        @Test
        void the_flexible_support_fund_needs_a_benefit_with_a_work_coach() {
            assertThat(decide("flexible_support_fund",
                    aPerson().aged(30).working(UNEMPLOYED).onNoBenefits()).eligible()).isEqualTo(Eligible.NO);
        }
    }

    @Nested
    class Training {

        @Test
        void swap_runs_in_england_and_scotland_for_people_on_benefits() {
            assertThat(decide("sector_based_work_academy", aJobseeker().in(Nation.SCOTLAND)).eligible())
                    .isEqualTo(Eligible.MAYBE);
            assertThat(decide("sector_based_work_academy", aJobseeker().in(Nation.WALES)).reason())
                    .startsWith("Sector-based work academy programme (SWAP) is not available in Wales.");
            assertThat(decide("sector_based_work_academy", aPerson().onNoBenefits()).eligible()).isEqualTo(Eligible.NO);
        }

        @Test
        void skills_bootcamps_are_for_19_and_over_in_england() {
            assertThat(decide("skills_bootcamps", aJobseeker().aged(19)).eligible()).isEqualTo(Eligible.YES);
            assertThat(decide("skills_bootcamps", aJobseeker().aged(18)).reason())
                    .isEqualTo("Skills Bootcamps are for adults aged 19 or over.");
            assertThat(decide("skills_bootcamps", aJobseeker().in(Nation.SCOTLAND)).reason())
                    .contains("My World of Work");
        }

        @Test
        void free_courses_for_jobs_are_free_without_a_level_3_or_when_unemployed() {
            assertThat(decide("free_courses_for_jobs", aPerson().aged(25).working(EMPLOYED).withLevel3(false))
                    .eligible()).isEqualTo(Eligible.YES);
            assertThat(decide("free_courses_for_jobs", aPerson().aged(25).working(UNEMPLOYED).withLevel3(true))
                    .eligible()).isEqualTo(Eligible.YES);
        }

        @Test
        void free_courses_for_jobs_with_a_level_3_and_a_job_depend_on_earnings() {
            SchemeDecision decision = decide("free_courses_for_jobs",
                    aPerson().aged(25).working(EMPLOYED).withLevel3(true));

            assertThat(decision.eligible()).isEqualTo(Eligible.MAYBE);
            assertThat(decision.reason()).contains("earnings threshold");
        }

        @Test
        void an_apprenticeship_needs_16_and_not_full_time_education() {
            assertThat(decide("apprenticeships", aPerson().aged(16).working(UNEMPLOYED)).eligible())
                    .isEqualTo(Eligible.YES);
            assertThat(decide("apprenticeships", aPerson().aged(17).working(IN_FULL_TIME_EDUCATION)).reason())
                    .startsWith("You cannot start an apprenticeship while you're in full-time education.");
            assertThat(decide("apprenticeships", aPerson().aged(64).working(EMPLOYED)).eligible())
                    .isEqualTo(Eligible.YES);
            assertThat(decide("apprenticeships", aJobseeker().in(Nation.WALES)).reason()).contains("Careers Wales");
        }
    }

    @Nested
    class Disability_confident_and_the_youth_guarantee {

        @Test
        void disability_confident_is_pointed_out_to_disabled_jobseekers() {
            assertThat(decide("disability_confident", aJobseeker().withDisability()).reason())
                    .contains("Disability Confident badge");
            assertThat(decide("disability_confident", aJobseeker()).eligible()).isEqualTo(Eligible.NO);
        }

        @Test
        void the_youth_guarantee_is_for_18_to_21_year_olds() {
            assertThat(decide("youth_guarantee", aJobseeker().aged(18)).eligible()).isEqualTo(Eligible.MAYBE);
            assertThat(decide("youth_guarantee", aJobseeker().aged(21)).eligible()).isEqualTo(Eligible.MAYBE);
            assertThat(decide("youth_guarantee", aJobseeker().aged(22)).eligible()).isEqualTo(Eligible.NO);
            assertThat(decide("youth_guarantee", aJobseeker().aged(17)).reason())
                    .isEqualTo("The Youth Guarantee is for people aged 18 to 21.");
        }

        @Test
        void the_youth_guarantee_off_universal_credit_points_to_the_jobcentre() {
            SchemeDecision decision = decide("youth_guarantee", aPerson().aged(19).onNoBenefits());

            assertThat(decision.eligible()).isEqualTo(Eligible.MAYBE);
            assertThat(decision.reason()).contains("Universal Credit work coaches");
        }
    }

    @Test
    void the_closed_restart_scheme_is_rejected_for_everyone_and_says_it_closed() {
        SchemeDecision decision = decide("restart_scheme", aJobseeker());

        assertThat(decision.eligible()).isEqualTo(Eligible.NO);
        assertThat(decision.reason()).startsWith("The Restart Scheme has closed.");
    }

    @Test
    void every_decision_has_a_reason_a_person_can_read() {
        for (Nation nation : Nation.values()) {
            for (SituationBuilder situation : new SituationBuilder[] {aPerson(), aJobseeker(),
                    aJobseeker().withDisability().working(EMPLOYED).workingHours(20), aPerson().aged(15)}) {
                for (Scheme scheme : BOOK.schemes()) {
                    SchemeDecision decision = policy.decide(scheme, situation.in(nation).build());
                    assertThat(decision.reason()).as(scheme.key()).matches("[A-Z].*[.!]")
                            .doesNotContain("null", "  ", "_");
                }
            }
        }
    }
}
