package uk.gov.signpost.cluster;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import tools.jackson.databind.json.JsonMapper;

/**
 * Appointment booking for the harness: free phone call-backs published straight into the fresh database (as a
 * caseworker would publish them), and the checks afterwards.
 */
final class DoubleBookings {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private DoubleBookings() {}

    /** Publishes {@code count} call-backs of the kind, an hour apart from tomorrow, for one made-up caseworker. */
    static void publishSlots(String databaseUrl, String kind, int count) throws SQLException {
        Instant first = Instant.now().plus(1, ChronoUnit.DAYS).truncatedTo(ChronoUnit.HOURS);
        try (Connection c = DriverManager.getConnection(databaseUrl, "postgres", "");
                var insert = c.prepareStatement("insert into appointment_slot (id, kind, starts_at, minutes,"
                        + " staff_subject, created_at) values (gen_random_uuid(), ?, ?, 30, 'harness', now())")) {
            for (int i = 0; i < count; i++) {
                insert.setString(1, kind);
                insert.setTimestamp(2, java.sql.Timestamp.from(first.plus(i, ChronoUnit.HOURS)));
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }

    /** What the races for one slot each came to. */
    record Races(int slots, int people, List<Integer> winners, Map<String, Integer> outcomes) {
        long withMoreThanOneWinner() {
            return winners.stream().filter(w -> w > 1).count();
        }

        long withNoWinner() {
            return winners.stream().filter(w -> w == 0).count();
        }
    }

    /**
     * For each of {@code slots} free video call-backs (which the citizens never ask for), {@code perInstance} new
     * people on each instance ask for that one slot at the same instant, straight to the instances rather than through
     * nginx, so the requests surely meet on different instances. At most one may win each slot; if none wins, the
     * race proved nothing and counts against the run too.
     */
    static Races race(String databaseUrl, Cluster cluster, int slots, int perInstance) throws Exception {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2))
                .version(HttpClient.Version.HTTP_1_1).build();
        List<String> free = new ArrayList<>();
        try (Connection c = DriverManager.getConnection(databaseUrl, "postgres", "");
                Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("select id from appointment_slot where kind = 'video'"
                        + " order by starts_at limit " + slots)) {
            while (rs.next()) {
                free.add(rs.getString(1));
            }
        }
        int people = cluster.size() * perInstance;
        ExecutorService pool = Executors.newFixedThreadPool(people);
        List<Integer> winners = new ArrayList<>();
        Map<String, Integer> outcomes = new TreeMap<>();
        try {
            for (String slot : free) {
                List<String> tokens = new ArrayList<>();
                List<Integer> instances = new ArrayList<>();
                for (int i = 0; i < people; i++) {
                    int instance = i % cluster.size();
                    tokens.add(session(http, cluster, instance));
                    instances.add(instance);
                }
                CountDownLatch go = new CountDownLatch(1);
                List<Future<Integer>> answers = new ArrayList<>();
                for (int i = 0; i < people; i++) {
                    String token = tokens.get(i);
                    int instance = instances.get(i);
                    answers.add(pool.submit(() -> {
                        go.await();
                        return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:"
                                        + cluster.port(instance) + "/api/v1/appointments"))
                                .timeout(Duration.ofSeconds(30)).header("Authorization", "Bearer " + token)
                                .header("Content-Type", "application/json")
                                .POST(HttpRequest.BodyPublishers.ofString("{\"slot_id\":\"" + slot + "\"}"))
                                .build(), HttpResponse.BodyHandlers.discarding()).statusCode();
                    }));
                }
                go.countDown();
                int won = 0;
                for (Future<Integer> answer : answers) {
                    int status = answer.get(60, TimeUnit.SECONDS);
                    outcomes.merge(Integer.toString(status), 1, Integer::sum);
                    if (status == 201) {
                        won++;
                    }
                }
                winners.add(won);
            }
        } finally {
            pool.shutdownNow();
        }
        return new Races(free.size(), people, winners, outcomes);
    }

    private static String session(HttpClient http, Cluster cluster, int instance) throws Exception {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:"
                        + cluster.port(instance) + "/api/v1/conversations")).timeout(Duration.ofSeconds(30))
                .POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 201) {
            throw new IllegalStateException("could not start a session on instance " + instance + ": "
                    + response.statusCode());
        }
        return JSON.readTree(response.body()).get("token").asString();
    }

    /** Slots that were confirmed (201) to more than one citizen, whatever the database says now. */
    static long confirmedTwice(Collection<String> bookedSlots) {
        Map<String, Integer> times = new HashMap<>();
        bookedSlots.forEach(slot -> times.merge(slot, 1, Integer::sum));
        return times.values().stream().filter(n -> n > 1).count();
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
