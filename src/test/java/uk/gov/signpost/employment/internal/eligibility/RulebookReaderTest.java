package uk.gov.signpost.employment.internal.eligibility;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The rules data says where it came from, and a broken rules file is refused at start-up, not used. */
class RulebookReaderTest {

    private static final Rulebook RULEBOOK = RulebookReader.readDefault();
    private static final Set<String> OFFICIAL_HOSTS = Set.of(
            "www.gov.uk", "www.nidirect.gov.uk", "www.mygov.scot", "gov.wales", "www.gov.wales", "www.gov.scot",
            "www.nhs.uk", "www.healthystart.nhs.uk", "www.nihe.gov.uk");

    @Test
    void the_rules_data_names_its_source_and_when_it_was_checked() {
        assertThat(RULEBOOK.id()).isEqualTo("check-benefits-financial-support");
        assertThat(RULEBOOK.sourceUrl()).isEqualTo("https://www.gov.uk/check-benefits-financial-support");
        assertThat(RULEBOOK.source()).contains("alphagov/smart-answers");
        assertThat(RULEBOOK.checked()).isEqualTo(LocalDate.of(2026, 11, 29));
    }

    @Test
    void every_rule_keeps_its_published_form_and_only_rules_for_everyone_have_no_condition() {
        assertThat(RULEBOOK.rules()).allSatisfy(rule -> {
            assertThat(rule.title()).isNotBlank();
            assertThat(rule.condition() == null).as(rule.key()).isEqualTo(rule.publishedRule().equals("always"));
        });
    }

    @Test
    void every_link_is_an_official_https_page() {
        assertThat(RULEBOOK.rules()).filteredOn(rule -> rule.url() != null).allSatisfy(rule -> assertThat(
                        URI.create(rule.url()).getHost())
                .as(rule.key())
                .isIn(OFFICIAL_HOSTS));
    }

    @Test
    void every_rule_without_a_link_is_named_in_the_provenance_note() throws IOException {
        String provenance;
        try (InputStream in = getClass().getClassLoader().getResourceAsStream("employment/PROVENANCE.md")) {
            assertThat(in).isNotNull();
            provenance = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        List<String> withoutLinks = RULEBOOK.rules().stream()
                .filter(rule -> rule.url() == null)
                .map(BenefitRule::key)
                .toList();

        assertThat(withoutLinks).hasSize(28).allSatisfy(key -> assertThat(provenance).contains(key));
        assertThat(provenance).contains(withoutLinks.size() + " keys");
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', value = {
        "{\"question\": \"hair_colour\", \"is\": \"red\"}|there is no question hair_colour",
        "{\"question\": \"q1\", \"is\": \"maybe\"}|q1 has no option maybe",
        "{\"question\": \"q2\", \"is\": \"a\"}|q2 is not a radio question",
        "{\"question\": \"q1\", \"includes_any\": [\"yes\"]}|q1 is not a checkbox question",
        "{\"question\": \"q1\", \"is\": \"yes\", \"is_not\": \"no\"}|one question and one test",
        "{\"all\": []}|non-empty list",
        "{\"sometimes\": true}|unknown condition",
    })
    void a_rule_that_names_something_the_questions_do_not_have_is_refused(String when, String problem) {
        String json = rulesData("{\"key\": \"k\", \"title\": \"T\", \"countries\": [\"england\"], \"url\": null,"
                + " \"published_rule\": \"p\", \"when\": " + when + "}");

        assertThatThrownBy(() -> new RulebookReader().read(json))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("benefits.k.when")
                .hasMessageContaining(problem);
    }

    @Test
    void a_rule_for_an_unknown_nation_is_refused() {
        String json = rulesData("{\"key\": \"k\", \"title\": \"T\", \"countries\": [\"france\"], \"url\": null,"
                + " \"published_rule\": \"always\"}");

        assertThatThrownBy(() -> new RulebookReader().read(json)).hasMessageContaining("unknown country");
    }

    @Test
    void a_question_may_only_branch_from_an_earlier_radio_answer() {
        String json = rulesData("{\"key\": \"k\", \"title\": \"T\", \"countries\": [\"england\"], \"url\": null,"
                        + " \"published_rule\": \"always\"}")
                .replace("\"id\": \"q1\",", "\"id\": \"q1\", \"asked_when\": {\"question\": \"q2\", \"is\": \"a\"},");

        assertThatThrownBy(() -> new RulebookReader().read(json)).hasMessageContaining("asked_when");
    }

    @Test
    void a_small_valid_rules_file_reads() {
        Rulebook rulebook = new RulebookReader().read(rulesData("{\"key\": \"k\", \"title\": \"T\", \"countries\":"
                + " [\"england\"], \"url\": \"https://www.gov.uk/k\", \"published_rule\": \"q1=yes\", \"when\":"
                + " {\"question\": \"q1\", \"is\": \"yes\"}}"));

        assertThat(rulebook.rules()).extracting(BenefitRule::key).containsExactly("k");
        assertThat(rulebook.questions()).extracting(Question::id).containsExactly("where", "q1", "q2");
    }

    private static String rulesData(String rule) {
        return """
                {"id": "test", "source_url": "https://www.gov.uk/test", "source": "test", "checked": "2026-01-01",
                 "country_question": "where", "everyone_reason": "Anyone can.",
                 "questions": [
                  {"id": "where", "type": "radio", "text": "Where?", "options": [
                    {"value": "england", "label": "England", "said": "you live in England"}]},
                  {"id": "q1", "type": "radio", "text": "Q1?", "options": [
                    {"value": "yes", "label": "Yes", "said": "yes"}, {"value": "no", "label": "No", "said": "no"}]},
                  {"id": "q2", "type": "checkbox", "text": "Q2?", "options": [
                    {"value": "a", "label": "A", "said": "a"}]}
                 ],
                 "benefits": [%s]}
                """.formatted(rule);
    }
}
