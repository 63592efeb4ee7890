package uk.gov.signpost.cluster;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.HashSet;
import java.util.Set;

/**
 * Appointment booking for the harness: free phone call-backs published straight into the fresh database (as a
 * caseworker would publish them), and the checks afterwards.
 */
final class DoubleBookings {

    private DoubleBookings() {}

    /** Publishes {@code count} phone call-backs, an hour apart from tomorrow, for one made-up caseworker. */
    static void publishSlots(String databaseUrl, int count) throws SQLException {
        Instant first = Instant.now().plus(1, ChronoUnit.DAYS).truncatedTo(ChronoUnit.HOURS);
        try (Connection c = DriverManager.getConnection(databaseUrl, "postgres", "");
                var insert = c.prepareStatement("insert into appointment_slot (id, kind, starts_at, minutes,"
                        + " staff_subject, created_at) values (gen_random_uuid(), 'phone', ?, 30, 'harness', now())")) {
            for (int i = 0; i < count; i++) {
                insert.setTimestamp(1, java.sql.Timestamp.from(first.plus(i, ChronoUnit.HOURS)));
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }

    /** Slots held by more than one live booking. */
    static long count(String databaseUrl) throws SQLException {
        return query(databaseUrl, "select count(*) from (select slot_id from appointment where status = 'booked'"
                + " group by slot_id having count(*) > 1) d");
    }

    /** Bookings the service confirmed to a citizen that are not stored as booked. */
    static long lost(String databaseUrl, Collection<String> confirmed) throws SQLException {
        Set<String> stored = new HashSet<>();
        try (Connection c = DriverManager.getConnection(databaseUrl, "postgres", "");
                Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("select id from appointment where status = 'booked'")) {
            while (rs.next()) {
                stored.add(rs.getString(1));
            }
        }
        return confirmed.stream().filter(id -> !stored.contains(id)).count();
    }

    static long booked(String databaseUrl) throws SQLException {
        return query(databaseUrl, "select count(*) from appointment where status = 'booked'");
    }

    private static long query(String databaseUrl, String sql) throws SQLException {
        try (Connection c = DriverManager.getConnection(databaseUrl, "postgres", "");
                Statement s = c.createStatement();
                ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
