package uk.gov.signpost.web.internal;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import uk.gov.signpost.appointments.Appointment;
import uk.gov.signpost.appointments.AppointmentKind;
import uk.gov.signpost.appointments.AppointmentTimes;
import uk.gov.signpost.appointments.Appointments;
import uk.gov.signpost.appointments.Contact;
import uk.gov.signpost.appointments.Slot;
import uk.gov.signpost.conversation.OwnerId;
import uk.gov.signpost.model.Language;
import uk.gov.signpost.platform.InvalidFieldException;
import uk.gov.signpost.platform.NotFoundException;

/** The person's call-backs and appointments over the API. Only the caller's own bookings are visible. */
@RestController
@Tag(name = "Appointments")
class AppointmentApiController {

    private final Caller caller;
    private final Appointments appointments;
    private final AppointmentTimes times;

    AppointmentApiController(Caller caller, Appointments appointments, AppointmentTimes times) {
        this.caller = caller;
        this.appointments = appointments;
        this.times = times;
    }

    @GetMapping("/api/v1/appointments/slots")
    @Operation(summary = "Free times of one kind, soonest first", description = "kind is phone, video or in_person.")
    List<SlotResponse> free(@RequestParam String kind, HttpServletRequest request, Locale locale) {
        caller.requireOwner(request);
        AppointmentKind parsed = AppointmentKind.fromCode(kind)
                .orElseThrow(() -> new InvalidFieldException("kind_unknown", "kind", "Use phone, video or in_person"));
        return appointments.freeSlots(parsed, 20).stream().map(s -> SlotResponse.of(s, times, Language.of(locale)))
                .toList();
    }

    @GetMapping("/api/v1/appointments")
    @Operation(summary = "Your bookings, soonest first, cancelled ones included")
    List<AppointmentResponse> mine(HttpServletRequest request, Locale locale) {
        return appointments.mine(caller.requireOwner(request)).stream()
                .map(a -> AppointmentResponse.of(a, times, Language.of(locale))).toList();
    }

    @PostMapping("/api/v1/appointments")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Book a free time",
            description = "Answers 409 slot_taken if someone else has it, and 409 appointment_limit if you already"
                    + " hold as many upcoming bookings as one person may. contact (an email address or UK mobile"
                    + " number) gets a confirmation through GOV.UK Notify.")
    AppointmentResponse book(@RequestBody Booking body, HttpServletRequest request, Locale locale) {
        OwnerId owner = caller.requireOwner(request);
        Contact contact = null;
        if (body.contact() != null && !body.contact().isBlank()) {
            contact = Contact.parse(body.contact()).orElseThrow(() -> new InvalidFieldException("contact_invalid",
                    "contact", "Enter an email address or a UK mobile number"));
        }
        Language language = Language.of(locale);
        return AppointmentResponse.of(appointments.book(owner, slot(body.slotId()), null, contact, language), times,
                language);
    }

    @GetMapping("/api/v1/appointments/{id}")
    @Operation(summary = "One of your bookings")
    AppointmentResponse one(@PathVariable String id, HttpServletRequest request, Locale locale) {
        return AppointmentResponse.of(appointments.get(caller.requireOwner(request), parse(id)), times,
                Language.of(locale));
    }

    @PutMapping("/api/v1/appointments/{id}/slot")
    @Operation(summary = "Move a booking to another free time",
            description = "Answers 409 slot_taken if the new time is not free, 409 appointment_cancelled if the booking"
                    + " was cancelled.")
    AppointmentResponse move(@PathVariable String id, @RequestBody Move body, HttpServletRequest request,
            Locale locale) {
        return AppointmentResponse.of(appointments.move(caller.requireOwner(request), parse(id), slot(body.slotId())),
                times, Language.of(locale));
    }

    @DeleteMapping("/api/v1/appointments/{id}")
    @Operation(summary = "Cancel a booking", description = "Cancelling one already cancelled changes nothing.")
    AppointmentResponse cancel(@PathVariable String id, HttpServletRequest request, Locale locale) {
        return AppointmentResponse.of(appointments.cancel(caller.requireOwner(request), parse(id)), times,
                Language.of(locale));
    }

    private static UUID slot(@Nullable String id) {
        try {
            return UUID.fromString(id == null ? "" : id);
        } catch (IllegalArgumentException e) {
            throw new InvalidFieldException("slot_id_invalid", "slot_id", "Give a slot_id from the free times");
        }
    }

    private static UUID parse(String id) {
        try {
            return UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            throw new NotFoundException("appointment_not_found", "There is no such booking");
        }
    }

    record Booking(@JsonProperty("slot_id") @Nullable String slotId, @Nullable String contact) {}

    record Move(@JsonProperty("slot_id") @Nullable String slotId) {}

    record SlotResponse(@JsonProperty("slot_id") String slotId, String kind, @JsonProperty("starts_at") String startsAt,
            String when, int minutes, @Nullable String place) {

        static SlotResponse of(Slot s, AppointmentTimes times, Language language) {
            return new SlotResponse(s.id().toString(), s.kind().code(), s.startsAt().toString(),
                    times.describe(s.startsAt(), language), s.minutes(), s.place());
        }
    }

    record AppointmentResponse(String id, @JsonProperty("slot_id") String slotId, String kind,
            @JsonProperty("starts_at") String startsAt, String when, int minutes, @Nullable String place,
            String status, @JsonProperty("confirmation_channel") @Nullable String confirmationChannel) {

        static AppointmentResponse of(Appointment a, AppointmentTimes times, Language language) {
            return new AppointmentResponse(a.id().toString(), a.slotId().toString(), a.kind().code(),
                    a.startsAt().toString(), times.describe(a.startsAt(), language), a.minutes(), a.place(), a.status(),
                    a.confirmationChannel());
        }
    }
}
