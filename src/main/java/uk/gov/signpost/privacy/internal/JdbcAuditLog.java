package uk.gov.signpost.privacy.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;
import uk.gov.signpost.privacy.AuditEvent;
import uk.gov.signpost.privacy.AuditLog;
import uk.gov.signpost.privacy.AuditRecord;

/**
 * The audit log in PostgreSQL. Appends take a transaction-scoped advisory lock, so that concurrent appenders on
 * any instance extend the chain one at a time. Each append logs its sequence number and hash: the logs are a copy
 * of the chain's head kept outside the database, which shows if rows were cut off the end.
 */
@Component
class JdbcAuditLog implements AuditLog {

    private static final Logger log = LoggerFactory.getLogger(JdbcAuditLog.class);
    private static final long LOCK = 0x5349474e41554454L; // "SIGNAUDT"
    private static final TypeReference<Map<String, String>> DETAILS = new TypeReference<>() {};

    private final JdbcClient jdbc;
    private final Clock clock;
    private final JsonMapper json = JsonMapper.builder().build();

    JdbcAuditLog(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    @Transactional
    public AuditRecord append(AuditEvent event) {
        jdbc.sql("select pg_advisory_xact_lock(?)").param(LOCK).query(Object.class).single();
        Head head = jdbc.sql("select seq, hash from audit_entry order by seq desc limit 1")
                .query((rs, row) -> new Head(rs.getLong(1), rs.getBytes(2)))
                .optional()
                .orElse(new Head(0, AuditChain.GENESIS));
        long seq = head.seq() + 1;
        UUID id = UUID.randomUUID();
        Instant at = clock.instant().truncatedTo(ChronoUnit.MICROS);
        String details = json.writeValueAsString(event.sortedDetails());
        byte[] hash = AuditChain.hash(head.hash(), seq, id, at, event.type(), event.subject(), event.actor(), details);
        jdbc.sql("insert into audit_entry (seq, id, at, type, subject, actor, details, prev_hash, hash)"
                        + " values (?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .params(seq, id, Timestamp.from(at), event.type(), event.subject(), event.actor(), details,
                        head.hash(), hash)
                .update();
        log.info("event=audit_appended seq={} type={} hash={}", seq, event.type(), HexFormat.of().formatHex(hash));
        return new AuditRecord(seq, id, at, event.type(), event.subject(), event.actor(), event.details());
    }

    @Override
    @Transactional(readOnly = true)
    public List<AuditRecord> about(UUID subject) {
        return jdbc.sql("select seq, id, at, type, subject, actor, details from audit_entry where subject = ?"
                        + " order by seq")
                .param(subject)
                .query(this::record)
                .list();
    }

    private AuditRecord record(ResultSet rs, int row) throws SQLException {
        return new AuditRecord(rs.getLong("seq"), rs.getObject("id", UUID.class), rs.getTimestamp("at").toInstant(),
                rs.getString("type"), rs.getObject("subject", UUID.class), rs.getString("actor"),
                json.readValue(rs.getString("details"), DETAILS));
    }

    private record Head(long seq, byte[] hash) {}
}
