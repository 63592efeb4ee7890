package uk.gov.signpost.cluster;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * One simulated person: starts a conversation, says four things one after another with a pause to read the reply
 * and type the next (10 to 20 seconds, so that 300 citizens ask for about 20 turns a second, and a 2-core machine
 * has time left to restart an instance), and starts again until told to stop. Like a real client it gives every
 * message an {@code Idempotency-Key} and, after a connection error, a 502/503/504 or a 409 {@code reply_in_progress},
 * sends the same message with the same key again. Every third citizen asks for the reply as a stream and, when the
 * stream breaks or ends with a {@code reconnect} event, picks it up at the events address with {@code Last-Event-ID}.
 */
final class Citizen implements Runnable {

    static final List<List<String>> SCRIPTS = List.of(
            List.of("I have just been made redundant", "I live in Leeds", "are there jobs near LS1?", "thank you"),
            List.of("I want to find training in accounting", "I am 24", "what support can I get?", "bye"),
            List.of("I need help finding work", "I look after my mum", "where can I get advice about pay?",
                    "thanks"),
            List.of("how much redundancy pay will I get?", "I worked there 6 years", "I am 45", "ok thank you"));

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Duration GIVE_UP_AFTER = Duration.ofSeconds(180);
    /** People arrive over this long, not all in one instant. */
    static final Duration ARRIVALS = Duration.ofSeconds(20);
    private static final int THINK_MILLIS = 10_000;
    private static final int THINK_SPREAD_MILLIS = 10_000;

    /** What the citizen saw of one message: acknowledged ({@code ok}) or given up on. */
    record Turn(String conversationId, String key, String text, int index, String messageId, String replyId,
            long nanos, int attempts, boolean streamed, boolean ok, String failure) {}

    /** A conversation the citizen started, with its token, for reading it back afterwards. */
    record Conversation(String id, String token, List<Turn> turns) {}

    /** Everything all citizens saw. */
    static final class Log {
        final ConcurrentLinkedQueue<Conversation> conversations = new ConcurrentLinkedQueue<>();
        final Map<String, AtomicLong> retries = new ConcurrentHashMap<>();
        /** Every reply id a key was answered with, across attempts: more than one is a duplicate reply. */
        final Map<String, Set<String>> repliesByKey = new ConcurrentHashMap<>();
        /** Appointment ids the service confirmed (201) to a citizen. */
        final ConcurrentLinkedQueue<String> booked = new ConcurrentLinkedQueue<>();
        /** The slot of each of those bookings: a slot here twice was confirmed to two people. */
        final ConcurrentLinkedQueue<String> bookedSlots = new ConcurrentLinkedQueue<>();
        final Map<String, AtomicLong> bookingOutcomes = new ConcurrentHashMap<>();

        void bookingOutcome(String outcome) {
            bookingOutcomes.computeIfAbsent(outcome, c -> new AtomicLong()).incrementAndGet();
        }

        void retry(String cause) {
            retries.computeIfAbsent(cause, c -> new AtomicLong()).incrementAndGet();
        }

        List<Turn> turns() {
            return conversations.stream().flatMap(c -> c.turns().stream()).toList();
        }
    }

    private final HttpClient http;
    private final String base;
    private final boolean streaming;
    private final AtomicBoolean stop;
    private final Log log;
    private final Random random;
    private final boolean books;

    Citizen(HttpClient http, String base, int number, AtomicBoolean stop, Log log) {
        this.http = http;
        this.base = base;
        this.streaming = number % 3 == 2;
        this.books = number % 4 == 0;
        this.stop = stop;
        this.log = log;
        this.random = new Random(number);
    }

