package uk.gov.signpost.safety.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import uk.gov.signpost.safety.internal.EvaluationSet.Row;
import uk.gov.signpost.safety.internal.ToolCorpus.Document;
import uk.gov.signpost.safety.internal.ToolCorpus.Half;

/**
 * The pseudonymiser's first pass ({@link ScanAnchors}) only decides where the rules look. These tests check that it
 * never changes what they find: every evaluation text, and every bundled advert and GOV.UK page, gives the same
 * spans as running every rule over the whole text.
 */
class PseudonymiserPrefilterTest {

    private final RuleBasedPseudonymiser pseudonymiser = new RuleBasedPseudonymiser();

    @Test
    void the_first_pass_finds_the_same_items_as_scanning_every_position_on_the_evaluation_sets() {
        List<String> texts = new ArrayList<>();
        for (String set : List.of("/safety/pii.csv", "/safety/pii-holdout.csv")) {
            EvaluationSet.read(set, 2, "|").stream().map(Row::text).forEach(texts::add);
        }
        texts.add("Call me Sam Jones. Jo Bloggs here again. Flat 3, 12 Acacia Avenue. born 12 March 1980 (DOB)");
        texts.add("My sort code is 20-45-77 and my account 12345678; d.o.b. 01/02/1990; Mrs Patel; 12 Heol y Gors");

        assertThat(texts).hasSizeGreaterThan(400);
        assertThat(texts).allSatisfy(text ->
                assertThat(pseudonymiser.scan(text)).as(text).isEqualTo(pseudonymiser.scanWholeText(text)));
    }

    @Test
    void the_first_pass_finds_the_same_items_as_scanning_every_position_in_real_adverts_and_pages() {
        List<Document> all = new ArrayList<>(ToolCorpus.adverts(Half.TRAINING));
        all.addAll(ToolCorpus.adverts(Half.EVALUATION));
        all.addAll(ToolCorpus.guidance(Half.TRAINING));
        all.addAll(ToolCorpus.guidance(Half.EVALUATION));
        // Every fourth document keeps the test quick; scanning every position is the slow part.
        List<Document> documents = java.util.stream.IntStream.range(0, all.size()).filter(i -> i % 4 == 0)
                .mapToObj(all::get).toList();

        assertThat(documents).allSatisfy(d ->
                assertThat(pseudonymiser.scan(d.text())).as(d.key()).isEqualTo(pseudonymiser.scanWholeText(d.text())));
    }
}
