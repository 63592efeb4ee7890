package uk.gov.signpost.employment.internal.jobs;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import uk.gov.signpost.employment.JobMatch;
import uk.gov.signpost.employment.JobSearch;
import uk.gov.signpost.employment.JobSearchResult;

/**
 * {@code GET /api/v1/jobs?q=&near=&radius_miles=&salary_min=&department=&closing_after=&page=&page_size=}. A
 * parameter that is not valid, or a place Signpost does not know, is a 422 {@code application/problem+json} naming
 * the parameter (see {@link JobSearchForm} and {@link uk.gov.signpost.employment.JobQuery}).
 */
@RestController
@RequestMapping("/api/v1/jobs")
class JobsApiController {

    private final JobSearch jobs;
    private final ReasonText reasons;

    JobsApiController(JobSearch jobs, ReasonText reasons) {
        this.jobs = jobs;
        this.reasons = reasons;
    }

    @GetMapping(produces = MediaType.APPLICATION_JSON_VALUE)
    JobsResponse search(@RequestParam(name = "q", required = false) @Nullable String q,
            @RequestParam(name = "near", required = false) @Nullable String near,
            @RequestParam(name = "radius_miles", required = false) @Nullable String radiusMiles,
            @RequestParam(name = "salary_min", required = false) @Nullable String salaryMin,
            @RequestParam(name = "department", required = false) @Nullable String department,
            @RequestParam(name = "closing_after", required = false) @Nullable String closingAfter,
            @RequestParam(name = "page", required = false) @Nullable String page,
            @RequestParam(name = "page_size", required = false) @Nullable String pageSize,
            Locale locale) {
        JobSearchForm form = new JobSearchForm(q, near, radiusMiles, salaryMin, department, closingAfter, page,
                pageSize);
        JobSearchResult result = jobs.search(form.toQuery());
        return new JobsResponse(result.total(), result.totalExact(), result.page(), result.pageSize(), result.pages(), result.near(),
                result.semantic(), result.results().stream().map(match -> JobBody.of(match, reasons, locale)).toList());
    }

    /**
     * One page of results. {@code total} is exact when {@code total_exact}, otherwise a lower bound (counting stops at
     * 1,000, the most results that can be paged to). {@code semantic} is false while the title embeddings are still
     * being prepared after start-up.
     */
    @JsonInclude(JsonInclude.Include.ALWAYS)
    record JobsResponse(long total, @JsonProperty("total_exact") boolean totalExact, int page, @JsonProperty("page_size") int pageSize, int pages,
            @Nullable String near, boolean semantic, List<JobBody> results) {}

    /** One advert; {@code distance_miles} is null when the advert matched as national, remote or a whole area. */
    @JsonInclude(JsonInclude.Include.ALWAYS)
    record JobBody(String id, String title, String employer, String location,
            @JsonProperty("distance_miles") @Nullable Double distanceMiles,
            @JsonProperty("salary_min") @Nullable Integer salaryMin,
            @JsonProperty("salary_max") @Nullable Integer salaryMax,
            @JsonProperty("closing_date") String closingDate,
            @JsonProperty("soc_code") @Nullable String socCode,
            List<String> why) {

        static JobBody of(JobMatch match, ReasonText reasons, Locale locale) {
            return new JobBody(match.id(), match.title(), match.employer(), match.location(), match.distanceMiles(),
                    match.salaryMin(), match.salaryMax(), match.closingDate().toString(), match.socCode(),
                    match.why().stream().map(reason -> reasons.of(reason, locale)).toList());
        }
    }
}
