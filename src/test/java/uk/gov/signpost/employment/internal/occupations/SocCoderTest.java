package uk.gov.signpost.employment.internal.occupations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SocCoderTest {

    private static final SocCoder coder = new SocCoder();

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            Administrative Officer                      | 4159 | EXACT_TITLE
            administrative officer (local government)   | 4112 | TITLE_WITH_QUALIFIER
            Administrative officer - HR                 | 4159 | TITLE_WITH_QUALIFIER
            Administrative officer in human resources   | 4136 | TITLE_WITH_QUALIFIER
            Data Analyst                                | 3544 | EXACT_TITLE
            data analysts                               | 3544 | EXACT_TITLE
            HEO Policy Adviser                          | 2439 | TITLE_WITH_QUALIFIER
            Grade 7 policy advisor                      | 2439 | TITLE_WITH_QUALIFIER
            Senior Executive Officer - Finance          | 3560 | TITLE_WITH_QUALIFIER
            Software developer                          | 2134 | EXACT_TITLE
            Care worker                                 | 6135 | EXACT_TITLE
            Chef                                        | 5434 | EXACT_TITLE
            Warehouse operative                         | 9252 | EXACT_TITLE
            Nurse's aide                                | 6131 | EXACT_TITLE
            """)
    void codes_common_and_civil_service_titles(String title, String soc, SocMatch.Method method) {
        SocMatch match = coder.code(title).orElseThrow();

        assertThat(match.socCode()).isEqualTo(soc);
        assertThat(match.method()).isEqualTo(method);
    }

    @Test
    void a_title_with_one_code_in_the_index_is_certain_and_names_its_unit_group_and_entry() {
        SocMatch match = coder.code("Policy officer").orElseThrow();

        assertThat(match).isEqualTo(new SocMatch("2439", "Business, research and administrative professionals n.e.c.",
                "Policy officer", 1.0, SocMatch.Method.EXACT_TITLE));
    }

    @Test
    void a_title_the_index_codes_several_ways_takes_the_unqualified_entry_with_less_confidence() {
        SocMatch match = coder.code("Administrative officer").orElseThrow();

        assertThat(match.matchedIndexEntry()).isEqualTo("Administrative officer");
        assertThat(match.confidence()).isLessThan(1.0);
        assertThat(coder.candidates("Administrative officer", 10)).extracting(SocMatch::socCode)
                .startsWith("4159")
                .contains("4111", "4112", "4136");
    }

    @Test
    void the_qualifier_chooses_the_entry_and_is_shown_with_it() {
        SocMatch match = coder.code("Administrative officer (police service)").orElseThrow();

        assertThat(match.socCode()).isEqualTo("4112");
        assertThat(match.matchedIndexEntry()).isEqualTo("Administrative officer (police service)");
        assertThat(match.unitGroupTitle()).isEqualTo("Local government administrative occupations");
    }

    @Test
    void a_title_not_in_the_index_falls_back_to_the_index_title_sharing_its_rarest_words() {
        SocMatch match = coder.code("Senior data analyst").orElseThrow();

        assertThat(match.method()).isEqualTo(SocMatch.Method.WORD_OVERLAP);
        assertThat(match.socCode()).isEqualTo("3544");
        assertThat(match.confidence()).isLessThan(0.9);
    }

    @Test
    void words_after_the_title_help_choose_between_overlapping_entries() {
        assertThat(coder.code("Lead data analyst, computing").orElseThrow().socCode()).isEqualTo("2134");
    }

    @Test
    void candidates_are_one_per_unit_group_best_first() {
        List<SocMatch> candidates = coder.candidates("Teaching assistant", 5);

        assertThat(candidates).hasSizeBetween(1, 5);
        assertThat(candidates).extracting(SocMatch::socCode).doesNotHaveDuplicates();
        assertThat(candidates).extracting(SocMatch::confidence).isSortedAccordingTo((a, b) -> Double.compare(b, a));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            ''
            '   '
            ?!
            xyzzy plugh
            """)
    void nothing_comes_back_for_text_that_names_no_job(String title) {
        assertThat(coder.code(title)).isEmpty();
    }

    @Test
    void every_coded_index_title_codes_back_to_one_of_its_own_codes() {
        SocMatch nurse = coder.code("Staff nurse").orElseThrow();

        assertThat(nurse.method()).isEqualTo(SocMatch.Method.EXACT_TITLE);
        assertThat(coder.unitGroupTitle(nurse.socCode())).contains(nurse.unitGroupTitle());
    }

    @Test
    void a_match_refuses_a_code_that_is_not_a_unit_group() {
        assertThatThrownBy(() -> new SocMatch("41", "Administrative occupations", "Clerk", 1.0,
                SocMatch.Method.EXACT_TITLE)).isInstanceOf(IllegalArgumentException.class);
    }
}
