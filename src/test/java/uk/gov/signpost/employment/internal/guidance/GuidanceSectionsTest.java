package uk.gov.signpost.employment.internal.guidance;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import uk.gov.signpost.employment.internal.guidance.GuidancePage.Section;

/** The bundled GOV.UK pages, split into sections, each linked to where GOV.UK shows it. */
class GuidanceSectionsTest {

    private static final List<GuidancePage> PAGES = BundledPages.readDefault();
    private static final Map<String, GuidancePage> BY_PATH =
            PAGES.stream().collect(Collectors.toMap(GuidancePage::basePath, Function.identity()));

    @Test
    void the_155_english_pages_are_read_and_the_2_welsh_ones_are_left_out() {
        assertThat(PAGES).hasSize(155);
        assertThat(BY_PATH).doesNotContainKeys("/guidance/new-style-jobseekers-allowance.cy",
                "/guidance/universal-credit-advances.cy");
    }

    @Test
    void every_section_links_to_gov_uk_and_has_words() {
        for (GuidancePage page : PAGES) {
            assertThat(page.sections()).as(page.basePath()).isNotEmpty();
            for (Section section : page.sections()) {
                assertThat(section.url()).startsWith(page.url());
                assertThat(section.text()).isNotBlank();
            }
        }
    }

    @Test
    void a_detailed_guide_links_each_heading_to_its_anchor_on_the_page() {
        assertThat(section("/guidance/new-style-jobseekers-allowance",
                "Sign an agreement to look for work (‘Claimant Commitment’)"))
                .isEqualTo("https://www.gov.uk/guidance/new-style-jobseekers-allowance"
                        + "#sign-an-agreement-to-look-for-work-claimant-commitment");
    }

    @Test
    void an_answer_links_its_opening_words_to_the_page_under_the_page_title() {
        GuidancePage page = BY_PATH.get("/benefits-calculators");

        assertThat(page.sections().get(0).heading()).isEqualTo("Benefits calculators");
        assertThat(page.sections().get(0).url()).isEqualTo("https://www.gov.uk/benefits-calculators");
        assertThat(section("/benefits-calculators", "Calculators"))
                .isEqualTo("https://www.gov.uk/benefits-calculators#calculators");
    }

    @Test
    void anchors_on_one_page_are_never_repeated() {
        for (GuidancePage page : PAGES) {
            Set<String> anchors = new HashSet<>();
            page.sections().stream().map(Section::url).filter(url -> url.contains("#"))
                    .forEach(url -> assertThat(anchors.add(url)).as(url).isTrue());
        }
    }

    @Test
    void a_guide_part_that_gov_uk_links_to_has_its_own_address() {
        assertThat(section("/jobseekers-allowance", "Eligibility"))
                .isEqualTo("https://www.gov.uk/jobseekers-allowance/eligibility");
        assertThat(section("/jobseekers-allowance", "Changes to personal details"))
                .isEqualTo("https://www.gov.uk/jobseekers-allowance/report-a-change-of-circumstances"
                        + "#changes-to-personal-details");
    }

    @Test
    void a_guide_heading_whose_part_is_unknown_links_to_the_guide_not_to_a_guessed_address() {
        assertThat(section("/jobseekers-allowance", "How it works"))
                .isEqualTo("https://www.gov.uk/jobseekers-allowance");
        assertThat(section("/jobseekers-allowance", "Apply for New Style Jobseeker's Allowance (JSA)"))
                .isEqualTo("https://www.gov.uk/jobseekers-allowance");
        for (GuidancePage page : PAGES) {
            if (page.documentType().equals("guide")) {
                page.sections().forEach(s -> assertThat(s.url()).as(s.heading()).doesNotContain(page.url() + "#"));
            }
        }
    }

    @Test
    void step_by_step_steps_link_to_the_page() {
        assertThat(BY_PATH.get("/how-to-claim-new-style-jsa").sections())
                .extracting(Section::url)
                .containsOnly("https://www.gov.uk/how-to-claim-new-style-jsa");
    }

    @Test
    void section_text_keeps_the_words_of_links_and_drops_their_addresses() {
        String text = BY_PATH.get("/reasonable-adjustments-for-disabled-workers").sections().stream()
                .map(Section::text).collect(Collectors.joining("\n"));

        assertThat(text).contains("You can apply for Access to Work if you need extra help.");
        assertThat(text).doesNotContain("http", "](", "/contact-jobcentre-plus");
        for (GuidancePage page : PAGES) {
            page.sections().forEach(s -> assertThat(s.text()).as(s.url()).doesNotContain("https://", "](/"));
        }
    }

    @Test
    void the_date_is_the_pages_public_updated_at() {
        assertThat(BY_PATH.get("/jobseekers-allowance").updatedAt().toLocalDate()).hasToString("2025-01-01");
    }

    private static String section(String basePath, String heading) {
        return BY_PATH.get(basePath).sections().stream()
                .filter(s -> s.heading().equals(heading))
                .findFirst()
                .map(Section::url)
                .orElseThrow(() -> new AssertionError("no section " + heading + " in " + basePath));
    }
}
