package uk.gov.signpost.appointments;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;
import uk.gov.signpost.privacy.FakeNotify;
import uk.gov.signpost.privacy.PersonalData;
import uk.gov.signpost.support.ApiClient;
import uk.gov.signpost.support.ApiClient.Response;
import uk.gov.signpost.support.ApiClient.Started;
import uk.gov.signpost.support.SignpostIntegrationTest;

/**
 * Booking a call-back through the assistant in offline mode, with the person's "yes"; seeing, moving and
 * cancelling it over the API and the pages; the confirmations through the real Notify client to a fake Notify;
 * and the address sealed, exported and erased.
 */
@SignpostIntegrationTest
class AppointmentsIT {

    static final FakeNotify NOTIFY = new FakeNotify();
    static final String TEMPLATE_EMAIL = "0b6a3c48-8d8e-4f6c-9d51-1c0f3b0c2a11";
    static final String TEMPLATE_SMS = "5d1f8e2a-3c4b-4a5e-8f7d-2b9c0e1d4f22";

    @DynamicPropertySource
    static void notify(DynamicPropertyRegistry registry) {
        registry.add("signpost.notify.api-key", () -> FakeNotify.API_KEY);
        registry.add("signpost.notify.base-url", NOTIFY::baseUrl);
        registry.add("signpost.notify.public-url", () -> "https://signpost.example");
        registry.add("signpost.appointments.email-template-id", () -> TEMPLATE_EMAIL);
        registry.add("signpost.appointments.sms-template-id", () -> TEMPLATE_SMS);
    }

    @AfterAll
    static void stop() {
        NOTIFY.close();
    }

    @LocalServerPort
    int port;

    @Autowired
    Availability availability;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    PersonalData personalData;

    @Autowired
    AppointmentReminders reminders;

    @Test
    void the_assistant_offers_the_earliest_free_phone_call_back_and_books_it_only_after_a_yes() {
        Slot later = publish(AppointmentKind.PHONE, Duration.ofDays(20));
        Slot earliest = publish(AppointmentKind.PHONE, Duration.ofDays(19));
        ApiClient api = new ApiClient(port);
        Started conversation = api.start();
        String address = "jo.bloggs." + UUID.randomUUID().toString().substring(0, 8) + "@example.com";

        String asksKind = reply(api.say(conversation, "Can I book a call back with an adviser?"));
        assertThat(asksKind).contains("What would suit you best?").contains("Phone call-back");
        String asksContact = reply(api.say(conversation, "phone"));
        assertThat(asksContact).contains("Where should we send your confirmation?");
        String asksYes = reply(api.say(conversation, address));
        assertThat(asksYes).contains("I can book you a phone call-back on").contains("Reply");
        assertThat(liveBookings(earliest.id())).as("nothing is booked before the person says yes").isZero();

        Response booked = api.say(conversation, "yes");
        assertThat(reply(booked)).contains("Booked: your phone call-back is on");
        assertThat(liveBookings(earliest.id())).isEqualTo(1);
        assertThat(liveBookings(later.id())).isZero();
        JsonNode mine = api.get("/api/v1/appointments", conversation.auth()).json();
        assertThat(mine).hasSize(1);
        String id = mine.get(0).get("id").asString();
        assertThat(mine.get(0).get("slot_id").asString()).isEqualTo(earliest.id().toString());
        assertThat(mine.get(0).get("confirmation_channel").asString()).isEqualTo("email");

        FakeNotify.Received email = NOTIFY.received().stream().filter(m -> m.to().equals(address)).findFirst()
                .orElseThrow();
        assertThat(email.templateId()).isEqualTo(TEMPLATE_EMAIL);
        assertThat(email.link()).isEqualTo("https://signpost.example/appointments/" + id);
        assertThat(email.reference()).isEqualTo(id);
        byte[] sealed = jdbc.sql("select contact_sealed from appointment where id = ?::uuid").param(id)
                .query(byte[].class).single();
        assertThat(new String(sealed, StandardCharsets.ISO_8859_1)).doesNotContain(address);
        assertThat(jdbc.sql("select count(*) from dialogue_state where state::text like ?").param("%" + address + "%")
                .query(Integer.class).single()).isZero();
        assertThat(jdbc.sql("select count(*) from confirmation where arguments::text like ?")
                .param("%" + address + "%").query(Integer.class).single()).isZero();
    }

