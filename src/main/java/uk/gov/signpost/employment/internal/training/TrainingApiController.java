package uk.gov.signpost.employment.internal.training;

import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import uk.gov.signpost.employment.TrainingSearch;

/**
 * Training search over HTTP. Every parameter is optional; a bad one fails with
 * {@link uk.gov.signpost.platform.InvalidFieldException}, which the web layer returns as a 422 problem naming it.
 */
@RestController
@RequestMapping("/api/v1/training")
class TrainingApiController {

    private final TrainingSearch training;

    TrainingApiController(TrainingSearch training) {
        this.training = training;
    }

    @GetMapping
    TrainingSearch.Results search(@RequestParam(required = false) @Nullable String q,
            @RequestParam(required = false) @Nullable String level,
            @RequestParam(required = false) @Nullable String route,
            @RequestParam(required = false) @Nullable String page) {
        return training.search(TrainingForm.of(q, level, route, page).toQuery());
    }

    @GetMapping("/routes")
    Routes routes() {
        return new Routes(training.routes());
    }

    record Routes(List<String> routes) {
    }
}