    @Override
    public void run() {
        try {
            Thread.sleep(random.nextInt((int) ARRIVALS.toMillis()));
            int round = 0;
            while (!stop.get()) {
                converse(SCRIPTS.get((random.nextInt(SCRIPTS.size()) + round++) % SCRIPTS.size()));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void converse(List<String> script) throws InterruptedException {
        JsonNode started = startConversation();
        if (started == null) {
            return;
        }
        String id = started.get("id").asString();
        String token = started.get("token").asString();
        List<Turn> turns = new ArrayList<>();
        log.conversations.add(new Conversation(id, token, turns));
        for (int i = 0; i < script.size(); i++) {
            Turn turn = say(id, token, script.get(i), i);
            synchronized (turns) {
                turns.add(turn);
            }
            if (!turn.ok()) {
                return;
            }
            Thread.sleep(THINK_MILLIS + random.nextInt(THINK_SPREAD_MILLIS));
        }
        if (books) {
            book(token);
        }
    }

    /**
     * Books one of the first few free phone call-backs, so that many citizens want the same slot at once. A
     * connection error is retried once the free times have been read again.
     */
    private void book(String token) throws InterruptedException {
        for (int attempt = 0; attempt < 5; attempt++) {
            try {
                HttpResponse<String> slots = http.send(HttpRequest.newBuilder(URI.create(base
                                + "/api/v1/appointments/slots?kind=phone")).timeout(Duration.ofSeconds(30))
                        .header("Authorization", "Bearer " + token).build(), HttpResponse.BodyHandlers.ofString());
                if (slots.statusCode() != 200) {
                    log.bookingOutcome("slots_status_" + slots.statusCode());
                    Thread.sleep(300);
                    continue;
                }
                JsonNode free = JSON.readTree(slots.body());
                JsonNode list = free.isArray() ? free : free.path("slots");
                if (list.isEmpty()) {
                    log.bookingOutcome("no_free_slot");
                    return;
                }
                String slot = list.get(random.nextInt(Math.min(3, list.size()))).get("slot_id").asString();
                HttpResponse<String> booking = http.send(HttpRequest.newBuilder(URI.create(base
                                + "/api/v1/appointments")).timeout(Duration.ofSeconds(30))
                        .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString("{\"slot_id\":\"" + slot + "\"}")).build(),
                        HttpResponse.BodyHandlers.ofString());
                if (booking.statusCode() == 201) {
                    log.booked.add(JSON.readTree(booking.body()).get("id").asString());
                    log.bookedSlots.add(slot);
                    log.bookingOutcome("booked");
                    return;
                }
                String code = booking.statusCode() == 409
                        ? JSON.readTree(booking.body()).path("code").asString("conflict") : "status_"
                        + booking.statusCode();
                log.bookingOutcome(code);
                if (!code.equals("slot_taken") && booking.statusCode() < 500) {
                    return;
                }
            } catch (IOException | UncheckedIOException e) {
                log.bookingOutcome("connection_retried");
            }
            Thread.sleep(200);
        }
    }

    private JsonNode startConversation() throws InterruptedException {
        long deadline = System.nanoTime() + GIVE_UP_AFTER.toNanos();
        while (System.nanoTime() < deadline) {
            try {
                HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(base
                                + "/api/v1/conversations")).timeout(Duration.ofSeconds(30))
                        .POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
                if (response.statusCode() == 201) {
                    return JSON.readTree(response.body());
                }
                log.retry("start_" + response.statusCode());
            } catch (IOException e) {
                log.retry("start_connection");
            }
            Thread.sleep(300);
        }
        return null;
    }

    private Turn say(String conversation, String token, String text, int index) throws InterruptedException {
        return say(conversation, token, text, index, UUID.randomUUID().toString());
    }

    /**
     * Sends one message with the key given, until it is answered or the citizen gives up: also how a message first
     * sent by a request that was cut off (see {@link CutTurns}) is sent again.
     */
    Turn say(String conversation, String token, String text, int index, String key) throws InterruptedException {
        long started = System.nanoTime();
        long deadline = started + GIVE_UP_AFTER.toNanos();
        int attempts = 0;
        String lastEventId = null;
        String failure = "gave_up";
        while (System.nanoTime() < deadline) {
            attempts++;
            long wait = Math.min(2000, 200L * attempts);
            try {
                Outcome outcome = streaming
                        ? stream(conversation, token, text, key, lastEventId)
                        : post(conversation, token, text, key);
                if (outcome.lastEventId() != null) {
                    lastEventId = outcome.lastEventId();
                }
                if (outcome.reply() != null) {
                    log.repliesByKey.computeIfAbsent(key, k -> ConcurrentHashMap.newKeySet())
                            .add(outcome.reply().get("reply").get("id").asString());
                    return new Turn(conversation, key, text, index,
                            outcome.reply().get("message_id").asString(),
                            outcome.reply().get("reply").get("id").asString(), System.nanoTime() - started, attempts,
                            streaming, true, "");
                }
                log.retry(outcome.cause());
                if (outcome.retryAfterMillis() > 0) {
                    wait = outcome.retryAfterMillis();
                }
                if (!outcome.retryable()) {
                    failure = outcome.cause();
                    break;
                }
            } catch (IOException | UncheckedIOException e) {
                log.retry(streaming ? "stream_connection" : "connection");
            }
            Thread.sleep(wait);
        }
        return new Turn(conversation, key, text, index, "", "", System.nanoTime() - started, attempts, streaming,
                false, failure);
    }

    private record Outcome(JsonNode reply, String cause, boolean retryable, long retryAfterMillis,
            String lastEventId) {
        static Outcome replied(JsonNode reply) {
            return new Outcome(reply, "", false, 0, null);
        }

        static Outcome retry(String cause, long retryAfterMillis, String lastEventId) {
            return new Outcome(null, cause, true, retryAfterMillis, lastEventId);
        }
    }

    private Outcome post(String conversation, String token, String text, String key)
            throws IOException, InterruptedException {
        HttpResponse<String> response = http.send(message(conversation, token, text, key)
                .header("Accept", "application/json").build(), HttpResponse.BodyHandlers.ofString());
        return switch (response.statusCode()) {
            case 200 -> Outcome.replied(JSON.readTree(response.body()));
            case 409, 502, 503, 504 -> Outcome.retry("status_" + response.statusCode(), retryAfter(response), null);
            default -> new Outcome(null, "status_" + response.statusCode(), false, 0, null);
        };
    }

    /**
     * Posts the message as a stream, or, once a stream has said which message it is (its event ids), reconnects at
     * the events address with the last event id.
     */
    private Outcome stream(String conversation, String token, String text, String key, String lastEventId)
            throws IOException, InterruptedException {
        HttpRequest.Builder request = lastEventId == null
                ? message(conversation, token, text, key)
                : HttpRequest.newBuilder(URI.create(base + "/api/v1/conversations/" + conversation + "/events"))
                        .timeout(Duration.ofSeconds(60)).header("Authorization", "Bearer " + token)
                        .header("Last-Event-ID", lastEventId).GET();
        HttpResponse<Stream<String>> response = http.send(request.header("Accept", "text/event-stream").build(),
                HttpResponse.BodyHandlers.ofLines());
        if (response.statusCode() != 200) {
            response.body().close();
            int status = response.statusCode();
            boolean retryable = status == 409 || status >= 502 && status <= 504;
            return new Outcome(null, "stream_status_" + status, retryable, retryAfter(response), lastEventId);
        }
        String last = lastEventId;
        String event = null;
        String id = null;
        StringBuilder data = new StringBuilder();
        try (Stream<String> lines = response.body()) {
            Iterator<String> it = lines.iterator();
            while (it.hasNext()) {
                String line = it.next();
                if (line.isEmpty()) {
                    if (id != null && !id.isEmpty()) {
                        last = id;
                    }
                    if ("reply".equals(event)) {
                        return Outcome.replied(JSON.readTree(data.toString()));
                    }
                    if ("reconnect".equals(event)) {
                        JsonNode reconnect = JSON.readTree(data.toString());
                        String carried = reconnect.path("last_event_id").asString("");
                        return Outcome.retry("stream_reconnect_event",
                                1000 * reconnect.path("retry_after_seconds").asLong(1),
                                carried.isEmpty() ? last : carried);
                    }
                    if ("problem".equals(event)) {
                        return new Outcome(null, "stream_problem", false, 0, last);
                    }
                    event = null;
                    id = null;
                    data.setLength(0);
                } else if (line.startsWith("event:")) {
                    event = line.substring(6).strip();
                } else if (line.startsWith("id:")) {
                    id = line.substring(3).strip();
                } else if (line.startsWith("data:")) {
                    data.append(line.substring(5).strip());
                }
            }
        } catch (UncheckedIOException e) {
            return Outcome.retry("stream_cut", 0, last);
        }
        return Outcome.retry("stream_ended_early", 0, last);
    }

    private HttpRequest.Builder message(String conversation, String token, String text, String key) {
        return HttpRequest.newBuilder(URI.create(base + "/api/v1/conversations/" + conversation + "/messages"))
                .timeout(Duration.ofSeconds(60))
                .header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/json")
                .header("Idempotency-Key", key)
                .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(Map.of("text", text)),
                        StandardCharsets.UTF_8));
    }

    private static long retryAfter(HttpResponse<?> response) {
        return response.headers().firstValue("Retry-After").map(s -> {
            try {
                return Long.parseLong(s.strip()) * 1000;
            } catch (NumberFormatException e) {
                return 0L;
            }
        }).orElse(0L);
    }

    /** The texts this script sends, in order, for checking a conversation read back. */
    static Set<String> allTexts() {
        Set<String> texts = new LinkedHashSet<>();
        SCRIPTS.forEach(texts::addAll);
        return texts;
    }
}
