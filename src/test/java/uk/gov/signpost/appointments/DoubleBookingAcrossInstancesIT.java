package uk.gov.signpost.appointments;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.gov.signpost.support.SignpostInstance.port;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;
import uk.gov.signpost.support.ApiClient;
import uk.gov.signpost.support.SignpostInstance;
import uk.gov.signpost.support.TestDatabase;

/**
 * Two instances of Signpost share one database, as they do behind a load balancer. Many people book the same slot
 * at the same moment through both instances: exactly one gets it. A move, a cancellation and other people's
 * bookings racing for the same slots never leave a slot with two live bookings, and every answer is either a
 * success the database agrees with or a clean 409.
 */
class DoubleBookingAcrossInstancesIT {

    private static final String DATABASE = TestDatabase.create();
    private static final int PEOPLE = 24;

    private static ConfigurableApplicationContext first;
    private static ConfigurableApplicationContext second;
    private static ApiClient one;
    private static ApiClient two;

    @BeforeAll
    static void startTwoInstances() {
        first = start();
        second = start();
        one = new ApiClient(port(first));
        two = new ApiClient(port(second));
    }

    @AfterAll
    static void stop() {
        if (second != null) {
            second.close();
        }
        if (first != null) {
            first.close();
        }
    }

    @Test
    void many_people_booking_one_slot_at_once_on_two_instances_leave_exactly_one_booking() throws Exception {
        for (int round = 0; round < 3; round++) {
            Slot slot = publish(AppointmentKind.PHONE, Duration.ofDays(3 + round));
            List<ApiClient.Started> people = new ArrayList<>();
            for (int i = 0; i < PEOPLE; i++) {
                people.add((i % 2 == 0 ? one : two).start());
            }
            List<Callable<ApiClient.Response>> bookings = new ArrayList<>();
            for (int i = 0; i < PEOPLE; i++) {
                ApiClient instance = i % 2 == 0 ? one : two;
                ApiClient.Started person = people.get(i);
                bookings.add(() -> instance.post("/api/v1/appointments", "{\"slot_id\":\"" + slot.id() + "\"}",
                        person.auth()));
            }

            List<ApiClient.Response> answers = together(bookings);

            Map<Integer, Long> byStatus = answers.stream()
                    .collect(Collectors.groupingBy(ApiClient.Response::status, Collectors.counting()));
            assertThat(byStatus).as("round %d: %s", round, byStatus).containsOnlyKeys(201, 409);
            assertThat(byStatus.get(201)).isEqualTo(1L);
            assertThat(answers.stream().filter(a -> a.status() == 409))
                    .allMatch(a -> a.json().get("code").asString().equals("slot_taken"));
            assertThat(liveBookings(slot.id())).isEqualTo(1);
            assertThat(allBookings(slot.id())).as("the losers left no rows behind").isEqualTo(1);
        }
    }

