package uk.gov.signpost.employment.internal.guidance;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.OffsetDateTime;
import static org.assertj.core.groups.Tuple.tuple;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import uk.gov.signpost.employment.internal.guidance.ContentApiClient.Fetch;
import uk.gov.signpost.employment.internal.guidance.GuidancePage.Section;

/** The Content API adapter against a local fake that serves JSON shaped like GOV.UK's. */
class ContentApiClientTest {

    private final FakeContentApi api = new FakeContentApi();
    private final ContentApiClient client = new ContentApiClient(api.baseUrl(), Duration.ofSeconds(5));

    @AfterEach
    void stop() {
        api.close();
    }

    @Test
    void a_guide_becomes_its_parts_each_at_its_own_address_with_heading_anchors() {
        api.serve("/jobseekers-allowance", "jobseekers-allowance.json");

        GuidancePage page = fetched("/jobseekers-allowance");

        assertThat(page.title()).isEqualTo("Jobseeker's Allowance (JSA)");
        assertThat(page.documentType()).isEqualTo("guide");
        assertThat(page.updatedAt()).isEqualTo(OffsetDateTime.parse("2025-06-02T09:30:00+01:00"));
        assertThat(page.sections()).extracting(Section::heading, Section::url).containsExactly(
                tuple("How it works", "https://www.gov.uk/jobseekers-allowance"),
                tuple("What you need to do",
                        "https://www.gov.uk/jobseekers-allowance#what-you-need-to-do"),
                tuple("Eligibility", "https://www.gov.uk/jobseekers-allowance/eligibility"),
                tuple("Claiming Universal Credit and New Style JSA",
                        "https://www.gov.uk/jobseekers-allowance/eligibility"
                                + "#claiming-universal-credit-and-new-style-jsa"),
                tuple("If you’re self-employed",
                        "https://www.gov.uk/jobseekers-allowance/eligibility#if-youre-self-employed"),
                tuple("Apply for New Style Jobseeker's Allowance (JSA)",
                        "https://www.gov.uk/jobseekers-allowance/apply-new-style-jsa"));
    }

    @Test
    void html_becomes_plain_paragraphs_with_the_words_of_links_lists_notices_and_tables() {
        api.serve("/jobseekers-allowance", "jobseekers-allowance.json");

        GuidancePage page = fetched("/jobseekers-allowance");

        assertThat(page.sections().get(0).text()).isEqualTo("You can apply for New Style Jobseeker’s Allowance (JSA) to"
                + " help you when you’re looking for work.\n\nThis guide is also available in Welsh (Cymraeg).");
        assertThat(page.sections().get(1).text())
                .isEqualTo("Check you’re eligible.\n\nKeep to your agreement to look for work, called a"
                        + " ‘Claimant Commitment’.");
        assertThat(page.sections().get(5).text())
                .isEqualTo("What you need Why\n\nNational Insurance number To find your record");
    }

    @Test
    void a_body_page_keeps_gov_uk_ids_and_makes_the_ones_govspeak_would_where_they_are_missing() {
        api.serve("/benefits-calculators", "benefits-calculators.json");

        GuidancePage page = fetched("/benefits-calculators");

        assertThat(page.sections()).extracting(Section::url).containsExactly(
                "https://www.gov.uk/benefits-calculators",
                "https://www.gov.uk/benefits-calculators#calculators",
                "https://www.gov.uk/benefits-calculators#what-youll-need",
                "https://www.gov.uk/benefits-calculators#what-youll-need-1");
        assertThat(page.sections().get(1).text()).isEqualTo("entitledto\n\nPolicy in Practice");
    }

    @Test
    void a_page_that_gov_uk_does_not_have_is_a_failure_not_an_exception() {
        assertThat(client.fetch("/no-such-page")).isEqualTo(new Fetch.Failed("not_found"));
    }

    @Test
    void a_server_error_a_gone_page_and_a_redirect_are_failures() {
        api.fail("/universal-credit", 503).fail("/old-page", 410).fail("/moved", 301);

        assertThat(client.fetch("/universal-credit")).isEqualTo(new Fetch.Failed("http_503"));
        assertThat(client.fetch("/old-page")).isEqualTo(new Fetch.Failed("gone"));
        assertThat(client.fetch("/moved")).isEqualTo(new Fetch.Failed("http_301"));
    }

    @Test
    void json_that_is_broken_or_for_another_page_is_a_failure() {
        api.serveJson("/broken", "{\"base_path\": ").serve("/other", "benefits-calculators.json");

        assertThat(client.fetch("/broken")).isEqualTo(new Fetch.Failed("malformed_json"));
        assertThat(client.fetch("/other")).isEqualTo(new Fetch.Failed("different_base_path"));
    }

    @Test
    void a_body_larger_than_any_gov_uk_page_is_refused_without_reading_it_all() {
        api.serveJson("/huge", "{\"base_path\": \"/huge\", \"padding\": \""
                + "x".repeat(ContentApiClient.MAX_BODY_BYTES) + "\"}");

        assertThat(client.fetch("/huge")).isEqualTo(new Fetch.Failed("too_large"));
    }

    @Test
    void a_schema_with_neither_parts_nor_body_is_not_read() {
        api.serve("/how-to-claim-new-style-jsa", "how-to-claim-new-style-jsa.json");

        assertThat(client.fetch("/how-to-claim-new-style-jsa")).isEqualTo(new Fetch.Failed("unsupported_schema"));
    }

    @Test
    void a_server_that_is_not_there_is_unreachable() {
        api.close();

        assertThat(client.fetch("/jobseekers-allowance")).isEqualTo(new Fetch.Failed("unreachable"));
    }

    @Test
    void the_page_is_asked_for_at_the_base_url_plus_its_base_path() {
        api.serve("/benefits-calculators", "benefits-calculators.json");
        ContentApiClient withSlash = new ContentApiClient(
                java.net.URI.create(api.baseUrl() + "/"), Duration.ofSeconds(5));

        assertThat(withSlash.fetch("/benefits-calculators")).isInstanceOf(Fetch.Fetched.class);
        assertThat(api.requested()).containsExactly("/benefits-calculators");
    }

    private GuidancePage fetched(String basePath) {
        Fetch fetch = client.fetch(basePath);
        assertThat(fetch).isInstanceOf(Fetch.Fetched.class);
        return ((Fetch.Fetched) fetch).page();
    }
}
