package uk.gov.signpost.safety.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import uk.gov.signpost.safety.PersonalDataSpan;
import uk.gov.signpost.safety.PersonalDataType;
import uk.gov.signpost.safety.internal.EvaluationSet.Row;

/**
 * Measures the pseudonymiser on the repository's own evaluation set ({@code safety/pii.csv}, made by
 * {@code make_pii_set.py}) against the targets in issue 6: structured UK identifiers replaced with at least 99%
 * recall, and under 1% false redaction on number-like text. Names and addresses are measured and reported, not
 * held to a target. Prints the figures that {@code docs/safety.md} reports.
 */
class PseudonymiserEvaluationTest {

    private static final Map<String, PersonalDataType> BY_LABEL = Arrays.stream(PersonalDataType.values())
            .collect(Collectors.toMap(PersonalDataType::label, Function.identity()));

    private final RuleBasedPseudonymiser pseudonymiser = new RuleBasedPseudonymiser();
    private final List<Row> rows = EvaluationSet.read("/safety/pii.csv", 2, "|");

    /** The value is replaced when one span covers all of it. */
    private boolean replaced(Row row, boolean sameType) {
        int at = row.text().indexOf(row.field(1));
        int end = at + row.field(1).length();
        return pseudonymiser.scan(row.text()).stream().anyMatch(s -> s.start() <= at && s.end() >= end
                && (!sameType || s.type() == BY_LABEL.get(row.field(0))));
    }

    /** Written after tuning and never tuned on, so it carries no target: its figures are the honest estimate. */
    @Test
    void on_the_held_out_set_recall_and_false_redaction_are_reported() {
        List<Row> heldOut = EvaluationSet.read("/safety/pii-holdout.csv", 2, "|");
        List<Row> structured = heldOut.stream().filter(r -> !r.field(0).equals("none"))
                .filter(r -> BY_LABEL.get(r.field(0)).structured()).toList();
        List<Row> named = heldOut.stream().filter(r -> !r.field(0).equals("none"))
                .filter(r -> !BY_LABEL.get(r.field(0)).structured()).toList();
        List<Row> numberLike = heldOut.stream().filter(r -> r.field(0).equals("none")).toList();
        List<Row> falselyRedacted = numberLike.stream().filter(r -> !pseudonymiser.scan(r.text()).isEmpty()).toList();

        System.out.println("SAFETY-FIGURES held-out pii structured recall " + EvaluationSet.percent(
                structured.stream().filter(r -> replaced(r, false)).count(), structured.size()));
        System.out.println("SAFETY-FIGURES held-out pii names and addresses recall " + EvaluationSet.percent(
                named.stream().filter(r -> replaced(r, false)).count(), named.size()));
        System.out.println("SAFETY-FIGURES held-out pii false redaction on number-like text "
                + EvaluationSet.percent(falselyRedacted.size(), numberLike.size()));
        heldOut.stream().filter(r -> !r.field(0).equals("none")).filter(r -> !replaced(r, false))
                .forEach(r -> System.out.println("HELD-OUT MISSED " + r.field(0) + " " + r.text()));
        falselyRedacted.forEach(r -> System.out.println("HELD-OUT FALSE " + r.text() + " -> "
                + pseudonymiser.scan(r.text()).stream().map(PersonalDataSpan::type).toList()));

        assertThat(structured).isNotEmpty();
        assertThat(numberLike).isNotEmpty();
    }

    @Test
    void structured_identifiers_are_replaced_with_99_percent_recall_and_under_1_percent_false_redaction() {
        List<Row> items = rows.stream().filter(r -> !r.field(0).equals("none")).toList();
        List<Row> structured = items.stream().filter(r -> BY_LABEL.get(r.field(0)).structured()).toList();
        List<Row> named = items.stream().filter(r -> !BY_LABEL.get(r.field(0)).structured()).toList();
        List<Row> numberLike = rows.stream().filter(r -> r.field(0).equals("none")).toList();

        long caught = structured.stream().filter(r -> replaced(r, false)).count();
        long typed = structured.stream().filter(r -> replaced(r, true)).count();
        long namedCaught = named.stream().filter(r -> replaced(r, false)).count();
        List<Row> falselyRedacted = numberLike.stream().filter(r -> !pseudonymiser.scan(r.text()).isEmpty()).toList();

        System.out.println("SAFETY-FIGURES pii structured recall " + EvaluationSet.percent(caught, structured.size()));
        System.out.println("SAFETY-FIGURES pii structured recall with the right type "
                + EvaluationSet.percent(typed, structured.size()));
        for (PersonalDataType type : PersonalDataType.values()) {
            List<Row> ofType = items.stream().filter(r -> BY_LABEL.get(r.field(0)) == type).toList();
            System.out.println("SAFETY-FIGURES pii recall " + type.label() + " "
                    + EvaluationSet.percent(ofType.stream().filter(r -> replaced(r, false)).count(), ofType.size()));
        }
        System.out.println("SAFETY-FIGURES pii names and addresses recall "
                + EvaluationSet.percent(namedCaught, named.size()));
        System.out.println("SAFETY-FIGURES pii false redaction on number-like text "
                + EvaluationSet.percent(falselyRedacted.size(), numberLike.size()));
        items.stream().filter(r -> !replaced(r, false)).forEach(r -> System.out.println("MISSED " + r.text()));
        falselyRedacted.forEach(r -> System.out.println("FALSE " + r.text() + " -> "
                + pseudonymiser.scan(r.text()).stream().map(PersonalDataSpan::type).toList()));

        assertThat(items).hasSizeGreaterThanOrEqualTo(300);
        assertThat(numberLike).hasSizeGreaterThanOrEqualTo(150);
        assertThat((double) caught / structured.size()).isGreaterThanOrEqualTo(0.99);
        assertThat((double) falselyRedacted.size() / numberLike.size()).isLessThan(0.01);
    }
}
