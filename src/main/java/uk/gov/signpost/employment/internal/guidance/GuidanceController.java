package uk.gov.signpost.employment.internal.guidance;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import uk.gov.signpost.employment.GuidanceQuery;
import uk.gov.signpost.employment.GuidanceResults;
import uk.gov.signpost.employment.GuidanceSearch;
import uk.gov.signpost.platform.InvalidFieldException;

/**
 * {@code GET /api/v1/guidance?q=…&page=…}: GOV.UK guidance sections that match, each with the address of the
 * section. A missing or bad {@code q} or {@code page} is a 422 {@code application/problem+json} naming the field.
 */
@RestController
class GuidanceController {

    private final GuidanceSearch search;

    GuidanceController(GuidanceSearch search) {
        this.search = search;
    }

    @GetMapping(path = "/api/v1/guidance", produces = MediaType.APPLICATION_JSON_VALUE)
    SearchResponse search(@RequestParam(name = "q", required = false) @Nullable String q,
            @RequestParam(name = "page", required = false) @Nullable String page) {
        return SearchResponse.from(search.search(new GuidanceQuery(q == null ? "" : q, pageNumber(page))));
    }

    private static int pageNumber(@Nullable String page) {
        if (page == null || page.isBlank()) {
            return 1;
        }
        try {
            return Integer.parseInt(page.strip());
        } catch (NumberFormatException e) {
            throw new InvalidFieldException("invalid_page", "page",
                    "Enter a page number from 1 to " + GuidanceQuery.MAX_PAGE);
        }
    }

    record SearchResponse(long total, int page, @JsonProperty("page_size") int pageSize, List<HitBody> results) {

        static SearchResponse from(GuidanceResults results) {
            return new SearchResponse(results.total(), results.page(), results.pageSize(),
                    results.results().stream().map(HitBody::from).toList());
        }
    }

    record HitBody(String title, String section, String url, String excerpt,
            @JsonProperty("updated_at") LocalDate updatedAt) {

        static HitBody from(GuidanceResults.Hit hit) {
            return new HitBody(hit.title(), hit.section(), hit.url(), hit.excerpt(), hit.updatedAt());
        }
    }
}