    @Test
    void a_move_a_cancellation_and_other_bookings_racing_for_the_same_slots_never_double_book() throws Exception {
        for (int round = 0; round < 8; round++) {
            Slot from = publish(AppointmentKind.VIDEO, Duration.ofDays(10).plusHours(round * 3L));
            Slot to = publish(AppointmentKind.VIDEO, Duration.ofDays(10).plusHours(round * 3L + 1));
            Slot other = publish(AppointmentKind.VIDEO, Duration.ofDays(10).plusHours(round * 3L + 2));
            ApiClient.Started mover = one.start();
            ApiClient.Started booker = two.start();
            ApiClient.Started otherMover = one.start();
            String moving = book(one, mover, from);
            String otherMoving = book(two, otherMover, other);

            List<Callable<ApiClient.Response>> racing = List.of(
                    () -> one.put("/api/v1/appointments/" + moving + "/slot", "{\"slot_id\":\"" + to.id() + "\"}",
                            mover.auth()),
                    () -> two.delete("/api/v1/appointments/" + moving, mover.auth()),
                    () -> two.post("/api/v1/appointments", "{\"slot_id\":\"" + to.id() + "\"}", booker.auth()),
                    () -> one.put("/api/v1/appointments/" + otherMoving + "/slot",
                            "{\"slot_id\":\"" + to.id() + "\"}", otherMover.auth()),
                    () -> two.post("/api/v1/appointments", "{\"slot_id\":\"" + from.id() + "\"}", booker.auth()));

            List<ApiClient.Response> answers = together(racing);

            for (ApiClient.Response answer : answers) {
                assertThat(answer.status()).as(answer.body()).isIn(200, 201, 409);
            }
            assertThat(liveBookings(to.id())).as("round %d", round).isLessThanOrEqualTo(1);
            assertThat(liveBookings(from.id())).as("round %d", round).isLessThanOrEqualTo(1);
            assertThat(liveBookings(other.id())).as("round %d", round).isLessThanOrEqualTo(1);
            // The mover may win the slot and then free it by cancelling; the other two hold theirs to the end.
            long keptClaimsOnTo = List.of(answers.get(2), answers.get(3)).stream()
                    .filter(a -> a.status() == 200 || a.status() == 201).count();
            assertThat(keptClaimsOnTo).as("round %d: at most one lasting claim on the slot won", round)
                    .isLessThanOrEqualTo(1).isEqualTo(liveBookings(to.id()));
            String moverStatus = status(moving);
            assertThat(moverStatus).as("the cancellation always lands, before or after the move")
                    .isEqualTo("cancelled");
            if (answers.get(0).status() == 409) {
                assertThat(answers.get(0).json().get("code").asString()).isIn("slot_taken", "appointment_cancelled");
            }
        }
    }

    private static String book(ApiClient instance, ApiClient.Started person, Slot slot) {
        ApiClient.Response booked = instance.post("/api/v1/appointments", "{\"slot_id\":\"" + slot.id() + "\"}",
                person.auth());
        assertThat(booked.status()).as(booked.body()).isEqualTo(201);
        return booked.json().get("id").asString();
    }

    /** Runs the calls at the same moment, each on its own thread, and returns their answers in order. */
    private static <T> List<T> together(List<Callable<T>> calls) throws Exception {
        ExecutorService threads = Executors.newFixedThreadPool(calls.size());
        try {
            CountDownLatch ready = new CountDownLatch(calls.size());
            CountDownLatch go = new CountDownLatch(1);
            List<Future<T>> futures = new ArrayList<>();
            for (Callable<T> call : calls) {
                futures.add(threads.submit(() -> {
                    ready.countDown();
                    go.await();
                    return call.call();
                }));
            }
            ready.await();
            go.countDown();
            List<T> results = new ArrayList<>();
            for (Future<T> future : futures) {
                results.add(future.get());
            }
            return results;
        } finally {
            threads.shutdownNow();
        }
    }

    private static Slot publish(AppointmentKind kind, Duration ahead) {
        return first.getBean(Availability.class).publish("caseworker-7", "staff:caseworker-7", kind,
                Instant.now().plus(ahead).truncatedTo(ChronoUnit.MINUTES), 30, null);
    }

    private static int liveBookings(UUID slot) throws Exception {
        return count("select count(*) from appointment where slot_id = ? and status = 'booked'", slot);
    }

    private static int allBookings(UUID slot) throws Exception {
        return count("select count(*) from appointment where slot_id = ?", slot);
    }

    private static String status(String appointment) throws Exception {
        try (Connection connection = DriverManager.getConnection(DATABASE, TestDatabase.user(), "");
                PreparedStatement query = connection.prepareStatement("select status from appointment where id = ?")) {
            query.setObject(1, UUID.fromString(appointment));
            try (ResultSet rows = query.executeQuery()) {
                rows.next();
                return rows.getString(1);
            }
        }
    }

    private static int count(String sql, UUID slot) throws Exception {
        try (Connection connection = DriverManager.getConnection(DATABASE, TestDatabase.user(), "");
                PreparedStatement query = connection.prepareStatement(sql)) {
            query.setObject(1, slot);
            try (ResultSet rows = query.executeQuery()) {
                rows.next();
                return rows.getInt(1);
            }
        }
    }

    private static ConfigurableApplicationContext start() {
        return SignpostInstance.start(DATABASE,
                "--signpost.database.pool-size=4",
                "--signpost.rate-limit.sessions-per-minute-per-address=10000",
                "--signpost.appointments.max-upcoming-per-person=5");
    }
}
