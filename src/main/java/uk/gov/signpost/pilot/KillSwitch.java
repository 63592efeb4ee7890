package uk.gov.signpost.pilot;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.EnumMap;
import java.util.Map;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.gov.signpost.platform.InvalidFieldException;
import uk.gov.signpost.privacy.AuditEvent;
import uk.gov.signpost.privacy.AuditLog;

/**
 * The kill switches, in PostgreSQL. Every check reads the table (one indexed row; see docs/benchmarks.md), so a
 * change made on one instance applies to the next request on every instance, with no cache to go stale. Each
 * change is written to the audit log with its reason, in the same transaction.
 */
@Service
public class KillSwitch {

    private static final Logger log = LoggerFactory.getLogger(KillSwitch.class);
    /** A reason is a short code, because the audit log holds codes and ids only. */
    private static final Pattern REASON = Pattern.compile("[a-z][a-z0-9_]{1,63}");

    private final JdbcClient jdbc;
    private final AuditLog audit;
    private final Clock clock;

    KillSwitch(JdbcClient jdbc, AuditLog audit, Clock clock) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.clock = clock;
    }

    /** Whether the switch for {@code scope} is off now. One primary-key read. */
    public boolean isOff(KillSwitchScope scope) {
        return jdbc.sql("select off from pilot_kill_switch where scope = ?")
                .param(scope.dbValue())
                .query(Boolean.class)
                .optional()
                .orElse(false);
    }

    /** Both switches as they stand. */
    public Map<KillSwitchScope, KillSwitchState> states() {
        Map<KillSwitchScope, KillSwitchState> states = new EnumMap<>(KillSwitchScope.class);
        jdbc.sql("select scope, off, reason, changed_by, changed_at from pilot_kill_switch")
                .query((rs, row) -> new KillSwitchState(KillSwitchScope.fromDb(rs.getString("scope")),
                        rs.getBoolean("off"), rs.getString("reason"), rs.getString("changed_by"),
                        rs.getTimestamp("changed_at").toInstant()))
                .list()
                .forEach(s -> states.put(s.scope(), s));
        return states;
    }

    /**
     * Turns the scope off ({@code off = true}) or back on, recording why in the table and the audit log.
     *
     * @param reason a short code such as {@code provider_outage} or {@code safety_incident}
     * @param actor who asked, as an audit actor code such as {@code operator}
     */
    @Transactional
    public KillSwitchState set(KillSwitchScope scope, boolean off, String reason, String actor) {
        if (reason == null || !REASON.matcher(reason).matches()) {
            throw new InvalidFieldException("invalid_reason", "reason",
                    "Give a reason as a short code in lower case, for example provider_outage");
        }
        var now = clock.instant();
        jdbc.sql("update pilot_kill_switch set off = ?, reason = ?, changed_by = ?, changed_at = ? where scope = ?")
                .params(off, reason, actor, Timestamp.from(now), scope.dbValue())
                .update();
        audit.append(new AuditEvent("kill_switch_changed", null, actor,
                Map.of("scope", scope.dbValue(), "off", Boolean.toString(off), "reason", reason)));
        log.warn("event=kill_switch_changed scope={} off={} reason={} actor={}", scope.dbValue(), off, reason, actor);
        return new KillSwitchState(scope, off, reason, actor, now);
    }
}