    @Test
    void a_booking_follows_the_conversation_to_the_session_that_resumes_it_and_can_still_be_moved() {
        Slot first = publish(AppointmentKind.PHONE, Duration.ofDays(40));
        Slot second = publish(AppointmentKind.PHONE, Duration.ofDays(41));
        ApiClient api = new ApiClient(port);
        Started before = api.start();
        String address = "resumed." + UUID.randomUUID().toString().substring(0, 8) + "@example.com";
        Response booked = api.post("/api/v1/appointments", "{\"slot_id\":\"" + first.id() + "\",\"contact\":\""
                + address + "\"}", before.auth());
        assertThat(booked.status()).isEqualTo(201);
        String id = booked.json().get("id").asString();
        String code = api.post("/api/v1/conversations/" + before.id() + "/resume-code", "", before.auth()).json()
                .get("code").asString();

        Response resumed = api.post("/api/v1/resume", "{\"code\":\"" + code + "\"}");

        assertThat(resumed.status()).as(resumed.body()).isIn(200, 201);
        Started after = new Started(before.id(), resumed.json().get("token").asString());
        assertThat(api.get("/api/v1/appointments", after.auth()).json()).extracting(a -> a.get("id").asString())
                .containsExactly(id);
        assertThat(api.get("/api/v1/appointments/" + id, before.auth()).status()).isEqualTo(404);
        Response moved = api.put("/api/v1/appointments/" + id + "/slot", "{\"slot_id\":\"" + second.id() + "\"}",
                after.auth());
        assertThat(moved.status()).as(moved.body()).isEqualTo(200);
        assertThat(NOTIFY.received().stream().filter(m -> m.to().equals(address)).count())
                .as("the confirmation address opens under the new owner's key").isEqualTo(2);
    }

    @Test
    void a_reminder_goes_out_once_a_day_before_a_booking_made_earlier_and_not_for_one_made_or_cancelled_since() {
        ApiClient api = new ApiClient(port);
        Started person = api.start();
        Slot tomorrow = publish(AppointmentKind.PHONE, Duration.ofHours(20));
        Slot alsoTomorrow = publish(AppointmentKind.VIDEO, Duration.ofHours(21));
        Slot cancelledTomorrow = publish(AppointmentKind.IN_PERSON, Duration.ofHours(22));
        String early = "early." + UUID.randomUUID().toString().substring(0, 8) + "@example.com";
        String late = "late." + UUID.randomUUID().toString().substring(0, 8) + "@example.com";
        String cancelling = "cancel." + UUID.randomUUID().toString().substring(0, 8) + "@example.com";
        String bookedEarly = book(api, person, tomorrow, early);
        String bookedLate = book(api, person, alsoTomorrow, late);
        Started other = api.start();
        String cancelled = book(api, other, cancelledTomorrow, cancelling);
        // Booked three days ago, before the reminder window opened; the other two just now.
        jdbc.sql("update appointment set booked_at = now() - interval '3 days', changed_at = now() - interval '3 days'"
                + " where id in (?::uuid, ?::uuid)").params(bookedEarly, cancelled).update();
        assertThat(api.delete("/api/v1/appointments/" + cancelled, other.auth()).status()).isEqualTo(200);

        reminders.sendDue();
        reminders.sendDue();

        assertThat(NOTIFY.received().stream().filter(m -> m.to().equals(early)).map(FakeNotify.Received::change))
                .containsExactly("booked", "coming up");
        assertThat(NOTIFY.received().stream().filter(m -> m.to().equals(late)).map(FakeNotify.Received::change))
                .containsExactly("booked");
        assertThat(NOTIFY.received().stream().filter(m -> m.to().equals(cancelling)).map(FakeNotify.Received::change))
                .containsExactly("booked", "cancelled");
        assertThat(jdbc.sql("select reminded_at is not null from appointment where id = ?::uuid").param(bookedEarly)
                .query(Boolean.class).single()).isTrue();
    }

    private static String book(ApiClient api, Started person, Slot slot, String address) {
        Response booked = api.post("/api/v1/appointments", "{\"slot_id\":\"" + slot.id() + "\",\"contact\":\""
                + address + "\"}", person.auth());
        assertThat(booked.status()).as(booked.body()).isEqualTo(201);
        return booked.json().get("id").asString();
    }

    @Test
    void saying_no_books_nothing() {
        Slot slot = publish(AppointmentKind.VIDEO, Duration.ofDays(18));
        ApiClient api = new ApiClient(port);
        Started conversation = api.start();
        api.say(conversation, "I want to book a video call");
        api.say(conversation, "video");
        assertThat(reply(api.say(conversation, "no thanks"))).contains("I can book you a video call-back on");

        reply(api.say(conversation, "no"));

        assertThat(liveBookings(slot.id())).isZero();
        assertThat(api.get("/api/v1/appointments", conversation.auth()).json()).isEmpty();
    }

