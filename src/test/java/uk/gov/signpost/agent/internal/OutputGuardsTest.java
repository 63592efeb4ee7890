package uk.gov.signpost.agent.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class OutputGuardsTest {

    private final OutputGuards guards = new OutputGuards(new FakeSafety.Scanner());
    private final TurnTrace trace = new TurnTrace();

    @Test
    void an_amount_must_come_from_a_tool_in_this_turn() {
        assertThat(ClaimCheck.unsupported("You could get £84.80 a week.", List.of("{\"weekly\":\"84.80\"}"))).isEmpty();
        assertThat(ClaimCheck.unsupported("Your pay would be £1,234.", List.of("{\"pay\":1234}"))).isEmpty();
        assertThat(ClaimCheck.unsupported("That is £84 a week.", List.of("{\"weekly\":\"84.00\"}"))).isEmpty();
        assertThat(ClaimCheck.unsupported("You could get £90 a week.", List.of("{\"weekly\":\"84.80\"}")))
                .contains("unsupported_amount");
        assertThat(ClaimCheck.unsupported("It is about 400 pounds.", List.of()))
                .contains("unsupported_amount");
    }

    @Test
    void an_eligibility_claim_needs_a_tool_result_but_ordinary_advice_does_not() {
        assertThat(ClaimCheck.unsupported("You are eligible for Universal Credit.", List.of()))
                .contains("unsupported_eligibility");
        assertThat(ClaimCheck.unsupported("You’re entitled to redundancy pay.", List.of()))
                .contains("unsupported_eligibility");
        assertThat(ClaimCheck.unsupported("You can get Carer's Allowance.", List.of()))
                .contains("unsupported_eligibility");
        assertThat(ClaimCheck.unsupported("You are eligible for Universal Credit.", List.of("{\"results\":[]}")))
                .isEmpty();
        assertThat(ClaimCheck.unsupported("You can get free advice about your rights from Acas.", List.of()))
                .isEmpty();
        assertThat(ClaimCheck.unsupported("I can check what support you can get.", List.of())).isEmpty();
    }

    @Test
    void the_person_may_see_their_own_details_but_nobody_elses() {
        List<String> person = List.of("My postcode is LS6 1AA");
        assertThat(PersonalDataCheck.othersData(new FakeSafety.Scanner(), "Jobs near LS61AA.", person, List.of()))
                .isFalse();
        assertThat(PersonalDataCheck.othersData(new FakeSafety.Scanner(), "Jobs near LS6.", person, List.of()))
                .isFalse();
        assertThat(PersonalDataCheck.othersData(new FakeSafety.Scanner(), "Ask Sam, AB 12 34 56 C.", person,
                List.of())).isTrue();
        assertThat(PersonalDataCheck.othersData(new FakeSafety.Scanner(), "Call them on 07700 900123.", person,
                List.of("{\"contact\":\"07700 900123\"}"))).isFalse();
        assertThat(PersonalDataCheck.othersData(new FakeSafety.Scanner(), "Their office is at M1 1AE.", person,
                List.of("{\"address\":\"M1 1AE\"}"))).isTrue();
    }

    @Test
    void a_long_run_of_the_system_prompt_is_a_leak_and_a_short_phrase_is_not() {
        assertThat(PromptLeakCheck.leaks("My rules say: never decide an entitlement or state a figure, date or link"
                + " yourself.")).isTrue();
        assertThat(PromptLeakCheck.leaks("I help people find work and training.")).isFalse();
    }

    @Test
    void a_good_answer_is_kept_and_recorded_as_the_models() {
        List<String> asked = new ArrayList<>();
        OutputGuards.Reviewed reviewed = guards.review("Here are some jobs.", List.of(), List.of(),
                failure -> { asked.add(failure); return ""; }, () -> "safe", trace);

        assertThat(reviewed).isEqualTo(new OutputGuards.Reviewed("Here are some jobs.", false));
        assertThat(asked).isEmpty();
        assertThat(codes()).containsExactly("output:ok", "output_final:model");
    }

    @Test
    void a_failing_answer_is_regenerated_once_and_the_second_answer_is_used_if_it_passes() {
        List<String> asked = new ArrayList<>();
        OutputGuards.Reviewed reviewed = guards.review("You will get £500.", List.of(), List.of(),
                failure -> { asked.add(failure); return "I can check what you could get."; }, () -> "safe", trace);

        assertThat(reviewed).isEqualTo(new OutputGuards.Reviewed("I can check what you could get.", true));
        assertThat(asked).containsExactly("unsupported_amount");
        assertThat(OutputGuards.correction("unsupported_amount")).doesNotContain("500");
        assertThat(codes()).containsExactly("output:unsupported_amount", "output:ok", "output_final:regenerated");
    }

    @Test
    void when_the_second_answer_fails_too_the_safe_answer_is_shown() {
        OutputGuards.Reviewed reviewed = guards.review("You will get £500.", List.of(), List.of(),
                failure -> "Still £500.", () -> "safe", trace);

        assertThat(reviewed).isEqualTo(new OutputGuards.Reviewed("safe", true));
        assertThat(codes()).containsExactly("output:unsupported_amount", "output:unsupported_amount",
                "output_final:safe_answer");
    }

    @Test
    void reading_ease_is_higher_for_plain_english() {
        double plain = ReadingEase.score("You can look for jobs near you. I can help you find one.");
        double hard = ReadingEase.score("Eligibility determinations necessitate comprehensive consideration of"
                + " individual circumstances, notwithstanding administrative considerations.");
        assertThat(plain).isGreaterThan(80);
        assertThat(hard).isLessThan(0);
        assertThat(ReadingEase.band(plain)).isEqualTo("easy");
        assertThat(ReadingEase.band(hard)).isEqualTo("difficult");
        assertThat(ReadingEase.syllables("money")).isEqualTo(2);
        assertThat(ReadingEase.syllables("training")).isEqualTo(2);
    }

    private List<String> codes() {
        return trace.steps().stream().map(s -> s.get("check") + ":" + s.get("code")).toList();
    }
}
