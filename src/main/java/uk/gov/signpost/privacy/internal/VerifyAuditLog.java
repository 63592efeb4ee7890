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
        System.exit(run(args, System.getenv(), System.out));
    }

    /** Checks the log and returns the exit code: 0 intact, 1 broken, 2 could not check. */
    static int run(String[] args, java.util.Map<String, String> environment, java.io.PrintStream out) {
        String url = args.length > 0 ? args[0] : environment.get("DATABASE_URL");
        if (url == null || url.isBlank()) {
            out.println("Give the database as DATABASE_URL or the first argument (jdbc:postgresql://…).");
            return 2;
        }
        Properties credentials = new Properties();
        putIfSet(credentials, "user", environment.get("DATABASE_USER"));
        putIfSet(credentials, "password", environment.get("DATABASE_PASSWORD"));
        try (Connection connection = DriverManager.getConnection(url, credentials)) {
            AuditChainVerifier.Report report = AuditChainVerifier.verify(connection);
            report.problems().forEach(problem -> out.println("BROKEN " + problem));
            out.println((report.intact() ? "INTACT" : "TAMPERED") + " rows=" + report.rows() + " head_seq="
                    + report.headSeq() + " head_hash=" + report.headHash());
            return report.intact() ? 0 : 1;
        } catch (SQLException e) {
            out.println("Could not read the audit log: " + e.getMessage());
            return 2;
        }
    }

    private static void putIfSet(Properties properties, String name, String value) {
        if (value != null && !value.isBlank()) {
            properties.setProperty(name, value);
        }
    }
}
