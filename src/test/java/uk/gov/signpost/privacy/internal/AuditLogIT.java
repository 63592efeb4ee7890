package uk.gov.signpost.privacy.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.Statement;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import uk.gov.signpost.privacy.AuditEvent;
import uk.gov.signpost.privacy.AuditLog;
import uk.gov.signpost.support.SignpostIntegrationTest;
import uk.gov.signpost.support.TestDatabase;

/** The audit log is append-only in the database, and the verifier command finds a row changed behind its back. */
@SignpostIntegrationTest
class AuditLogIT {

    @Autowired
    AuditLog audit;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    DataSource dataSource;

    @Value("${signpost.database.url}")
    String databaseUrl;

    @Test
    void the_database_refuses_to_change_or_remove_audit_rows() {
        long seq = audit.append(new AuditEvent("setting_changed", UUID.randomUUID(), "person",
                Map.of("setting", "memory", "value", "off"))).seq();

        assertThatThrownBy(() -> jdbc.sql("update audit_entry set actor = 'system' where seq = ?").param(seq).update())
                .isInstanceOf(DataAccessException.class).hasStackTraceContaining("audit_entry is append-only");
        assertThatThrownBy(() -> jdbc.sql("delete from audit_entry where seq = ?").param(seq).update())
                .isInstanceOf(DataAccessException.class).hasStackTraceContaining("audit_entry is append-only");
        assertThatThrownBy(() -> jdbc.sql("truncate audit_entry").update())
                .isInstanceOf(DataAccessException.class).hasStackTraceContaining("audit_entry is append-only");
    }

    @Test
    void the_verifier_passes_an_intact_log_and_names_the_one_row_that_was_tampered_with() throws Exception {
        UUID person = UUID.randomUUID();
        audit.append(new AuditEvent("consent_given", person, "person", Map.of("purpose", "health_facts")));
        long tampered = audit.append(new AuditEvent("data_exported", person, "person", Map.of("areas", "4"))).seq();
        audit.append(new AuditEvent("staff_viewed_conversation", person, "staff:1234", Map.of()));

        Verified intact = verify();
        assertThat(intact.exitCode()).as(intact.output()).isZero();
        assertThat(intact.output()).contains("INTACT");

        // An administrator with the power to switch triggers off rewrites one row's details.
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute("set session_replication_role = replica");
            statement.execute("update audit_entry set details = '{\"areas\":\"0\"}' where seq = " + tampered);
            statement.execute("set session_replication_role = origin");
        }

        Verified broken = verify();
        assertThat(broken.exitCode()).isEqualTo(1);
        assertThat(broken.output()).contains("BROKEN row " + tampered + ": content does not match its hash")
                .contains("TAMPERED");
        assertThat(broken.output().lines().filter(line -> line.startsWith("BROKEN"))).hasSize(1);
    }

    private Verified verify() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        int code = VerifyAuditLog.run(new String[] {databaseUrl},
                Map.of("DATABASE_USER", TestDatabase.user()), new PrintStream(bytes, true, StandardCharsets.UTF_8));
        return new Verified(code, bytes.toString(StandardCharsets.UTF_8));
    }

    private record Verified(int exitCode, String output) {}
}
