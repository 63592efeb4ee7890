package uk.gov.signpost.pilot.internal;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import uk.gov.signpost.platform.InvalidFieldException;

/**
 * The comparison report, as JSON ({@code /api/v1/pilot/comparison}) and as a page ({@code /pilot/comparison}),
 * for operators only ({@link OperatorCheck}). Compare two cohorts over one period ({@code a}, {@code b},
 * {@code from}, {@code to}), or two periods ({@code aFrom}, {@code aTo}, {@code bFrom}, {@code bTo}), for one
 * cohort or all. Dates are days in UTC, {@code to} included; the default period is the last 28 days.
 */
@Controller
@Tag(name = "Pilot controls (operators)")
class ComparisonController {

    private final OperatorCheck operators;
    private final CohortComparison comparison;
    private final Clock clock;

    ComparisonController(OperatorCheck operators, CohortComparison comparison, Clock clock) {
        this.operators = operators;
        this.comparison = comparison;
        this.clock = clock;
    }

    @GetMapping("/api/v1/pilot/comparison")
    @ResponseBody
    @Operation(summary = "Compare outcomes between two cohorts or two periods, with 95% confidence intervals")
    CohortComparison.Report json(@RequestParam(required = false) @Nullable String a,
            @RequestParam(required = false) @Nullable String b, @RequestParam(required = false) @Nullable String from,
            @RequestParam(required = false) @Nullable String to, @RequestParam(required = false) @Nullable String aFrom,
            @RequestParam(required = false) @Nullable String aTo, @RequestParam(required = false) @Nullable String bFrom,
            @RequestParam(required = false) @Nullable String bTo, HttpServletRequest request) {
        operators.require(request);
        return report(a, b, from, to, aFrom, aTo, bFrom, bTo);
    }

    @GetMapping("/pilot/comparison")
    String page(@RequestParam(required = false) @Nullable String a, @RequestParam(required = false) @Nullable String b,
            @RequestParam(required = false) @Nullable String from, @RequestParam(required = false) @Nullable String to,
            @RequestParam(required = false) @Nullable String aFrom, @RequestParam(required = false) @Nullable String aTo,
            @RequestParam(required = false) @Nullable String bFrom, @RequestParam(required = false) @Nullable String bTo,
            HttpServletRequest request, Model model) {
        operators.require(request);
        model.addAttribute("report", report(a, b, from, to, aFrom, aTo, bFrom, bTo));
        return "pilot/comparison";
    }

    private CohortComparison.Report report(@Nullable String a, @Nullable String b, @Nullable String from,
            @Nullable String to, @Nullable String aFrom, @Nullable String aTo, @Nullable String bFrom,
            @Nullable String bTo) {
        LocalDate today = LocalDate.now(clock.withZone(ZoneOffset.UTC));
        LocalDate defaultTo = day(to, "to", today);
        LocalDate defaultFrom = day(from, "from", defaultTo.minusDays(27));
        CohortComparison.Group groupA = new CohortComparison.Group(blankToNull(a),
                start(day(aFrom, "aFrom", defaultFrom)), end(day(aTo, "aTo", defaultTo)));
        CohortComparison.Group groupB = new CohortComparison.Group(blankToNull(b),
                start(day(bFrom, "bFrom", defaultFrom)), end(day(bTo, "bTo", defaultTo)));
        return comparison.compare(groupA, groupB);
    }

    private static LocalDate day(@Nullable String value, String field, LocalDate otherwise) {
        if (value == null || value.isBlank()) {
            return otherwise;
        }
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw new InvalidFieldException("invalid_date", field,
                    "Give dates as year-month-day, for example 2026-11-29");
        }
    }

    private static Instant start(LocalDate day) {
        return day.atStartOfDay(ZoneOffset.UTC).toInstant();
    }

    private static Instant end(LocalDate day) {
        return day.atStartOfDay(ZoneOffset.UTC).toInstant().plus(Duration.ofDays(1));
    }

    private static @Nullable String blankToNull(@Nullable String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
