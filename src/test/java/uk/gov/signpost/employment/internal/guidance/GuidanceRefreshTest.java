package uk.gov.signpost.employment.internal.guidance;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import uk.gov.signpost.employment.GuidanceQuery;
import uk.gov.signpost.employment.GuidanceResults.Hit;

/** A refresh against a local fake Content API: fresh pages come in, and nothing is lost when GOV.UK fails. */
class GuidanceRefreshTest {

    private final FakeContentApi api = new FakeContentApi();
    private final GuidanceIndex index = new GuidanceIndex(BundledPages.readDefault());
    private final GuidanceProperties properties = GuidanceTestProperties.contentApi(api.baseUrl());
    private final GuidanceRefresh refresh = new GuidanceRefresh(index,
            new ContentApiClient(properties.contentApiBaseUrl(), properties.refresh().timeout()), properties);
    private final GuidanceLibrary library = new GuidanceLibrary(index, properties);

    @AfterEach
    void stop() {
        api.close();
    }

    @Test
    void pages_that_came_back_replace_the_old_ones_and_the_rest_stay_as_they_were() {
        api.serve("/jobseekers-allowance", "jobseekers-allowance.json")
                .serve("/benefits-calculators", "benefits-calculators.json")
                .fail("/universal-credit", 503);

        GuidanceRefresh.Report report = refresh.refresh();

        assertThat(report.refreshed()).isEqualTo(2);
        assertThat(report.keptOld()).isEqualTo(153);
        assertThat(report.failedBasePaths()).contains("/universal-credit", "/contact-jobcentre-plus");
        assertThat(index.pages()).hasSize(155);
        List<Hit> fresh = search("zanzibarwork");
        assertThat(fresh).extracting(Hit::url).containsExactly("https://www.gov.uk/jobseekers-allowance/eligibility");
        assertThat(fresh.get(0).updatedAt()).hasToString("2025-06-02");
        assertThat(search("quokkabenefit")).extracting(Hit::url)
                .containsExactly("https://www.gov.uk/benefits-calculators");
        assertThat(search("universal credit advances")).extracting(Hit::url)
                .contains("https://www.gov.uk/guidance/universal-credit-advances"
                        + "#how-to-apply-for-a-universal-credit-advance");
    }

    @Test
    void when_gov_uk_cannot_be_reached_at_all_every_old_page_stays() {
        List<GuidancePage> before = index.pages();
        api.close();

        GuidanceRefresh.Report report = refresh.refresh();

        assertThat(report.refreshed()).isZero();
        assertThat(report.keptOld()).isEqualTo(155);
        assertThat(index.pages()).isSameAs(before);
        assertThat(search("who can start an apprenticeship")).isNotEmpty();
    }

    @Test
    void a_refresh_asks_for_every_page_it_holds_once() {
        refresh.refresh();

        assertThat(api.requested()).hasSize(155).doesNotHaveDuplicates().contains("/jobseekers-allowance");
    }

    private List<Hit> search(String words) {
        return library.search(new GuidanceQuery(words, 1)).results();
    }
}
