package uk.gov.signpost.oversight.internal;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;
import uk.gov.signpost.identity.StaffAccess;
import uk.gov.signpost.identity.StaffRole;

/**
 * The oversight dashboard: eight charts drawn on the server as SVG from recorded events, each with a table of the
 * same figures for screen readers. Supervisors, service owners and auditors see it.
 */
@Controller
class DashboardPage {

    private static final List<Integer> PERIODS = List.of(7, 14, 30);

    private final StaffAccess gate;
    private final DashboardQueries queries;
    private final MessageSource messages;

    DashboardPage(StaffAccess gate, DashboardQueries queries, MessageSource messages) {
        this.gate = gate;
        this.queries = queries;
        this.messages = messages;
    }

    @GetMapping("/staff/dashboard")
    ModelAndView dashboard(@RequestParam(defaultValue = "14") int days, Locale locale) {
        gate.require(StaffRole.SUPERVISOR, StaffRole.SERVICE_OWNER, StaffRole.AUDITOR);
        int period = PERIODS.contains(days) ? days : 14;
        List<LocalDate> range = queries.days(period);
        DateTimeFormatter format = DateTimeFormatter.ofPattern("d MMM", locale);
        Function<LocalDate, String> label = format::format;
        List<Chart> charts = new ArrayList<>();
        charts.add(Chart.bars("conversations", text("oversight.unit.conversations", locale),
                List.of(text("oversight.series.conversations", locale)),
                daily(queries.conversationsByDay(range), label, "%.0f")));
        charts.add(Chart.bars("outcomes", text("oversight.unit.events", locale),
                List.of(text("oversight.series.events", locale)),
                categories(queries.outcomes(range), k -> text("pilot.metric." + k, locale))));
        charts.add(Chart.bars("safety", text("oversight.unit.events", locale),
                List.of(text("oversight.series.events", locale)),
                categories(queries.safetyEvents(range), k -> text("oversight.safety." + k, locale))));
        charts.add(Chart.bars("handoffs", text("oversight.unit.handoffs", locale),
                List.of(text("oversight.series.handoffs", locale)),
                daily(queries.handoffsByDay(range), label, "%.0f")));
        charts.add(Chart.lines("fallback", text("oversight.unit.percent", locale),
                List.of(text("oversight.series.fallback", locale)),
                daily(queries.fallbackRateByDay(range), label, "%.1f%%")));
        charts.add(Chart.lines("latency", text("oversight.unit.millis", locale),
                List.of("p50", "p90", "p99"), daily(queries.latencyByDay(range), label, "%.0f ms")));
        charts.add(Chart.bars("tokens", text("oversight.unit.tokens", locale),
                List.of(text("oversight.series.input", locale), text("oversight.series.output", locale)),
                daily(queries.tokensByDay(range), label, "%.0f")));
        charts.add(Chart.bars("cost", text("oversight.unit.pence", locale),
                List.of(text("oversight.series.cost", locale)), daily(queries.costByDay(range), label, "%.2fp")));
        ModelAndView page = new ModelAndView("staff/dashboard");
        page.addObject("charts", charts);
        page.addObject("days", period);
        page.addObject("periods", PERIODS);
        page.addObject("from", DateTimeFormatter.ofPattern("d MMMM yyyy", locale).format(range.get(0)));
        page.addObject("to", DateTimeFormatter.ofPattern("d MMMM yyyy", locale).format(range.get(range.size() - 1)));
        return page;
    }

    private static List<Chart.Row> daily(Map<LocalDate, double[]> values, Function<LocalDate, String> label,
            String shown) {
        return values.entrySet().stream()
                .map(e -> new Chart.Row(label.apply(e.getKey()), Arrays.stream(e.getValue()).boxed().toList(),
                        Arrays.stream(e.getValue()).mapToObj(v -> String.format(Locale.ROOT, shown, v)).toList()))
                .toList();
    }

    private static List<Chart.Row> categories(Map<String, Double> values, Function<String, String> label) {
        return values.entrySet().stream()
                .map(e -> new Chart.Row(label.apply(e.getKey()), List.of(e.getValue()),
                        List.of(Chart.number(e.getValue()))))
                .toList();
    }

    private String text(String key, Locale locale) {
        return messages.getMessage(key, null, key, locale);
    }
}
