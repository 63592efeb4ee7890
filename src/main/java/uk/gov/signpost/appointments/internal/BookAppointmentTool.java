package uk.gov.signpost.appointments.internal;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import uk.gov.signpost.agent.AgentTool;
import uk.gov.signpost.agent.ToolContext;
import uk.gov.signpost.agent.ToolInputException;
import uk.gov.signpost.agent.ToolOutput;
import uk.gov.signpost.agent.Wording;
import uk.gov.signpost.appointments.Appointment;
import uk.gov.signpost.appointments.AppointmentKind;
import uk.gov.signpost.appointments.AppointmentLimitException;
import uk.gov.signpost.appointments.AppointmentTimes;
import uk.gov.signpost.appointments.Appointments;
import uk.gov.signpost.appointments.Contact;
import uk.gov.signpost.appointments.Slot;
import uk.gov.signpost.appointments.SlotTakenException;
import uk.gov.signpost.conversation.Card;
import uk.gov.signpost.model.Language;
import uk.gov.signpost.model.ToolDefinition;
import uk.gov.signpost.platform.NotFoundException;

/**
 * Books a phone or video call-back, or an appointment in person. It has side effects, so it runs only after the
 * person said yes to one exact time: {@link #settle} picks that time (the one given, or the earliest free one of
 * the kind) before the question is asked, and {@link #run} books exactly that slot. If someone else took it in
 * the meantime, the person is told so and nothing is booked.
 */
@Component
class BookAppointmentTool implements AgentTool {

    static final String NAME = "book_appointment";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final Appointments appointments;
    private final AppointmentTimes times;
    private final Wording wording;

    BookAppointmentTool(Appointments appointments, AppointmentTimes times, Wording wording) {
        this.appointments = appointments;
        this.times = times;
        this.wording = wording;
    }

    @Override
    public ToolDefinition definition() {
        return new ToolDefinition(NAME, "Book a phone call-back, a video call-back or an appointment in person with an"
                + " adviser, at a free time from find_appointment_slots (or the earliest free one). The person must"
                + " confirm first.",
                "{\"type\":\"object\",\"properties\":{"
                        + "\"kind\":{\"type\":\"string\",\"enum\":[\"phone\",\"video\",\"in_person\"]},"
                        + "\"slot_id\":{\"type\":\"string\",\"description\":\"a slot_id from find_appointment_slots\"},"
                        + "\"contact\":{\"type\":\"string\",\"description\":\"the email address or UK mobile number the"
                        + " person gave for the confirmation, if any\"}},\"required\":[\"kind\"]}");
    }

    @Override
    public boolean sideEffect() {
        return true;
    }

    @Override
    public JsonNode settle(JsonNode arguments, ToolContext context) {
        AppointmentKind kind = AppointmentKind.fromCode(arguments.path("kind").asString(""))
                .orElseThrow(() -> new ToolInputException("kind: use phone, video or in_person"));
        Slot slot = chosenSlot(arguments, kind)
                .orElseThrow(() -> new ToolInputException("There are no free times for a "
                        + kind.code().replace('_', ' ') + " appointment at the moment. Offer another kind, or the"
                        + " adviser's phone line."));
        Map<String, Object> settled = new LinkedHashMap<>();
        settled.put("kind", slot.kind().code());
        settled.put("slot_id", slot.id().toString());
        settled.put("starts_at", slot.startsAt().toString());
        contact(arguments).ifPresent(c -> settled.put("contact", c.address()));
        return JSON.valueToTree(settled);
    }

    @Override
    public String confirmationSummary(JsonNode arguments) {
        return confirmationSummary(arguments, Language.ENGLISH);
    }

    @Override
    public String confirmationSummary(JsonNode arguments, Language language) {
        String kind = wording.text("appointments.kind." + arguments.path("kind").asString("phone"), language);
        String when = times.describe(Instant.parse(arguments.path("starts_at").asString()), language);
        String summary = wording.text("appointments.tool.confirm", language, kind, when);
        return contact(arguments).isPresent()
                ? summary + " " + wording.text("appointments.tool.confirmContact", language) : summary;
    }

    @Override
    public ToolOutput run(JsonNode arguments, ToolContext context) {
        UUID slot;
        try {
            slot = UUID.fromString(arguments.path("slot_id").asString(""));
        } catch (IllegalArgumentException e) {
            throw new ToolInputException("slot_id: use a slot_id from find_appointment_slots");
        }
        Language language = context.language();
        try {
            Appointment booked = appointments.book(context.owner(), slot, context.conversationId().value(),
                    contact(arguments).orElse(null), language);
            String kind = wording.text("appointments.kind." + booked.kind().code(), language);
            String when = times.describe(booked.startsAt(), language);
            String say = wording.text("appointments.tool.booked", language, kind, when);
            Card card = new Card("appointment", wording.text("appointments.card.name", language),
                    "/appointments/" + booked.id(), wording.text("appointments.card.purpose", language, kind, when),
                    booked.place(), wording.text("appointments.card.why", language));
            return new ToolOutput(JSON.writeValueAsString(Map.of("status", "booked", "appointment_id",
                    booked.id().toString(), "starts_at", booked.startsAt().toString())), List.of(card), say, List.of());
        } catch (SlotTakenException | NotFoundException e) {
            return new ToolOutput("{\"status\":\"slot_taken\"}", List.of(), wording.text("appointments.tool.taken",
                    language), List.of());
        } catch (AppointmentLimitException e) {
            return new ToolOutput("{\"status\":\"too_many_bookings\"}", List.of(),
                    wording.text("appointments.tool.limit", language), List.of());
        }
    }

    private Optional<Slot> chosenSlot(JsonNode arguments, AppointmentKind kind) {
        String id = arguments.path("slot_id").asString("");
        if (!id.isBlank()) {
            try {
                return appointments.slot(UUID.fromString(id))
                        .filter(s -> !s.booked() && !s.startsAt().isBefore(appointments.earliestBookable()));
            } catch (IllegalArgumentException e) {
                throw new ToolInputException("slot_id: use a slot_id from find_appointment_slots");
            }
        }
        return appointments.freeSlots(kind, 1).stream().findFirst();
    }

    /** The address for the confirmation, when the person gave one that works; "none" or anything else is none. */
    private static Optional<Contact> contact(JsonNode arguments) {
        @Nullable String written = arguments.path("contact").asString(null);
        return written == null ? Optional.empty() : Contact.parse(written);
    }
}
