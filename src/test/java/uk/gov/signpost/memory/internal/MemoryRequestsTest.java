package uk.gov.signpost.memory.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import uk.gov.signpost.memory.internal.MemoryRequests.Kind;

/** How requests about memory are read, and which fact "forget …" means. */
class MemoryRequestsTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "forget that I told you about my back | FORGET | back",
            "Please forget where I live | FORGET | where live",
            "can you delete my postcode | FORGET | postcode",
            "forget everything | FORGET_ALL | ''",
            "Forget everything you know about me | FORGET_ALL | ''",
            "what do you remember about me? | WHAT | ''",
            "please stop remembering things | OFF | ''",
            "turn off your memory | OFF | ''"})
    void requests_about_memory_are_recognised(String text, Kind kind, String subject) {
        assertThat(MemoryRequests.read(text)).hasValueSatisfying(request -> {
            assertThat(request.kind()).isEqualTo(kind);
            assertThat(request.subject()).isEqualTo(subject);
        });
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"forget it", "never mind, forget it", "I forgot my password",
            "remember to show me jobs", "I want to delete my account? no, find me a job first"})
    void other_messages_are_left_for_the_model(String text) {
        assertThat(MemoryRequests.read(text)).isEmpty();
    }

    @Test
    void yes_and_no_include_the_welsh_answers() {
        assertThat(MemoryRequests.answer("Yes please")).contains(Kind.YES);
        assertThat(MemoryRequests.answer("ie")).contains(Kind.YES);
        assertThat(MemoryRequests.answer("nac oes")).contains(Kind.NO);
        assertThat(MemoryRequests.answer("show me jobs")).isEmpty();
    }

    @Test
    void forget_finds_the_fact_by_its_words_or_its_value_and_only_that_fact() {
        Map<String, Object> remembered = new LinkedHashMap<>();
        remembered.put("health_condition", true);
        remembered.put("work_location", "Leeds");
        remembered.put("hours", 20);
        remembered.put("postcode_district", "LS6");
        remembered.put("nation", "england");

        assertThat(FactMatcher.match("back", remembered, null)).containsExactly("health_condition");
        assertThat(FactMatcher.match("leeds", remembered, null)).containsExactly("work_location");
        assertThat(FactMatcher.match("hours work", remembered, null)).containsExactly("hours");
        assertThat(FactMatcher.match("where live", remembered, null))
                .containsExactlyInAnyOrder("postcode_district", "nation");
        assertThat(FactMatcher.match(MemoryRequests.subject("where I want to work"), remembered, null))
                .containsExactly("work_location");
        assertThat(FactMatcher.match("favourite colour", remembered, null)).isEmpty();
    }

    @Test
    void values_are_read_as_their_category_type_and_nonsense_is_refused() {
        FactCategory hours = FactCatalogue.find("hours").orElseThrow();
        FactCategory district = FactCatalogue.find("postcode_district").orElseThrow();
        FactCategory health = FactCatalogue.find("health_condition").orElseThrow();
        FactCategory nation = FactCatalogue.find("nation").orElseThrow();

        assertThat(hours.parse("20")).contains(20);
        assertThat(hours.parse(new BigDecimal("12.50"))).contains(new BigDecimal("12.5"));
        assertThat(hours.parse("200")).isEmpty();
        assertThat(district.parse("ls6")).contains("LS6");
        assertThat(district.parse("LS6 2AB")).isEmpty();
        assertThat(health.parse("yes")).contains(true);
        assertThat(health.parse("maybe")).isEmpty();
        assertThat(nation.parse("Cymru")).contains("wales");
        assertThat(FactCatalogue.find("work_location").orElseThrow().parse("near ls6 2ab please"))
                .contains("near LS6 please");
        assertThat(FactCatalogue.find("children").orElseThrow().parse("3, 6")).contains(List.of(3, 6));
    }

    @Test
    void the_notice_words_the_fact_plainly() {
        assertThat(FactCatalogue.find("health_condition").orElseThrow().noticeFor(true))
                .isEqualTo("you have a health condition or disability");
        assertThat(FactCatalogue.find("nation").orElseThrow().noticeFor("northern-ireland"))
                .isEqualTo("you live in Northern Ireland");
        assertThat(FactCatalogue.find("health_condition").orElseThrow().neutral())
                .isEqualTo("whether you have a health condition or disability");
        assertThat(MemoryTurns.join(List.of("a", "b", "c"))).isEqualTo("a, b and c");
    }
}
