package uk.gov.signpost.pilot.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import uk.gov.signpost.pilot.Outcome;

/**
 * Compares two groups of conversations, each a cohort (or all of them) over a period. For each outcome the rate is
 * the share of conversations with at least one turn in the period that reached it, with a 95% Wilson interval;
 * the difference (B minus A) has Newcombe's interval. Feedback adds the share of rated replies marked helpful. An
 * interval for the difference that does not include 0 is the sign of a real difference, not of chance.
 */
@Component
public class CohortComparison {

    private final JdbcClient jdbc;

    CohortComparison(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** One side of the comparison: a cohort, or every cohort when {@code cohort} is null, over [from, to). */
    public record Group(@Nullable String cohort, Instant from, Instant to) {
        public Group {
            Objects.requireNonNull(from, "from");
            Objects.requireNonNull(to, "to");
        }

        public String label() {
            return (cohort == null ? "all cohorts" : cohort) + ", " + from + " to " + to;
        }
    }

    /** One metric for both groups. */
    public record Row(String metric, long countA, long totalA, Wilson.Interval rateA, long countB, long totalB,
            Wilson.Interval rateB, Wilson.Interval difference) {}

    public record Report(Group a, Group b, long conversationsA, long conversationsB, List<Row> rows) {}

    Report compare(Group a, Group b) {
        Map<String, Long> countsA = outcomes(a);
        Map<String, Long> countsB = outcomes(b);
        long totalA = countsA.getOrDefault("turn", 0L);
        long totalB = countsB.getOrDefault("turn", 0L);
        List<Row> rows = new ArrayList<>();
        for (Outcome outcome : Outcome.all()) {
            long ca = countsA.getOrDefault(outcome.dbValue(), 0L);
            long cb = countsB.getOrDefault(outcome.dbValue(), 0L);
            rows.add(row(outcome.dbValue(), ca, totalA, cb, totalB));
        }
        long[] fa = feedback(a);
        long[] fb = feedback(b);
        rows.add(row("reply_rated_helpful", fa[0], fa[1], fb[0], fb[1]));
        return new Report(a, b, totalA, totalB, rows);
    }

    private static Row row(String metric, long ca, long ta, long cb, long tb) {
        return new Row(metric, ca, ta, Wilson.rate(ca, ta), cb, tb, Wilson.rate(cb, tb),
                Wilson.difference(ca, ta, cb, tb));
    }

    /** Conversations in the group that reached each kind of outcome (the {@code turn} kind counts them all). */
    private Map<String, Long> outcomes(Group group) {
        Map<String, Long> counts = new HashMap<>();
        jdbc.sql("select kind, count(distinct conversation_id) from pilot_outcome where (cast(? as text) is null"
                        + " or cohort = ?) and occurred_at >= ? and occurred_at < ? group by kind")
                .params(group.cohort(), group.cohort(), Timestamp.from(group.from()), Timestamp.from(group.to()))
                .query((rs, row) -> Map.entry(rs.getString(1), rs.getLong(2)))
                .list()
                .forEach(e -> counts.put(e.getKey(), e.getValue()));
        return counts;
    }

    /** Helpful ratings and all ratings in the group. */
    private long[] feedback(Group group) {
        return jdbc.sql("select count(*) filter (where helpful), count(*) from pilot_feedback where"
                        + " (cast(? as text) is null or cohort = ?) and created_at >= ? and created_at < ?")
                .params(group.cohort(), group.cohort(), Timestamp.from(group.from()), Timestamp.from(group.to()))
                .query((rs, row) -> new long[] {rs.getLong(1), rs.getLong(2)})
                .single();
    }
}
