package uk.gov.signpost.employment.internal.schemes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import uk.gov.signpost.employment.Nation;

/** The shipped schemes data names its sources and dates, and broken data is refused at start-up. */
class SchemeBookReaderTest {

    private static final SchemeBook BOOK = SchemeBookReader.readDefault();

    @Test
    void the_nine_open_schemes_and_the_closed_restart_scheme_are_there() {
        assertThat(BOOK.schemes()).extracting(Scheme::key).containsExactly("access_to_work", "jobcentre_plus_support",
                "flexible_support_fund", "sector_based_work_academy", "skills_bootcamps", "free_courses_for_jobs",
                "apprenticeships", "disability_confident", "youth_guarantee", "restart_scheme");
        assertThat(BOOK.schemes()).filteredOn(s -> !s.open()).extracting(Scheme::key).containsExactly("restart_scheme");
    }

    @Test
    void every_scheme_has_dated_sources_and_an_https_link() {
        for (Scheme scheme : BOOK.schemes()) {
            assertThat(scheme.url()).startsWith("https://");
            assertThat(scheme.sources()).as(scheme.key()).isNotEmpty().allSatisfy(source -> {
                assertThat(source.url()).startsWith("https://");
                assertThat(source.checked()).isBeforeOrEqualTo(BOOK.checked());
            });
        }
        assertThat(BOOK.checked()).isEqualTo(LocalDate.of(2026, 11, 29));
    }

    @Test
    void a_scheme_that_runs_only_in_some_nations_says_what_to_do_in_the_others() {
        for (Scheme scheme : BOOK.schemes()) {
            if (scheme.open()) {
                for (Nation nation : Nation.values()) {
                    assertThat(scheme.nations().contains(nation) || scheme.otherNations().containsKey(nation))
                            .as(scheme.key() + " in " + nation).isTrue();
                }
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "an unknown fact| {\"fact\": \"shoe_size\", \"at_least\": 9}| there is no fact shoe_size",
        "a test that does not suit the fact| {\"fact\": \"age\", \"is\": true}| is does not suit age",
        "an unknown option| {\"fact\": \"benefits\", \"includes_any\": [\"pip\"]}| benefits has no value",
        "a number given as text| {\"fact\": \"age\", \"at_least\": \"16\"}| at_least needs a number",
        "an empty any| {\"any\": []}| any needs a non-empty list",
        "an extra field| {\"fact\": \"age\", \"at_least\": 16, \"or\": 1}| unexpected fields",
    })
    void a_broken_condition_stops_start_up_with_where_it_is(String name, String condition, String problem) {
        assertThatThrownBy(() -> new SchemeBookReader().read(book(scheme("open", condition, ""))))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("schemes.x.requirements[0].when")
                .hasMessageContaining(problem);
    }

    @Test
    void a_closed_scheme_must_say_why_and_an_open_one_must_not() {
        String condition = "{\"fact\": \"age\", \"at_least\": 16}";
        assertThatThrownBy(() -> new SchemeBookReader().read(book(scheme("closed", condition, ""))))
                .hasMessageContaining("a closed scheme says why");
        assertThatThrownBy(() -> new SchemeBookReader().read(book(scheme("open", condition,
                ", \"closed\": \"It closed.\""))))
                .hasMessageContaining("a closed scheme says why");
    }

    @Test
    void the_same_key_twice_is_refused() {
        String scheme = scheme("open", "{\"fact\": \"age\", \"at_least\": 16}", "");
        assertThatThrownBy(() -> new SchemeBookReader().read("{\"checked\": \"2026-11-29\", \"schemes\": [" + scheme
                + "," + scheme + "]}")).hasMessageContaining("appears twice");
    }

    @Test
    void a_note_for_a_nation_the_scheme_runs_in_is_refused() {
        String scheme = scheme("open", "{\"fact\": \"age\", \"at_least\": 16}", "")
                .replace("\"other_nations\": {}", "\"other_nations\": {\"england\": \"Go elsewhere.\"}");
        assertThatThrownBy(() -> new SchemeBookReader().read(book(scheme))).hasMessageContaining("other_nations");
    }

    private static String book(String scheme) {
        return "{\"checked\": \"2026-11-29\", \"schemes\": [" + scheme + "]}";
    }

    private static String scheme(String status, String condition, String extra) {
        return """
                {"key": "x", "title": "X", "status": "%s", "nations": ["england"], "url": "https://www.gov.uk/x",
                 "sources": [{"url": "https://www.gov.uk/x", "checked": "2026-11-29", "note": "Seen."}],
                 "requirements": [{"when": %s, "not_met": "No.", "unknown": "Maybe."}],
                 "when_met": "yes", "met_reason": "Yes.", "other_nations": {}%s}
                """.formatted(status, condition, extra);
    }
}
