package uk.gov.signpost.employment.internal.training;

import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;
import uk.gov.signpost.employment.TrainingSearch;
import uk.gov.signpost.platform.InvalidFieldException;

/**
 * The citizen's training search page. It is a plain GET form, so it works with JavaScript off and every search
 * has an address that can be shared. Invalid fields (only possible by editing the address, or with over-long
 * search terms) re-show the form with a GOV.UK error summary and status 422.
 */
@Controller
class TrainingPages {

    private static final List<Integer> LEVELS = List.of(2, 3, 4, 5, 6, 7);

    private final TrainingSearch training;

    TrainingPages(TrainingSearch training) {
        this.training = training;
    }

    @GetMapping("/training")
    String search(@RequestParam(required = false) @Nullable String q,
            @RequestParam(required = false) @Nullable String level,
            @RequestParam(required = false) @Nullable String route,
            @RequestParam(required = false) @Nullable String page,
            HttpServletResponse response, Model model) {
        TrainingForm form = TrainingForm.of(q, level, route, page);
        model.addAttribute("form", form);
        model.addAttribute("levels", LEVELS);
        model.addAttribute("routes", training.routes());
        model.addAttribute("sources", training.sources());
        boolean searched = q != null || level != null || route != null || page != null;
        if (!searched) {
            return "training";
        }
        List<InvalidFieldException> problems = form.problems(training);
        if (!problems.isEmpty()) {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            model.addAttribute("problems", problems.stream().map(Problem::of).toList());
            return "training";
        }
        TrainingSearch.Results results = training.search(form.toQuery());
        model.addAttribute("results", results);
        if (results.page() > 1 && results.page() <= results.totalPages()) {
            model.addAttribute("previousPage", link(form.onPage(results.page() - 1)));
        }
        if (results.page() < results.totalPages()) {
            model.addAttribute("nextPage", link(form.onPage(results.page() + 1)));
        }
        return "training";
    }

    private static String link(TrainingForm form) {
        return UriComponentsBuilder.fromPath("/training")
                .queryParam("q", form.q())
                .queryParam("level", form.level())
                .queryParam("route", form.route())
                .queryParam("page", form.page())
                .encode()
                .build()
                .toUriString();
    }

    /**
     * One problem for the error summary: the field's id on the page (a page problem points at the search box)
     * and the code, which names the message in {@code i18n/training.properties}.
     */
    record Problem(String field, String code) {

        static Problem of(InvalidFieldException e) {
            return new Problem(e.field().equals("page") ? "q" : e.field(), e.code());
        }
    }
}
