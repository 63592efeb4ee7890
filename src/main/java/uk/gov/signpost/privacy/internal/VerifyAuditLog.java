package uk.gov.signpost.privacy.internal;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Properties;

/**
 * The audit log verifier as a command, without starting Signpost:
 *
 * <pre>
 * DATABASE_URL=jdbc:postgresql://host:5432/signpost DATABASE_USER=… DATABASE_PASSWORD=… \
 *   ./mvnw -q compile exec:java -Dexec.mainClass=uk.gov.signpost.privacy.internal.VerifyAuditLog
 * </pre>
 *
 * The database can also be given as the first argument. Exits 0 when the chain is intact, 1 when it is broken
 * (each break is printed), and 2 when it could not check.
 */
public final class VerifyAuditLog {

    private VerifyAuditLog() {}

    public static void main(String[] args) {
        String url = args.length > 0 ? args[0] : System.getenv("DATABASE_URL");
        if (url == null || url.isBlank()) {
            System.err.println("Give the database as DATABASE_URL or the first argument (jdbc:postgresql://…).");
            System.exit(2);
        }
        Properties credentials = new Properties();
        putIfSet(credentials, "user", System.getenv("DATABASE_USER"));
        putIfSet(credentials, "password", System.getenv("DATABASE_PASSWORD"));
        try (Connection connection = DriverManager.getConnection(url, credentials)) {
            AuditChainVerifier.Report report = AuditChainVerifier.verify(connection);
            report.problems().forEach(problem -> System.out.println("BROKEN " + problem));
            System.out.println((report.intact() ? "INTACT" : "TAMPERED") + " rows=" + report.rows() + " head_seq="
                    + report.headSeq() + " head_hash=" + report.headHash());
            System.exit(report.intact() ? 0 : 1);
        } catch (SQLException e) {
            System.err.println("Could not read the audit log: " + e.getMessage());
            System.exit(2);
        }
    }

    private static void putIfSet(Properties properties, String name, String value) {
        if (value != null && !value.isBlank()) {
            properties.setProperty(name, value);
        }
    }
}
