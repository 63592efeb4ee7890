package uk.gov.signpost.web.internal;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import uk.gov.signpost.appointments.Appointment;
import uk.gov.signpost.appointments.AppointmentCancelledException;
import uk.gov.signpost.appointments.AppointmentTimes;
import uk.gov.signpost.appointments.Appointments;
import uk.gov.signpost.appointments.Slot;
import uk.gov.signpost.appointments.SlotTakenException;
import uk.gov.signpost.conversation.OwnerId;
import uk.gov.signpost.model.Language;
import uk.gov.signpost.platform.NotFoundException;

/**
 * "Your appointments": the person's call-backs and appointments, and moving or cancelling one. Only the session's
 * own bookings are ever shown; any other id is "not found". Plain forms, so it works without JavaScript.
 */
@Controller
class AppointmentPages {

    private final Caller caller;
    private final Appointments appointments;
    private final AppointmentTimes times;

    AppointmentPages(Caller caller, Appointments appointments, AppointmentTimes times) {
        this.caller = caller;
        this.appointments = appointments;
        this.times = times;
    }

    @GetMapping("/appointments")
    String list(HttpServletRequest request, Model model, Locale locale) {
        Language language = Language.of(locale);
        List<Map<String, Object>> rows = caller.owner(request).map(appointments::mine).orElse(List.of()).stream()
                .map(a -> row(a, language)).toList();
        model.addAttribute("appointments", rows);
        return "appointments/list";
    }

    @GetMapping("/appointments/{id}")
    String show(@PathVariable String id, @RequestParam(required = false) @Nullable String done,
            HttpServletRequest request, Model model, Locale locale) {
        Appointment appointment = appointments.get(caller.requireOwner(request), parse(id));
        model.addAttribute("appointment", row(appointment, Language.of(locale)));
        model.addAttribute("done", done != null && List.of("moved", "cancelled").contains(done) ? done : null);
        model.addAttribute("backLink", "/appointments");
        return "appointments/show";
    }

    @GetMapping("/appointments/{id}/move")
    String moveForm(@PathVariable String id, HttpServletRequest request, Model model, Locale locale) {
        Appointment appointment = appointments.get(caller.requireOwner(request), parse(id));
        return moveForm(appointment, null, model, Language.of(locale));
    }

    @PostMapping("/appointments/{id}/move")
    String move(@PathVariable String id, @RequestParam(defaultValue = "") String slot, HttpServletRequest request,
            HttpServletResponse response, Model model, Locale locale) {
        OwnerId owner = caller.requireOwner(request);
        Appointment appointment = appointments.get(owner, parse(id));
        UUID chosen;
        try {
            chosen = UUID.fromString(slot);
        } catch (IllegalArgumentException e) {
            response.setStatus(422);
            return moveForm(appointment, "appointments.move.error.choose", model, Language.of(locale));
        }
        try {
            appointments.move(owner, appointment.id(), chosen);
        } catch (SlotTakenException | NotFoundException e) {
            response.setStatus(409);
            return moveForm(appointment, "appointments.move.error.taken", model, Language.of(locale));
        } catch (AppointmentCancelledException e) {
            return "redirect:/appointments/" + appointment.id();
        }
        return "redirect:/appointments/" + appointment.id() + "?done=moved";
    }

    @GetMapping("/appointments/{id}/cancel")
    String cancelForm(@PathVariable String id, HttpServletRequest request, Model model, Locale locale) {
        Appointment appointment = appointments.get(caller.requireOwner(request), parse(id));
        model.addAttribute("appointment", row(appointment, Language.of(locale)));
        model.addAttribute("backLink", "/appointments/" + appointment.id());
        return "appointments/cancel";
    }

    @PostMapping("/appointments/{id}/cancel")
    String cancel(@PathVariable String id, HttpServletRequest request) {
        Appointment appointment = appointments.cancel(caller.requireOwner(request), parse(id));
        return "redirect:/appointments/" + appointment.id() + "?done=cancelled";
    }

    private String moveForm(Appointment appointment, @Nullable String error, Model model, Language language) {
        List<Map<String, Object>> free = appointments.freeSlots(appointment.kind(), 10).stream()
                .map(s -> slotRow(s, language)).toList();
        model.addAttribute("appointment", row(appointment, language));
        model.addAttribute("slots", free);
        model.addAttribute("error", error);
        model.addAttribute("backLink", "/appointments/" + appointment.id());
        return "appointments/move";
    }

    private Map<String, Object> row(Appointment a, Language language) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("id", a.id());
        row.put("kind", a.kind().code());
        row.put("when", times.describe(a.startsAt(), language));
        row.put("minutes", a.minutes());
        row.put("place", a.place() == null ? "" : a.place());
        row.put("live", a.live());
        row.put("status", a.status());
        row.put("confirmation", a.confirmationChannel() == null ? "" : a.confirmationChannel());
        return row;
    }

    private Map<String, Object> slotRow(Slot s, Language language) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("id", s.id());
        row.put("when", times.describe(s.startsAt(), language));
        row.put("minutes", s.minutes());
        row.put("place", s.place() == null ? "" : s.place());
        return row;
    }

    private static UUID parse(String id) {
        try {
            return UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            throw new NotFoundException("appointment_not_found", "There is no such booking");
        }
    }
}
