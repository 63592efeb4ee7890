package uk.gov.signpost.appointments.internal;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;
import uk.gov.signpost.appointments.AppointmentKind;
import uk.gov.signpost.appointments.AppointmentTimes;
import uk.gov.signpost.appointments.Availability;
import uk.gov.signpost.appointments.BookedTime;
import uk.gov.signpost.appointments.Slot;
import uk.gov.signpost.appointments.SlotTakenException;
import uk.gov.signpost.identity.StaffAccess;
import uk.gov.signpost.identity.StaffMember;
import uk.gov.signpost.identity.StaffRole;
import uk.gov.signpost.model.Language;
import uk.gov.signpost.platform.InvalidFieldException;
import uk.gov.signpost.platform.NotFoundException;
import uk.gov.signpost.privacy.StaffAudit;

/**
 * Caseworkers publish the times they can take a call-back or an appointment, and withdraw ones nobody booked.
 * Supervisors see everyone's. Plain forms, no JavaScript.
 */
@Controller
class AvailabilityPages {

    private final StaffAccess gate;
    private final Availability availability;
    private final AppointmentTimes times;

    AvailabilityPages(StaffAccess gate, Availability availability, AppointmentTimes times) {
        this.gate = gate;
        this.availability = availability;
        this.times = times;
    }

    @GetMapping("/staff/availability")
    ModelAndView list(@RequestParam(name = "done", required = false) @Nullable String done,
            java.util.Locale locale) {
        StaffMember member = gate.require(StaffRole.CASEWORKER, StaffRole.SUPERVISOR);
        return page(member, done, Map.of(), Map.of(), locale);
    }

    @PostMapping("/staff/availability")
    ModelAndView publish(@RequestParam Map<String, String> form, java.util.Locale locale) {
        StaffMember member = gate.require(StaffRole.CASEWORKER, StaffRole.SUPERVISOR);
        Map<String, String> errors = new LinkedHashMap<>();
        AppointmentKind kind = AppointmentKind.fromCode(form.getOrDefault("kind", "")).orElse(null);
        if (kind == null) {
            errors.put("kind", "staff.availability.error.kind");
        }
        Instant startsAt = null;
        try {
            LocalDate day = LocalDate.of(Integer.parseInt(form.getOrDefault("year", "").strip()),
                    Integer.parseInt(form.getOrDefault("month", "").strip()),
                    Integer.parseInt(form.getOrDefault("day", "").strip()));
            LocalTime time = LocalTime.parse(form.getOrDefault("time", "").strip());
            startsAt = day.atTime(time).atZone(times.zone()).toInstant();
        } catch (NumberFormatException | DateTimeException e) {
            errors.put("day", "staff.availability.error.when");
        }
        int minutes;
        try {
            minutes = Integer.parseInt(form.getOrDefault("minutes", "30").strip());
        } catch (NumberFormatException e) {
            minutes = 0;
        }
        if (errors.isEmpty()) {
            try {
                availability.publish(member.subject(), StaffAudit.actor(member), kind, startsAt, minutes,
                        form.get("place"));
                return new ModelAndView("redirect:/staff/availability?done=added");
            } catch (InvalidFieldException e) {
                errors.put(e.field().equals("starts_at") ? "day" : e.field(), "staff.availability.error." + e.code());
            }
        }
        return page(member, null, errors, form, locale);
    }

    @PostMapping("/staff/availability/{slot}/withdraw")
    ModelAndView withdraw(@PathVariable UUID slot, java.util.Locale locale) {
        StaffMember member = gate.require(StaffRole.CASEWORKER, StaffRole.SUPERVISOR);
        try {
            availability.withdraw(slot, member.subject(), member.has(StaffRole.SUPERVISOR), StaffAudit.actor(member));
        } catch (SlotTakenException e) {
            return new ModelAndView("redirect:/staff/availability?done=booked");
        }
        return new ModelAndView("redirect:/staff/availability?done=withdrawn");
    }

    @GetMapping("/staff/availability/{slot}")
    ModelAndView booking(@PathVariable UUID slot, java.util.Locale locale) {
        StaffMember member = gate.require(StaffRole.CASEWORKER, StaffRole.SUPERVISOR);
        BookedTime booked = availability.booking(slot, member.subject(), member.has(StaffRole.SUPERVISOR),
                StaffAudit.actor(member)).orElseThrow(() -> new NotFoundException("booking_not_found",
                        "Nobody has booked that time"));
        ModelAndView page = new ModelAndView("staff/booking");
        page.addObject("kind", booked.slot().kind().code());
        page.addObject("when", times.describe(booked.slot().startsAt(), Language.of(locale)));
        page.addObject("place", booked.slot().place() == null ? "" : booked.slot().place());
        page.addObject("conversation", booked.conversationId() == null ? "" : booked.conversationId().toString());
        page.addObject("channel", booked.contactChannel() == null ? "" : booked.contactChannel());
        page.addObject("address", booked.contactAddress() == null ? "" : booked.contactAddress());
        page.addObject("backLink", "/staff/availability");
        return page;
    }

    private ModelAndView page(StaffMember member, @Nullable String done, Map<String, String> errors,
            Map<String, String> form, java.util.Locale locale) {
        Language language = Language.of(locale);
        List<Slot> slots = member.has(StaffRole.SUPERVISOR) ? availability.allUpcoming()
                : availability.upcoming(member.subject());
        List<Map<String, Object>> rows = slots.stream().map(slot -> {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("id", slot.id());
            row.put("kind", slot.kind().code());
            row.put("when", times.describe(slot.startsAt(), language));
            row.put("minutes", slot.minutes());
            row.put("place", slot.place() == null ? "" : slot.place());
            row.put("booked", slot.booked());
            row.put("mine", slot.staffSubject().equals(member.subject()));
            return row;
        }).toList();
        ModelAndView page = new ModelAndView("staff/availability");
        page.addObject("slots", rows);
        page.addObject("done", done != null && List.of("added", "withdrawn", "booked").contains(done) ? done : null);
        page.addObject("errors", errors);
        page.addObject("form", form);
        page.addObject("kinds", List.of("phone", "video", "in_person"));
        if (!errors.isEmpty()) {
            page.setStatus(org.springframework.http.HttpStatus.UNPROCESSABLE_CONTENT);
        }
        return page;
    }
}