    @Test
    void the_person_sees_moves_and_cancels_their_booking_and_gets_a_text_each_time() {
        Slot first = publish(AppointmentKind.IN_PERSON, Duration.ofDays(30));
        Slot second = publish(AppointmentKind.IN_PERSON, Duration.ofDays(31));
        ApiClient api = new ApiClient(port);
        Started person = api.start();
        Started someoneElse = api.start();

        Response booked = api.post("/api/v1/appointments", "{\"slot_id\":\"" + first.id()
                + "\",\"contact\":\"07700 900 123\"}", person.auth());
        assertThat(booked.status()).isEqualTo(201);
        String id = booked.json().get("id").asString();
        assertThat(booked.json().get("place").asString()).isEqualTo("Leeds Jobcentre, 1 Park Row");

        Response taken = api.post("/api/v1/appointments", "{\"slot_id\":\"" + first.id() + "\"}", someoneElse.auth());
        assertThat(taken.status()).isEqualTo(409);
        assertThat(taken.json().get("code").asString()).isEqualTo("slot_taken");
        assertThat(api.get("/api/v1/appointments/" + id, someoneElse.auth()).status()).isEqualTo(404);
        assertThat(api.delete("/api/v1/appointments/" + id, someoneElse.auth()).status()).isEqualTo(404);
        assertThat(api.get("/appointments/" + id, someoneElse.auth()).status()).isEqualTo(404);

        Response page = api.get("/appointments/" + id, person.auth());
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("Appointment in person").contains("Leeds Jobcentre").contains("By text message");
        assertThat(api.get("/appointments/" + id + "?lang=cy", person.auth()).body())
                .contains("Apwyntiad wyneb yn wyneb").contains("Newid yr amser");

        Response moved = api.put("/api/v1/appointments/" + id + "/slot", "{\"slot_id\":\"" + second.id() + "\"}",
                person.auth());
        assertThat(moved.status()).isEqualTo(200);
        assertThat(moved.json().get("slot_id").asString()).isEqualTo(second.id().toString());
        assertThat(liveBookings(first.id())).isZero();
        Response takesTheFreedSlot = api.post("/api/v1/appointments", "{\"slot_id\":\"" + first.id() + "\"}",
                someoneElse.auth());
        assertThat(takesTheFreedSlot.status()).isEqualTo(201);

        assertThat(availability.booking(second.id(), "caseworker-2", false, "staff:caseworker-2"))
                .as("another caseworker's slot").isEmpty();
        BookedTime seen = availability.booking(second.id(), "caseworker-1", false, "staff:caseworker-1")
                .orElseThrow();
        assertThat(seen.appointmentId().toString()).isEqualTo(id);
        assertThat(seen.contactAddress()).isEqualTo("07700900123");
        assertThat(jdbc.sql("select count(*) from audit_entry where type = 'staff_viewed_booking'"
                + " and actor = 'staff:caseworker-1'").query(Integer.class).single()).isEqualTo(1);

        Response cancelled = api.delete("/api/v1/appointments/" + id, person.auth());
        assertThat(cancelled.status()).isEqualTo(200);
        assertThat(api.get("/api/v1/appointments/" + id, person.auth()).json().get("status").asString())
                .isEqualTo("cancelled");
        Response moveCancelled = api.put("/api/v1/appointments/" + id + "/slot",
                "{\"slot_id\":\"" + first.id() + "\"}", person.auth());
        assertThat(moveCancelled.status()).isEqualTo(409);

        List<FakeNotify.Received> texts = NOTIFY.received().stream().filter(m -> m.to().equals("07700900123"))
                .toList();
        assertThat(texts).hasSize(3).allMatch(m -> m.templateId().equals(TEMPLATE_SMS))
                .allMatch(m -> m.link().equals("https://signpost.example/appointments/" + id));
    }

    @Test
    void a_booking_is_in_the_persons_export_with_its_address_and_goes_with_erasure() {
        Slot slot = publish(AppointmentKind.VIDEO, Duration.ofDays(40));
        ApiClient api = new ApiClient(port);
        Started person = api.start();
        api.say(person, "hello");
        String id = api.post("/api/v1/appointments", "{\"slot_id\":\"" + slot.id()
                + "\",\"contact\":\"sam@example.com\"}", person.auth()).json().get("id").asString();
        UUID owner = jdbc.sql("select owner_id from appointment where id = ?::uuid").param(id).query(UUID.class)
                .single();

        PersonalData.Export export = personalData.export(owner);

        @SuppressWarnings("unchecked")
        List<Map<String, Object>> exported = (List<Map<String, Object>>) ((Map<String, Object>) export.areas()
                .get("appointments")).get("appointments");
        assertThat(exported).singleElement().satisfies(a -> {
            assertThat(a.get("id")).isEqualTo(id);
            assertThat(a.get("confirmation_address")).isEqualTo("sam@example.com");
        });

        personalData.erase(owner);

        assertThat(jdbc.sql("select count(*) from appointment where owner_id = ?").param(owner).query(Integer.class)
                .single()).isZero();
        assertThat(liveBookings(slot.id())).as("the slot is free again").isZero();
    }

    private Slot publish(AppointmentKind kind, Duration ahead) {
        return availability.publish("caseworker-1", "staff:caseworker-1", kind,
                Instant.now().plus(ahead).truncatedTo(java.time.temporal.ChronoUnit.HOURS), 30,
                kind == AppointmentKind.IN_PERSON ? "Leeds Jobcentre, 1 Park Row" : null);
    }

    private int liveBookings(UUID slot) {
        return jdbc.sql("select count(*) from appointment where slot_id = ? and status = 'booked'").param(slot)
                .query(Integer.class).single();
    }

    private static String reply(Response response) {
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        return response.json().get("reply").get("text").asString();
    }
}
