package uk.gov.signpost.employment.internal.eligibility;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static uk.gov.signpost.employment.internal.eligibility.Applicant.anApplicant;

import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import uk.gov.signpost.employment.BenefitsCheckOutcome;
import uk.gov.signpost.model.Language;

/**
 * The benefits check in Welsh: every question, hint, option, result name and reason comes from the Welsh file, the
 * rules and links stay the English rulebook's, and a Welsh file that misses anything stops the service starting.
 */
class WelshRulebookTest {

    private static final Rulebooks RULEBOOKS = Rulebooks.readDefault();
    private static final BenefitsChecker CHECKER = new BenefitsChecker(RULEBOOKS);

    @Test
    void every_question_hint_and_option_has_welsh_words_that_differ_from_the_english() {
        List<Question> english = RULEBOOKS.english().questions();
        List<Question> welsh = RULEBOOKS.welsh().questions();

        assertThat(welsh).hasSameSizeAs(english);
        for (int i = 0; i < english.size(); i++) {
            Question en = english.get(i);
            Question cy = welsh.get(i);
            assertThat(cy.id()).isEqualTo(en.id());
            assertThat(cy.text()).as(en.id()).isNotEqualTo(en.text());
            assertThat(cy.askedWhen()).isEqualTo(en.askedWhen());
            assertThat(cy.values()).isEqualTo(en.values());
            if (en.hint() != null) {
                assertThat(cy.hint()).as(en.id() + " hint").isNotEqualTo(en.hint());
            }
            for (int o = 0; o < en.options().size(); o++) {
                assertThat(cy.options().get(o).said()).as(en.id() + " said")
                        .isNotEqualTo(en.options().get(o).said());
            }
        }
    }

    @Test
    void welsh_results_are_the_english_results_with_welsh_names_and_the_same_links() {
        Applicant parent = anApplicant().livingIn("wales").withChildren("5_to_7").onBenefits("universal_credit");

        List<BenefitsCheckOutcome.Result> english = CHECKER.check(parent.answers(), Language.ENGLISH).results();
        List<BenefitsCheckOutcome.Result> welsh = CHECKER.check(parent.answers(), Language.WELSH).results();

        assertThat(welsh).extracting(BenefitsCheckOutcome.Result::key)
                .isEqualTo(english.stream().map(BenefitsCheckOutcome.Result::key).toList());
        assertThat(welsh).extracting(BenefitsCheckOutcome.Result::url)
                .isEqualTo(english.stream().map(BenefitsCheckOutcome.Result::url).toList());
        assertThat(welsh).extracting(BenefitsCheckOutcome.Result::title)
                .contains("Budd-dal Plant", "Prydau ysgol am ddim");
    }

    @Test
    void a_welsh_reason_names_the_answers_as_separate_clauses() {
        Applicant pensioner = anApplicant().overStatePensionAge().onBenefits("universal_credit");

        assertThat(welshReason(pensioner, "pension_credit")).isEqualTo("Yn ôl eich atebion: rydych wedi cyrraedd"
                + " oedran Pensiwn y Wladwriaeth neu'n hŷn; rydych yn cael Credyd Cynhwysol; nid ydych yn cael yr un"
                + " o'r rhain: Credyd Pensiwn.");
        assertThat(welshReason(anApplicant().livingIn("wales"), "discretionary_assistance_fund")).isEqualTo(
                "Yn ôl eich atebion: rydych yn byw yng Nghymru. Gall unrhyw un sy'n byw yno wirio a ydynt yn gymwys.");
    }

    @Test
    void every_welsh_reason_for_a_busy_profile_is_a_finished_welsh_sentence() {
        Applicant busy = anApplicant().livingIn("wales").overStatePensionAge().workingUnderSixteenHours()
                .withDisability("yes", "yes_limits_work").caring().withDisabledChildren("pregnant", "2", "16_to_17")
                .onBenefits("pension_credit", "income_support").savings("none_16000");

        assertThat(CHECKER.check(busy.answers(), Language.WELSH).results()).isNotEmpty()
                .allSatisfy(result -> assertThat(result.reason())
                        .startsWith("Yn ôl eich atebion: ")
                        .endsWith(".")
                        .doesNotContain("{}", "  ", "_", "You said", " you "));
    }

    @Test
    void welsh_questions_come_in_welsh_from_the_check() {
        BenefitsCheckOutcome.Question first = CHECKER.check(java.util.Map.of(), Language.WELSH).nextQuestions().get(0);

        assertThat(first.text()).isEqualTo("Ble rydych chi'n byw?");
        assertThat(first.options()).extracting(BenefitsCheckOutcome.Option::label)
                .containsExactly("Lloegr", "Cymru", "Yr Alban", "Gogledd Iwerddon");
    }

    @Test
    void a_welsh_file_without_an_option_or_a_title_stops_the_service_starting() {
        RulebookReader reader = new RulebookReader();
        Rulebook english = RulebookReader.readDefault();
        JsonMapper json = JsonMapper.builder().build();
        JsonNode words = json.readTree(getClass().getClassLoader()
                .getResourceAsStream(RulebookReader.WELSH_LOCATION));

        String withoutWales = words.toString().replace("{\"value\":\"wales\",", "{\"value\":\"wales-x\",");
        assertThatThrownBy(() -> reader.translate(english, json.readTree(withoutWales)))
                .hasMessageContaining("where_do_you_live").hasMessageContaining("wales");
        String withoutTitle = words.toString().replace("\"Universal Credit\":", "\"Universal Credit (old)\":");
        assertThatThrownBy(() -> reader.translate(english, json.readTree(withoutTitle)))
                .hasMessageContaining("Universal Credit");
    }

    private static String welshReason(Applicant applicant, String key) {
        return CHECKER.check(applicant.answers(), Language.WELSH).results().stream()
                .filter(result -> result.key().equals(key))
                .map(BenefitsCheckOutcome.Result::reason)
                .findFirst()
                .orElseThrow(() -> new AssertionError(key + " was not shown"));
    }
}
