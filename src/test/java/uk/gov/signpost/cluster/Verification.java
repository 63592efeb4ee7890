package uk.gov.signpost.cluster;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * After the load: what the citizens were told against what PostgreSQL holds, and every conversation read back
 * through the API of one instance (a tenth of them through all three).
 */
final class Verification {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final String databaseUrl;
    private final Cluster cluster;
    private final Citizen.Log log;
    private final DoubleBookings.Races races;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    Verification(String databaseUrl, Cluster cluster, Citizen.Log log, DoubleBookings.Races races) {
        this.databaseUrl = databaseUrl;
        this.cluster = cluster;
        this.log = log;
        this.races = races;
    }

    /** Each check with its count; every one should be 0. */
    Map<String, Long> run() throws Exception {
        Map<String, Long> checks = new LinkedHashMap<>();
        Map<String, Stored> byKey = storedByKey();
        List<Citizen.Turn> turns = log.turns();
        long lost = 0;
        long unanswered = 0;
        for (Citizen.Turn turn : turns) {
            if (!turn.ok()) {
                continue;
            }
            Stored stored = byKey.get(turn.conversationId() + "/" + turn.key());
            if (stored == null || !stored.messageId().equals(turn.messageId())) {
                lost++;
            } else if (stored.replyId() == null || !stored.replyId().equals(turn.replyId())) {
                unanswered++;
            }
        }
        checks.put("Lost user messages (acknowledged to the citizen, not stored as acknowledged)", lost);
        checks.put("Acknowledged messages whose stored reply differs from the one the citizen got", unanswered);
        checks.put("Turns a citizen gave up on (no reply within 3 minutes, or an error that is not retryable)",
                turns.stream().filter(t -> !t.ok()).count());
        checks.put("Messages stored twice (same conversation and client message id)",
                count("select count(*) from (select 1 from message where client_message_id is not null"
                        + " group by conversation_id, client_message_id having count(*) > 1) d"));
        checks.put("Messages with more than one stored reply",
                count("select count(*) from (select 1 from message where reply_to is not null"
                        + " group by reply_to having count(*) > 1) d"));
        checks.put("Keys answered with more than one reply id across retries",
                log.repliesByKey.values().stream().filter(ids -> ids.size() > 1).count());
        checks.put("Person's messages left without a reply",
                count("select count(*) from message m where m.role = 'user' and not exists"
                        + " (select 1 from message r where r.reply_to = m.id)"));
        checks.put("Person's messages stored without a client message id (every harness message has one)",
                count("select count(*) from message where role = 'user' and client_message_id is null"));
        checks.put("Double bookings (slots with more than one live booking)", DoubleBookings.count(databaseUrl));
        checks.put("Double bookings (slots confirmed with 201 to more than one citizen)",
                DoubleBookings.confirmedTwice(log.bookedSlots));
        checks.put("Double bookings (raced slots won by more than one person)", races.withMoreThanOneWinner());
        checks.put("Raced slots nobody won (the race proved nothing)", races.withNoWinner());
        checks.put("Bookings confirmed to a citizen but not stored", DoubleBookings.lost(databaseUrl, log.booked));
        checks.put("Conversations that did not read back whole through the API", unreadable());
        return checks;
    }

    private record Stored(String messageId, String replyId) {}

    private Map<String, Stored> storedByKey() throws SQLException {
        Map<String, Stored> stored = new HashMap<>();
        try (Connection c = DriverManager.getConnection(databaseUrl, "postgres", "");
                Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("select m.conversation_id, m.client_message_id, m.id,"
                        + " (select r.id from message r where r.reply_to = m.id) from message m"
                        + " where m.role = 'user' and m.client_message_id is not null")) {
            while (rs.next()) {
                stored.put(rs.getString(1) + "/" + rs.getString(2),
                        new Stored(rs.getString(3), rs.getString(4)));
            }
        }
        return stored;
    }

    private long count(String sql) throws SQLException {
        try (Connection c = DriverManager.getConnection(databaseUrl, "postgres", "");
                Statement s = c.createStatement();
                ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    /**
     * Reads every conversation back from one instance directly (round robin), and every tenth from all three: the
     * person's messages in the order sent, each followed by the reply the citizen got.
     */
    private long unreadable() throws Exception {
        long bad = 0;
        int n = 0;
        for (Citizen.Conversation conversation : log.conversations) {
            List<Integer> instances = n % 10 == 0 ? List.of(0, 1, 2) : List.of(n % cluster.size());
            n++;
            for (int instance : instances) {
                if (!readsBack(conversation, instance)) {
                    bad++;
                    break;
                }
            }
        }
        return bad;
    }

    private boolean readsBack(Citizen.Conversation conversation, int instance) throws Exception {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:"
                        + cluster.port(instance) + "/api/v1/conversations/" + conversation.id() + "/messages"))
                .header("Authorization", "Bearer " + conversation.token()).timeout(Duration.ofSeconds(30)).build(),
                HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            return false;
        }
        JsonNode messages = JSON.readTree(response.body()).get("messages");
        List<Citizen.Turn> acknowledged = new ArrayList<>();
        synchronized (conversation.turns()) {
            conversation.turns().stream().filter(Citizen.Turn::ok).forEach(acknowledged::add);
        }
        if (messages.size() != 2 * acknowledged.size()) {
            return false;
        }
        Set<String> texts = Citizen.allTexts();
        for (int i = 0; i < acknowledged.size(); i++) {
            JsonNode person = messages.get(2 * i);
            JsonNode reply = messages.get(2 * i + 1);
            Citizen.Turn turn = acknowledged.get(i);
            if (!person.get("id").asString().equals(turn.messageId())
                    || !person.get("text").asString().equals(turn.text()) || !texts.contains(turn.text())
                    || !reply.get("id").asString().equals(turn.replyId())) {
                return false;
            }
        }
        return true;
    }
}
