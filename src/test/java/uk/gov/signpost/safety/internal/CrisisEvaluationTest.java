package uk.gov.signpost.safety.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import uk.gov.signpost.safety.internal.EvaluationSet.Row;

/**
 * Measures the crisis detector (rules, then MiniLM similarity) on the repository's own evaluation sets ({@code safety/crisis.csv} and
 * {@code safety/crisis-round2.csv}, tuned on; {@code safety/crisis-holdout.csv}, never tuned on) against the
 * targets in issue 6: recall at least 95%, and under 3% false positives on figurative look-alikes. Prints the
 * figures that {@code docs/safety.md} reports.
 */
class CrisisEvaluationTest {

    private static final Set<String> LOOK_ALIKES = Set.of("figurative", "welsh_none");

    private final LayeredCrisisDetector detector = new LayeredCrisisDetector(TestEmbedders.MINILM);
    private final RuleBasedCrisisDetector rulesOnly = new RuleBasedCrisisDetector();
    private final List<Row> rows = concat(EvaluationSet.read("/safety/crisis.csv", 2),
            EvaluationSet.read("/safety/crisis-round2.csv", 2));

    private static List<Row> concat(List<Row> a, List<Row> b) {
        return java.util.stream.Stream.concat(a.stream(), b.stream()).toList();
    }

    private boolean flagged(Row row) {
        return detector.assess(row.text()).flagged();
    }

    /**
     * The held-out sets were written after tuning and are reported, not tuned on, so they carry no target.
     * {@code crisis-holdout.csv} was later used to train the classifier layer; {@code crisis-holdout-2.csv} never was.
     */
    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(strings = {"/safety/crisis-holdout.csv", "/safety/crisis-holdout-2.csv"})
    void on_the_held_out_sets_recall_and_look_alike_false_positives_are_reported(String resource) {
        List<Row> holdout = EvaluationSet.read(resource, 2);
        System.out.println("SAFETY-FIGURES " + resource);
        List<Row> crises = holdout.stream().filter(r -> r.field(0).equals("crisis")).toList();
        List<Row> lookAlikes = holdout.stream().filter(r -> LOOK_ALIKES.contains(r.field(1))).toList();
        List<Row> allNone = holdout.stream().filter(r -> r.field(0).equals("none")).toList();
        long caught = crises.stream().filter(this::flagged).count();
        long lookAlikesFlagged = lookAlikes.stream().filter(this::flagged).count();

        System.out.println("SAFETY-FIGURES held-out crisis recall " + EvaluationSet.percent(caught, crises.size()));
        System.out.println("SAFETY-FIGURES held-out crisis recall, rules only " + EvaluationSet.percent(
                crises.stream().filter(r -> rulesOnly.assess(r.text()).flagged()).count(), crises.size()));
        System.out.println("SAFETY-FIGURES held-out crisis false positives on figurative look-alikes "
                + EvaluationSet.percent(lookAlikesFlagged, lookAlikes.size()));
        System.out.println("SAFETY-FIGURES held-out crisis false positives on all non-crisis messages "
                + EvaluationSet.percent(allNone.stream().filter(this::flagged).count(), allNone.size()));
        crises.stream().filter(r -> !flagged(r)).forEach(r -> System.out.println("HELD-OUT MISSED " + r.text()));
        allNone.stream().filter(this::flagged).forEach(r -> System.out.println("HELD-OUT FALSE " + r.text()));

        assertThat(crises).isNotEmpty();
        assertThat(lookAlikes).isNotEmpty();
    }

    @Test
    void crisis_recall_is_at_least_95_percent_with_under_3_percent_false_positives_on_figurative_look_alikes() {
        List<Row> crises = rows.stream().filter(r -> r.field(0).equals("crisis")).toList();
        List<Row> lookAlikes = rows.stream().filter(r -> LOOK_ALIKES.contains(r.field(1))).toList();
        List<Row> allNone = rows.stream().filter(r -> r.field(0).equals("none")).toList();

        long caught = crises.stream().filter(this::flagged).count();
        long lookAlikesFlagged = lookAlikes.stream().filter(this::flagged).count();
        long noneFlagged = allNone.stream().filter(this::flagged).count();

        System.out.println("SAFETY-FIGURES crisis recall " + EvaluationSet.percent(caught, crises.size()));
        for (String kind : List.of("explicit", "indirect", "self_harm", "danger", "welsh")) {
            List<Row> ofKind = crises.stream().filter(r -> r.field(1).equals(kind)).toList();
            System.out.println("SAFETY-FIGURES crisis recall " + kind + " "
                    + EvaluationSet.percent(ofKind.stream().filter(this::flagged).count(), ofKind.size()));
        }
        System.out.println("SAFETY-FIGURES crisis false positives on figurative look-alikes "
                + EvaluationSet.percent(lookAlikesFlagged, lookAlikes.size()));
        System.out.println("SAFETY-FIGURES crisis false positives on all non-crisis messages "
                + EvaluationSet.percent(noneFlagged, allNone.size()));
        crises.stream().filter(r -> !flagged(r)).forEach(r -> System.out.println("MISSED " + r.text()));
        allNone.stream().filter(this::flagged).forEach(r -> System.out.println("FALSE " + r.text()));

        assertThat(crises).hasSizeGreaterThanOrEqualTo(100);
        assertThat(lookAlikes).hasSizeGreaterThanOrEqualTo(60);
        assertThat((double) caught / crises.size()).isGreaterThanOrEqualTo(0.95);
        assertThat((double) lookAlikesFlagged / lookAlikes.size()).isLessThan(0.03);
    }
}
