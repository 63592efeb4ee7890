package uk.gov.signpost.oversight.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The dashboard's figures, straight from what was recorded: conversations, pilot outcome events, the guardrail
 * checks in turn traces, handoff requests, and the turn traces' models, timings, tokens and cost. Each daily
 * figure is by day in the service's time zone, with days that had nothing as zero.
 */
@Component
class DashboardQueries {

    /** Guardrail checks whose non-clean results count as safety events, in the order they run. */
    static final List<String> SAFETY_CHECKS = List.of("crisis", "crisis_note", "harmful", "injection_user",
            "tool_content", "output", "citations");
    /** Check codes that mean nothing was found. */
    private static final List<String> CLEAN = List.of("none", "ok", "clean", "model");
    static final List<String> OUTCOME_KINDS = List.of("turn", "job_viewed", "training_viewed", "eligibility_checked",
            "service_signposted", "handoff_requested", "conversation_resumed");
    private static final String DAY = "(%s at time zone '%s')::date";

    private final JdbcClient jdbc;
    private final Clock clock;
    private final ZoneId zone = ZoneId.of("Europe/London");

    DashboardQueries(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** The days shown, oldest first, ending today. */
    List<LocalDate> days(int count) {
        LocalDate today = LocalDate.now(clock.withZone(zone));
        return today.minusDays(count - 1L).datesUntil(today.plusDays(1)).toList();
    }

    private Timestamp since(List<LocalDate> days) {
        return Timestamp.from(days.get(0).atStartOfDay(zone).toInstant());
    }

    private String day(String column) {
        return DAY.formatted(column, zone.getId());
    }

    @Transactional(readOnly = true)
    Map<LocalDate, double[]> conversationsByDay(List<LocalDate> days) {
        return daily(days, "select " + day("created_at") + ", count(*) from conversation where created_at >= ?"
                + " group by 1", 1);
    }

    @Transactional(readOnly = true)
    Map<LocalDate, double[]> handoffsByDay(List<LocalDate> days) {
        return daily(days, "select " + day("created_at") + ", count(*) from handoff_request where created_at >= ?"
                + " group by 1", 1);
    }

    /** Per day: the share of turns answered by the offline fallback, in per cent. */
    @Transactional(readOnly = true)
    Map<LocalDate, double[]> fallbackRateByDay(List<LocalDate> days) {
        return daily(days, "select " + day("started_at") + ", 100.0 * avg(case when fallback then 1 else 0 end)"
                + " from turn_trace where started_at >= ? group by 1", 1);
    }

    /** Per day: the 50th, 90th and 99th percentile of a turn's time, in milliseconds. */
    @Transactional(readOnly = true)
    Map<LocalDate, double[]> latencyByDay(List<LocalDate> days) {
        return daily(days, "select " + day("started_at") + ", percentile_cont(0.5) within group (order by total_millis),"
                + " percentile_cont(0.9) within group (order by total_millis),"
                + " percentile_cont(0.99) within group (order by total_millis)"
                + " from turn_trace where started_at >= ? group by 1", 3);
    }

    /** Per day: input tokens, output tokens. */
    @Transactional(readOnly = true)
    Map<LocalDate, double[]> tokensByDay(List<LocalDate> days) {
        return daily(days, "select " + day("started_at") + ", sum(input_tokens), sum(output_tokens)"
                + " from turn_trace where started_at >= ? group by 1", 2);
    }

    /** Per day: the models' cost in pence. */
    @Transactional(readOnly = true)
    Map<LocalDate, double[]> costByDay(List<LocalDate> days) {
        return daily(days, "select " + day("started_at") + ", sum(cost_pence) from turn_trace where started_at >= ?"
                + " group by 1", 1);
    }

    /** Outcome events by kind over the period, every kind listed. */
    @Transactional(readOnly = true)
    Map<String, Double> outcomes(List<LocalDate> days) {
        Map<String, Double> counts = new LinkedHashMap<>();
        OUTCOME_KINDS.forEach(kind -> counts.put(kind, 0.0));
        jdbc.sql("select kind, count(*) from pilot_outcome where occurred_at >= ? group by kind")
                .param(since(days))
                .query((rs, row) -> counts.put(rs.getString(1), (double) rs.getLong(2)))
                .list();
        return counts;
    }

    /** Guardrail checks that found something, by check, over the period; every check listed. */
    @Transactional(readOnly = true)
    Map<String, Double> safetyEvents(List<LocalDate> days) {
        Map<String, Double> counts = new LinkedHashMap<>();
        SAFETY_CHECKS.forEach(check -> counts.put(check, 0.0));
        jdbc.sql("select s->>'check', count(*) from turn_trace t, jsonb_array_elements(t.steps) s"
                        + " where t.started_at >= ? and s->>'kind' = 'check' and s->>'check' = any(?)"
                        + " and coalesce(s->>'code', '') <> all(?) group by 1")
                .params(since(days), SAFETY_CHECKS.toArray(String[]::new), CLEAN.toArray(String[]::new))
                .query((rs, row) -> counts.put(rs.getString(1), (double) rs.getLong(2)))
                .list();
        return counts;
    }

    private Map<LocalDate, double[]> daily(List<LocalDate> days, String sql, int columns) {
        Map<LocalDate, double[]> byDay = new TreeMap<>();
        days.forEach(d -> byDay.put(d, new double[columns]));
        jdbc.sql(sql).param(since(days)).query((rs, row) -> {
            double[] values = new double[columns];
            for (int i = 0; i < columns; i++) {
                values[i] = rs.getDouble(i + 2);
            }
            return byDay.put(rs.getObject(1, LocalDate.class), values);
        }).list();
        byDay.keySet().retainAll(days);
        return byDay;
    }
}
