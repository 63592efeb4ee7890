package uk.gov.signpost.support;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;

/**
 * A fresh, empty database on the real PostgreSQL that integration tests use (127.0.0.1:5432 unless the
 * {@code signpost.test.postgres} system property says otherwise). Each test context gets its own, so that runs
 * in parallel checkouts never see each other's rows; it is dropped when the JVM exits.
 */
public final class TestDatabase {

    private static final String SERVER =
            System.getProperty("signpost.test.postgres", "jdbc:postgresql://127.0.0.1:5432/test");
    private static final String USER = System.getProperty("signpost.test.postgres.user", "postgres");

    /** The master key every test context on a shared database uses (32 random bytes, new for each run). */
    public static final String MASTER_KEY = newKey();

    private TestDatabase() {}

    /** Creates a database, dropped when the JVM exits, and returns its JDBC URL. */
    public static String create() {
        String url = createUndropped();
        Runtime.getRuntime().addShutdownHook(new Thread(() -> drop(url)));
        return url;
    }

    /**
     * Creates a database and returns its JDBC URL; the caller drops it ({@link #drop}) once nothing uses it. A
     * JVM shutdown hook would run at the same time as the application contexts' own, and drop the database under
     * a context that is still closing.
     */
    static String createUndropped() {
        String name = "signpost_it_" + UUID.randomUUID().toString().replace("-", "").substring(0, 16);
        execute("create database " + name);
        return SERVER.substring(0, SERVER.lastIndexOf('/') + 1) + name;
    }

    /** Drops the database at this URL, closing any connection still open to it. */
    static void drop(String url) {
        try {
            execute("drop database if exists " + url.substring(url.lastIndexOf('/') + 1) + " with (force)");
        } catch (RuntimeException ignored) {
            // The server may already be gone; a leftover test database does no harm.
        }
    }

    private static String newKey() {
        byte[] key = new byte[32];
        new java.security.SecureRandom().nextBytes(key);
        return java.util.Base64.getEncoder().encodeToString(key);
    }

    public static String user() {
        return USER;
    }

    private static void execute(String sql) {
        try (Connection connection = DriverManager.getConnection(SERVER, USER, "");
                Statement statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException("Integration tests need PostgreSQL at " + SERVER + ": " + e.getMessage(), e);
        }
    }
}
