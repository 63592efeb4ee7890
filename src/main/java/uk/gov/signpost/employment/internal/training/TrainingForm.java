package uk.gov.signpost.employment.internal.training;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import uk.gov.signpost.employment.TrainingSearch;
import uk.gov.signpost.employment.TrainingSearch.Query;
import uk.gov.signpost.platform.InvalidFieldException;

/**
 * A training search as the page and the API receive it: every field a string, as typed or as put in the address.
 * {@link #toQuery()} fails on the first problem (for the API); {@link #problems} lists them all (for the page's
 * error summary). The rules themselves are {@link Query}'s.
 */
record TrainingForm(String q, String level, String route, String page) {

    static TrainingForm of(@Nullable String q, @Nullable String level, @Nullable String route, @Nullable String page) {
        return new TrainingForm(q == null ? "" : q, level == null ? "" : level.strip(),
                route == null ? "" : route.strip(), page == null ? "" : page.strip());
    }

    Query toQuery() {
        return new Query(q, level(level), route.isEmpty() ? null : route, page(page));
    }

    /** Every problem with the fields, in the order they appear on the page. */
    List<InvalidFieldException> problems(TrainingSearch search) {
        List<InvalidFieldException> problems = new ArrayList<>();
        check(problems, () -> new Query(q, null, null, 1));
        check(problems, () -> new Query("", level(level), null, 1));
        if (!route.isEmpty() && search.routes().stream()
                .noneMatch(known -> known.toLowerCase(Locale.ROOT).equals(route.toLowerCase(Locale.ROOT)))) {
            problems.add(new InvalidFieldException("route_unknown", "route", "Choose a route from the list"));
        }
        check(problems, () -> new Query("", null, null, page(page)));
        return problems;
    }

    /** A copy for another page of the same results. */
    TrainingForm onPage(int number) {
        return new TrainingForm(q, level, route, Integer.toString(number));
    }

    private static void check(List<InvalidFieldException> problems, Runnable rule) {
        try {
            rule.run();
        } catch (InvalidFieldException e) {
            problems.add(e);
        }
    }

    private static @Nullable Integer level(String level) {
        if (level.isEmpty()) {
            return null;
        }
        if (!level.matches("\\d{1,2}")) {
            throw new InvalidFieldException("level_invalid", "level", "Level must be a whole number from 2 to 7");
        }
        return Integer.valueOf(level);
    }

    private static int page(String page) {
        if (page.isEmpty()) {
            return 1;
        }
        if (!page.matches("\\d{1,4}")) {
            throw new InvalidFieldException("page_invalid", "page", "Page must be a whole number from 1 to 1000");
        }
        return Integer.parseInt(page);
    }
}
