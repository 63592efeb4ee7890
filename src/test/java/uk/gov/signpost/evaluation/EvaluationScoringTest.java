package uk.gov.signpost.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

/** The scorer, the metrics and the baseline comparison, on transcripts made by hand. */
class EvaluationScoringTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private final Scorer scorer = new Scorer(ScenarioFiles.journeys());

    @Test
    void every_scenario_file_loads_and_there_are_at_least_150_across_every_journey() {
        List<Scenario> all = ScenarioFiles.all();
        assertThat(all).hasSizeGreaterThanOrEqualTo(150);
        assertThat(all.stream().map(Scenario::journey).distinct())
                .containsExactlyInAnyOrderElementsOf(ScenarioFiles.journeys().journeys().keySet());
    }

    @Test
    void a_turn_that_shows_the_needed_cards_with_a_known_link_passes() {
        Scenario scenario = redundancyScenario();
        Transcript transcript = transcript(turn("You may get redundancy pay. See https://www.gov.uk/redundant-your-rights.",
                List.of("redundancy_support", "jobcentre_plus"), List.of("https://www.gov.uk/redundant-your-rights")));

        Scorer.Score score = scorer.score(scenario, transcript);

        assertThat(score.checks()).allMatch(Scorer.Check::passed);
        assertThat(score.counts().validLinks()).isEqualTo(1);
    }

    @Test
    void a_missing_card_and_an_invented_link_fail_their_checks() {
        Transcript transcript = transcript(turn("Apply at https://example.com/made-up now.", List.of("jobcentre_plus"),
                List.of()));

        Scorer.Score score = scorer.score(redundancyScenario(), transcript);

        assertThat(score.passed()).isFalse();
        assertThat(score.checks()).filteredOn(c -> !c.passed()).extracting(Scorer.Check::kind)
                .containsExactlyInAnyOrder("routing", "citations");
        Metrics metrics = Metrics.of(List.of(score));
        assertThat(metrics.routingRecall()).isEqualTo(0.5);
        assertThat(metrics.citationValidity()).isEqualTo(0.0);
        assertThat(metrics.taskSuccess()).isEqualTo(0.0);
    }

    @Test
    void tool_arguments_match_by_containing_and_lists_must_hold_every_item() {
        var call = JSON.readTree("{\"slots\":{\"q\":\"Warehouse operative\",\"near\":\"Leeds\"},\"services\":[\"a\",\"b\"]}");
        assertThat(Scorer.matches(call, Map.of("q", "warehouse", "near", "leeds"))).isTrue();
        assertThat(Scorer.matches(call, Map.of("services", List.of("a", "b")))).isTrue();
        assertThat(Scorer.matches(call, Map.of("services", List.of("a", "c")))).isFalse();
        assertThat(Scorer.matches(call, Map.of("near", "Manchester"))).isFalse();
    }

    @Test
    void the_comparison_flags_a_fall_beyond_the_tolerance_and_a_rise_in_over_refusal() {
        Map<String, Double> before = Map.of("task_success", 0.80, "routing_recall", 0.90, "over_refusal_rate", 0.01);
        Map<String, Double> after = Map.of("task_success", 0.79, "routing_recall", 0.85, "over_refusal_rate", 0.05);

        List<Baseline.Difference> differences = Baseline.compare(new java.util.HashMap<>(before),
                new java.util.HashMap<>(after), 0.02);

        assertThat(differences).filteredOn(Baseline.Difference::regression).extracting(Baseline.Difference::metric)
                .containsExactlyInAnyOrder("routing_recall", "over_refusal_rate");
    }

    @Test
    void plain_sentences_read_more_easily_than_long_polysyllabic_ones() {
        double plain = Readability.fleschReadingEase("You can get help. Ask a work coach. They can help you find a job.");
        double dense = Readability.fleschReadingEase("Notwithstanding contributory entitlement considerations, "
                + "individuals experiencing involuntary unemployment should investigate supplementary administrative"
                + " provisions.");
        assertThat(plain).isGreaterThan(80);
        assertThat(dense).isLessThan(10);
    }

    @Test
    void a_judgement_is_a_check_when_graded_and_ungraded_when_the_grader_is_off() {
        Scenario.Expect judged = new Scenario.Expect(null, null, null, null, null, null, null, null, null, null, null,
                null, List.of("The reply is kind"));
        Scenario scenario = new Scenario("kind", "redundancy", "Kind", Map.of(), List.of(), 1,
                List.of(new Scenario.Turn("I've been made redundant", false, judged)), null);
        Transcript transcript = transcript(turn("I'm sorry this is happening to you.", List.of(), List.of()));

        Scorer.Score off = new Scorer(ScenarioFiles.journeys()).score(scenario, transcript);
        Scorer.Score failing = new Scorer(ScenarioFiles.journeys(), (c, said, reply) -> java.util.Optional.of(false))
                .score(scenario, transcript);

        assertThat(off.passed()).isTrue();
        assertThat(off.counts().ungradedJudgements()).isEqualTo(1);
        assertThat(failing.checks()).filteredOn(c -> c.kind().equals("judgement")).singleElement()
                .satisfies(c -> assertThat(c.passed()).isFalse());
    }

    private static Scenario redundancyScenario() {
        Scenario.Expect expect = new Scenario.Expect(List.of("redundancy_support", "jobcentre_plus"), null, null, null,
                null, null, null, null, null, null, null, null, null);
        return new Scenario("made-redundant", "redundancy", "Made redundant", Map.of(), List.of(), 1,
                List.of(new Scenario.Turn("I've been made redundant", false, expect)), null);
    }

    private static Transcript transcript(Transcript.Turn turn) {
        return new Transcript("made-redundant", 1, List.of(turn));
    }

    private static Transcript.Turn turn(String text, List<String> cards, List<String> links) {
        return new Transcript.Turn("I've been made redundant", 200, text, cards,
                cards.stream().map(c -> "https://www.gov.uk/" + c).toList(), List.of(), links,
                new Transcript.Trace("offline", 1, 0, 0, 0, 5, List.of(), "replied"), 5, true);
    }
}
