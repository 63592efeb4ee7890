package uk.gov.signpost.appointments;

import java.time.Duration;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Callbacks and appointments. Confirmations go through GOV.UK Notify with the API key of
 * {@code signpost.notify}; each template has the fields {@code ((when))}, {@code ((kind))} and {@code ((link))}.
 *
 * @param emailTemplateId from {@code SIGNPOST_APPOINTMENTS_EMAIL_TEMPLATE_ID}; no email confirmations without it
 * @param smsTemplateId from {@code SIGNPOST_APPOINTMENTS_SMS_TEMPLATE_ID}; no text confirmations without it
 * @param maxUpcomingPerPerson from {@code SIGNPOST_APPOINTMENTS_MAX_UPCOMING}: live bookings one person may hold
 * @param minimumNotice from {@code SIGNPOST_APPOINTMENTS_MINIMUM_NOTICE}: how soon before it starts a slot can
 *     still be booked
 * @param zone the time zone times are shown in
 * @param reminderLead from {@code SIGNPOST_APPOINTMENTS_REMINDER_LEAD}: how long before a booking its reminder goes
 *     out (zero: no reminders); a booking made or moved after that point gets none, its confirmation being recent
 */
@ConfigurationProperties("signpost.appointments")
public record AppointmentsProperties(@Nullable String emailTemplateId, @Nullable String smsTemplateId,
        int maxUpcomingPerPerson, Duration minimumNotice, String zone, @Nullable Duration reminderLead) {

    public AppointmentsProperties {
        emailTemplateId = emailTemplateId == null || emailTemplateId.isBlank() ? null : emailTemplateId.strip();
        smsTemplateId = smsTemplateId == null || smsTemplateId.isBlank() ? null : smsTemplateId.strip();
        maxUpcomingPerPerson = maxUpcomingPerPerson <= 0 ? 2 : maxUpcomingPerPerson;
        minimumNotice = minimumNotice == null ? Duration.ofHours(1) : minimumNotice;
        zone = zone == null || zone.isBlank() ? "Europe/London" : zone;
        reminderLead = reminderLead == null || reminderLead.isNegative() ? Duration.ofHours(24) : reminderLead;
    }
}
