package uk.gov.signpost.employment.internal.jobs;

import jakarta.servlet.http.HttpServletResponse;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;
import uk.gov.signpost.employment.JobMatch;
import uk.gov.signpost.employment.JobQuery;
import uk.gov.signpost.employment.JobSearch;
import uk.gov.signpost.employment.JobSearchResult;
import uk.gov.signpost.platform.InvalidFieldException;

/**
 * The citizen's job search page, {@code GET /jobs}: a GOV.UK form (what job, where, how far, minimum salary) that
 * submits with GET, so it works with JavaScript off and every results page has its own address. A form with nothing
 * to search for, or with a value that is not valid, shows the GOV.UK error summary.
 */
@Controller
class JobsPage {

    static final List<Integer> RADIUS_CHOICES = List.of(5, 10, 20, 30, 50, 100);
    /** Fields that have an input on the page; errors about other parameters point to the first input. */
    private static final Set<String> INPUTS = Set.of("q", "near", "radius_miles", "salary_min");

    private final JobSearch jobs;
    private final ReasonText reasons;
    private final MessageSource messages;

    JobsPage(JobSearch jobs, ReasonText reasons, MessageSource messages) {
        this.jobs = jobs;
        this.reasons = reasons;
        this.messages = messages;
    }

    @GetMapping("/jobs")
    String search(@RequestParam(name = "q", required = false) @Nullable String q,
            @RequestParam(name = "near", required = false) @Nullable String near,
            @RequestParam(name = "radius_miles", required = false) @Nullable String radiusMiles,
            @RequestParam(name = "salary_min", required = false) @Nullable String salaryMin,
            @RequestParam(name = "page", required = false) @Nullable String page,
            Model model, HttpServletResponse response, Locale locale) {
        JobSearchForm form = new JobSearchForm(q, near, radiusMiles, salaryMin, null, null, page, null);
        Map<String, String> errors = new LinkedHashMap<>();
        model.addAttribute("form", form);
        model.addAttribute("radiusChoices", RADIUS_CHOICES);
        model.addAttribute("radius", radius(radiusMiles));
        model.addAttribute("errors", errors);
        if (!form.submitted()) {
            return "jobs";
        }
        if (form.nothingToSearchFor()) {
            errors.put("q", messages.getMessage("jobs.error.search_empty", null, locale));
        } else {
            try {
                JobQuery query = form.toQuery();
                JobSearchResult result = jobs.search(query);
                model.addAttribute("result", result);
                model.addAttribute("jobs", result.results().stream().map(job -> JobView.of(job, reasons, locale))
                        .toList());
                model.addAttribute("firstNumber", (result.page() - 1) * result.pageSize() + 1);
                model.addAttribute("pagination", Pagination.of(result.page(), result.pages(),
                        number -> link(form, number)));
            } catch (InvalidFieldException e) {
                errors.put(INPUTS.contains(e.field()) ? e.field() : "q",
                        messages.getMessage("jobs.error." + e.code(), null, e.getMessage(), locale));
            }
        }
        if (!errors.isEmpty()) {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
        }
        return "jobs";
    }

    /** The radius to show as chosen: the one asked for if it is a choice, otherwise the default. */
    private static int radius(@Nullable String asked) {
        try {
            int miles = asked == null ? JobQuery.DEFAULT_RADIUS_MILES : Integer.parseInt(asked.strip());
            return RADIUS_CHOICES.contains(miles) ? miles : JobQuery.DEFAULT_RADIUS_MILES;
        } catch (NumberFormatException e) {
            return JobQuery.DEFAULT_RADIUS_MILES;
        }
    }

    /** The same search, another page; values encoded as a browser encodes a GET form. */
    private static String link(JobSearchForm form, int page) {
        UriComponentsBuilder link = UriComponentsBuilder.fromPath("/jobs");
        addIfPresent(link, "q", form.q());
        addIfPresent(link, "near", form.near());
        addIfPresent(link, "radius_miles", form.radiusMiles());
        addIfPresent(link, "salary_min", form.salaryMin());
        return link.queryParam("page", page).build(true).toUriString();
    }

    private static void addIfPresent(UriComponentsBuilder link, String name, @Nullable String value) {
        if (value != null && !value.isBlank()) {
            link.queryParam(name, URLEncoder.encode(value.strip(), StandardCharsets.UTF_8));
        }
    }

    /** One result with its reasons already in the person's words. */
    record JobView(JobMatch job, List<String> why) {

        static JobView of(JobMatch job, ReasonText reasons, Locale locale) {
            return new JobView(job, job.why().stream().map(reason -> reasons.of(reason, locale)).toList());
        }
    }
}
