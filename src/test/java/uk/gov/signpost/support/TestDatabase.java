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

    /** Creates a database and returns its JDBC URL. */
    public static String create() {
        String name = "signpost_it_" + UUID.randomUUID().toString().replace("-", "").substring(0, 16);
        execute("create database " + name);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                execute("drop database if exists " + name + " with (force)");
            } catch (RuntimeException ignored) {
                // The server may already be gone; a leftover test database does no harm.
            }
        }));
        return SERVER.substring(0, SERVER.lastIndexOf('/') + 1) + name;
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
