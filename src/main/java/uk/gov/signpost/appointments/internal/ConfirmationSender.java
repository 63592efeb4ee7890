package uk.gov.signpost.appointments.internal;

import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import uk.gov.service.notify.NotificationClient;
import uk.gov.service.notify.NotificationClientException;
import uk.gov.signpost.appointments.Appointment;
import uk.gov.signpost.appointments.AppointmentTimes;
import uk.gov.signpost.appointments.AppointmentsProperties;
import uk.gov.signpost.appointments.Contact;
import uk.gov.signpost.model.Language;
import uk.gov.signpost.privacy.NotifyProperties;

/**
 * Sends a booking's confirmation through GOV.UK Notify, with the Notify API key of {@code signpost.notify} and the
 * appointment templates. Each template has the fields {@code ((when))}, {@code ((kind))}, {@code ((change))} and
 * {@code ((link))}. Only ids go to the log; Notify's error text can repeat the address, so it is never logged.
 */
@Component
public class ConfirmationSender {

    private static final Logger log = LoggerFactory.getLogger(ConfirmationSender.class);

    private final @Nullable NotificationClient client;
    private final AppointmentsProperties properties;
    private final NotifyProperties notify;
    private final AppointmentTimes times;
    private final MessageSource messages;

    ConfirmationSender(NotifyProperties notify, AppointmentsProperties properties, AppointmentTimes times,
            MessageSource messages) {
        this.client = notify.apiKey() == null ? null : new NotificationClient(notify.apiKey(), notify.baseUrl());
        this.properties = properties;
        this.notify = notify;
        this.times = times;
        this.messages = messages;
    }

    /** Whether confirmations can go out on the channel ({@code email} or {@code sms}). */
    public boolean available(String channel) {
        return client != null && template(channel) != null;
    }

    /**
     * Sends it. {@code change} is {@code booked}, {@code moved} or {@code cancelled}.
     *
     * @throws IllegalStateException if Notify refused it or could not be reached
     */
    public void send(Contact contact, Appointment appointment, String change, Language language) {
        String template = template(contact.channel());
        if (client == null || template == null) {
            log.info("event=appointment_confirmation_skipped appointment={} channel={}", appointment.id(),
                    contact.channel());
            return;
        }
        Map<String, Object> fields = Map.of(
                "when", times.describe(appointment.startsAt(), language),
                "kind", messages.getMessage("appointments.kind." + appointment.kind().code(), null, language.locale()),
                "change", messages.getMessage("appointments.change." + change, null, language.locale()),
                "link", notify.publicUrl() + "/appointments/" + appointment.id());
        String reference = appointment.id().toString();
        try {
            var id = contact.channel().equals("email")
                    ? client.sendEmail(template, contact.address(), fields, reference).getNotificationId()
                    : client.sendSms(template, contact.address(), fields, reference).getNotificationId();
            log.info("event=appointment_confirmation_sent appointment={} change={} channel={} notification={}",
                    appointment.id(), change, contact.channel(), id);
        } catch (NotificationClientException e) {
            log.warn("event=appointment_confirmation_failed appointment={} status={}", appointment.id(),
                    e.getHttpResult());
            throw new IllegalStateException("Notify refused the confirmation");
        }
    }

    private @Nullable String template(String channel) {
        return channel.equals("email") ? properties.emailTemplateId() : properties.smsTemplateId();
    }
}
