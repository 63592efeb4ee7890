package uk.gov.signpost.employment.internal.calculators;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;
import uk.gov.signpost.agent.Wording;
import uk.gov.signpost.model.Language;
import uk.gov.signpost.platform.InvalidFieldException;

/** The calculators' sentences and the tools' errors come from the bundles, in English or Welsh, with the figures. */
class CalculatorSentencesTest {

    private static final Locale WELSH = Locale.forLanguageTag("cy");
    private static final ResourceBundleMessageSource MESSAGES = new ResourceBundleMessageSource();

    static {
        MESSAGES.setBasenames("i18n/assistant", "i18n/calculators");
        MESSAGES.setDefaultEncoding("UTF-8");
        MESSAGES.setFallbackToSystemLocale(false);
    }

    private final CalculatorSentences sentences = new CalculatorSentences(MESSAGES);

    private static final RedundancyPayResult ENTITLED = new RedundancyPayResult(true, new BigDecimal("12.5"),
            new BigDecimal("7500.00"), new BigDecimal("719.00"), new BigDecimal("21570.00"), new BigDecimal("7500.00"),
            new BigDecimal("749.00"), new BigDecimal("22470.00"), "", "https://www.gov.uk/calculate-your-redundancy-pay",
            LocalDate.of(2026, 4, 6), LocalDate.of(2026, 4, 6));

    @Test
    void the_assistant_states_redundancy_pay_in_the_turns_language_with_the_same_figures() {
        assertThat(sentences.redundancySay(ENTITLED, Locale.UK)).isEqualTo("Your statutory redundancy pay would be"
                + " £7,500, or £7,500 in Northern Ireland. That is 12.5 weeks' pay. A week's pay is capped at £719."
                + " Your employer may pay more under your contract.");
        assertThat(sentences.redundancySay(ENTITLED, WELSH)).startsWith("Eich tâl dileu swydd statudol fyddai £7,500")
                .contains("12.5 wythnos o gyflog", "£719");
        assertThat(sentences.redundancyReason(ENTITLED, WELSH)).startsWith("Mae hyd at 20 mlynedd lawn o waith");
    }

    @Test
    void the_minimum_wage_reason_gives_rates_with_pence_in_welsh_too() {
        MinimumWageResult below = new MinimumWageResult(MinimumWageResult.Outcome.BELOW, new BigDecimal("12.71"),
                new BigDecimal("508.40"), BigDecimal.ZERO, new BigDecimal("500.00"),
                MinimumWageResult.WageType.NATIONAL_LIVING_WAGE, "", "https://www.gov.uk/national-minimum-wage-rates",
                LocalDate.of(2026, 4, 1));

        assertThat(sentences.minimumWageReason(below, false, Locale.UK)).isEqualTo("The lowest rate for your age is"
                + " £12.71 an hour. So the hours you worked should be paid at least £508.40. The pay that counts is"
                + " £500.00. That is £8.40 below the minimum.");
        assertThat(sentences.minimumWageReason(below, false, WELSH)).isEqualTo("Y gyfradd isaf ar gyfer eich oedran"
                + " yw £12.71 yr awr. Felly dylech gael o leiaf £508.40 am yr oriau a weithiwyd gennych. Y cyflog sy'n"
                + " cyfrif yw £500.00. Mae hynny £8.40 yn is na'r isafswm.");
    }

    @Test
    void a_tools_error_keeps_the_rules_own_message_in_english_and_is_welsh_in_welsh() {
        Wording wording = new Wording(MESSAGES);
        InvalidFieldException problem = new InvalidFieldException("age_out_of_range", "age", "Enter an age from 16");

        assertThat(wording.invalidInput(problem, Language.ENGLISH)).isEqualTo("age: Enter an age from 16");
        assertThat(wording.invalidInput(problem, Language.WELSH))
                .isEqualTo("age: Mae'r oedran y tu allan i'r ystod y mae'r gyfrifiannell yn ei derbyn.");
        assertThat(wording.invalidInput(new InvalidFieldException("new_code", "x", "New."), Language.WELSH))
                .isEqualTo("x: Nid oes modd defnyddio'r ateb hwn. Gwiriwch ef a rhowch gynnig arall arni.");
    }
}
