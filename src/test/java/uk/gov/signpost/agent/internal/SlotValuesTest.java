package uk.gov.signpost.agent.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import uk.gov.signpost.agent.FlowDefinition.Derivation;
import uk.gov.signpost.agent.FlowDefinition.Slot;

class SlotValuesTest {

    private static final Map<String, String> NATIONS = ordered("england", "England", "wales", "Wales",
            "scotland", "Scotland", "northern-ireland", "Northern Ireland");
    private static final Slot WHERE = new Slot("where_do_you_live", "Where do you live?", "choice", NATIONS, null, null);
    private static final Slot YES_NO = new Slot("carer", "Do you care for someone?", "choice",
            ordered("yes", "Yes", "no", "No"), null, null);

    @ParameterizedTest(name = "\"{0}\" -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            wales                       | wales
            Wales.                      | wales
            Northern Ireland            | northern-ireland
            northern-ireland            | northern-ireland
            I live in Wales             | wales
            """)
    void reads_an_option_by_value_label_or_a_label_named_in_the_answer(String answer, String expected) {
        assertThat(SlotValues.read(WHERE, answer)).contains(expected);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            yes          | yes
            Yeah         | yes
            yep          | yes
            no           | no
            nope         | no
            No, I don't  | no
            """)
    void reads_yes_and_no_in_their_common_forms(String answer, String expected) {
        assertThat(SlotValues.read(YES_NO, answer)).contains(expected);
    }

    @Test
    void refuses_an_answer_it_cannot_place_rather_than_guessing() {
        assertThat(SlotValues.read(WHERE, "somewhere near the sea")).isEmpty();
        assertThat(SlotValues.read(WHERE, "England or Wales")).isEmpty();
        assertThat(SlotValues.read(YES_NO, "maybe")).isEmpty();
    }

    @Test
    void reads_booleans_into_yes_and_no() {
        assertThat(SlotValues.read(YES_NO, true)).contains("yes");
        assertThat(SlotValues.read(YES_NO, false)).contains("no");
    }

    @Test
    void reads_several_options_for_a_multiple_choice_slot() {
        Slot ages = new Slot("age_of_children", "How old?", "multi_choice",
                ordered("2", "2", "3_to_4", "3 to 4", "5_to_7", "5 to 7"), null, null);
        assertThat(SlotValues.read(ages, "3 to 4 and 5 to 7")).contains(List.of("3_to_4", "5_to_7"));
        assertThat(SlotValues.read(ages, List.of("2", "5_to_7"))).contains(List.of("2", "5_to_7"));
        assertThat(SlotValues.read(ages, "3 to 4 and 99")).isEmpty();
    }

    @Test
    void derives_a_threshold_answer_and_leaves_the_uncertain_band_to_be_asked() {
        Slot pensionAge = new Slot("over_state_pension_age", "Are you State Pension age or over?", "choice",
                ordered("yes", "Yes", "no", "No"), null, List.of(
                        new Derivation("age", "threshold", new BigDecimal("67"), "yes", null, null),
                        new Derivation("age", "threshold", new BigDecimal("66"), null, "no", null)));
        assertThat(SlotValues.derive(pensionAge, Map.of("age", 34))).contains("no");
        assertThat(SlotValues.derive(pensionAge, Map.of("age", 70))).contains("yes");
        assertThat(SlotValues.derive(pensionAge, Map.of("age", 66))).isEmpty();
        assertThat(SlotValues.derive(pensionAge, Map.of())).isEmpty();
    }

    @Test
    @SuppressWarnings("unchecked")
    void puts_childrens_ages_into_bands() {
        Slot ages = new Slot("age_of_children", "How old?", "multi_choice",
                ordered("1_or_under", "1 or under", "3_to_4", "3 to 4", "5_to_7", "5 to 7"), null, List.of(
                        new Derivation("children_ages", "buckets", null, null, null,
                                Map.of("1_or_under", List.of(0, 1), "3_to_4", List.of(3, 4), "5_to_7", List.of(5, 7)))));
        assertThat(SlotValues.derive(ages, Map.of("children_ages", List.of(3, 6))))
                .hasValueSatisfying(v -> assertThat((List<Object>) v).containsExactlyInAnyOrder("3_to_4", "5_to_7"));
    }

    @Test
    void a_count_of_zero_children_derives_no() {
        Slot children = new Slot("children_living_with_you", "Children?", "choice", ordered("yes", "Yes", "no", "No"),
                null, List.of(new Derivation("children_count", "present", null, "yes", "no", null)));
        assertThat(SlotValues.derive(children, Map.of("children_count", 0))).contains("no");
        assertThat(SlotValues.derive(children, Map.of("children_count", 2))).contains("yes");
    }

    private static Map<String, String> ordered(String... pairs) {
        Map<String, String> map = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            map.put(pairs[i], pairs[i + 1]);
        }
        return map;
    }
}
