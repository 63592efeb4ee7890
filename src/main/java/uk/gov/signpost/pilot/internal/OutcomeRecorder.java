package uk.gov.signpost.pilot.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import uk.gov.signpost.agent.ToolCompleted;
import uk.gov.signpost.agent.TurnCompleted;
import uk.gov.signpost.conversation.ConversationStarted;
import uk.gov.signpost.pilot.Cohorts;
import uk.gov.signpost.pilot.Outcome;
import uk.gov.signpost.pilot.PilotProperties;

/**
 * Turns the other modules' events into outcome rows for comparing cohorts: ids, a kind and a time, never text.
 * A conversation's cohort is noted when it starts. Each turn adds a {@code turn} row (the denominator), a
 * {@code service_signposted} row if the reply carried cards, and a {@code conversation_resumed} row if the
 * conversation had been quiet for longer than {@code signpost.pilot.resumed-after}. Tools count as the outcome
 * that {@code signpost.pilot.outcome-tools} names for them.
 */
@Component
class OutcomeRecorder {

    private static final Logger log = LoggerFactory.getLogger(OutcomeRecorder.class);

    private final JdbcClient jdbc;
    private final Cohorts cohorts;
    private final PilotProperties properties;
    private final Clock clock;

    OutcomeRecorder(JdbcClient jdbc, Cohorts cohorts, PilotProperties properties, Clock clock) {
        this.jdbc = jdbc;
        this.cohorts = cohorts;
        this.properties = properties;
        this.clock = clock;
    }

    @EventListener
    void on(ConversationStarted started) {
        jdbc.sql("insert into pilot_conversation (conversation_id, cohort, started_at) values (?, ?, ?)"
                        + " on conflict (conversation_id) do nothing")
                .params(started.conversationId().value(), cohorts.cohortName(started.ownerId()),
                        Timestamp.from(clock.instant()))
                .update();
    }

    @EventListener
    void on(TurnCompleted turn) {
        Instant now = clock.instant();
        Instant quietSince = now.minus(properties.resumedAfter());
        // One statement: whether the last turn was long enough ago, then the turn row and any outcome rows.
        jdbc.sql("with c as (select coalesce((select cohort from pilot_conversation where conversation_id = ?),"
                        + " 'none') as cohort), last as (select max(occurred_at) as at from pilot_outcome"
                        + " where conversation_id = ? and kind = 'turn')"
                        + " insert into pilot_outcome (conversation_id, cohort, kind, occurred_at)"
                        + " select ?, c.cohort, k.kind, ? from c, last, (values ('turn', true),"
                        + " ('service_signposted', ?), ('conversation_resumed', true)) as k(kind, wanted)"
                        + " where k.wanted and (k.kind <> 'conversation_resumed' or last.at < ?)")
                .params(turn.conversationId().value(), turn.conversationId().value(), turn.conversationId().value(),
                        Timestamp.from(now), turn.signposts() > 0, Timestamp.from(quietSince))
                .update();
    }

    @EventListener
    void on(ToolCompleted tool) {
        String kind = properties.outcomeTools().get(tool.tool());
        if (kind == null) {
            return;
        }
        Outcome outcome;
        try {
            outcome = Outcome.valueOf(kind.toUpperCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException e) {
            log.warn("event=pilot_outcome_unknown tool={} outcome={}", tool.tool(), kind);
            return;
        }
        jdbc.sql("insert into pilot_outcome (conversation_id, cohort, kind, occurred_at) select ?, coalesce((select"
                        + " cohort from pilot_conversation where conversation_id = ?), 'none'), ?, ?")
                .params(tool.conversationId().value(), tool.conversationId().value(), outcome.dbValue(),
                        Timestamp.from(clock.instant()))
                .update();
    }
}
