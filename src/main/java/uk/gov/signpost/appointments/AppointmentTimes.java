package uk.gov.signpost.appointments;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.springframework.stereotype.Component;
import uk.gov.signpost.model.Language;

/**
 * Words a slot's time the GOV.UK way, in the service's time zone: "Tuesday 1 December 2026 at 10am" or
 * "dydd Mawrth 1 Rhagfyr 2026 am 10:30".
 */
@Component
public class AppointmentTimes {

    private static final DateTimeFormatter ENGLISH_DAY = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", Locale.UK);
    private static final DateTimeFormatter WELSH_DAY = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy",
            Locale.forLanguageTag("cy"));

    private final ZoneId zone;

    public AppointmentTimes(AppointmentsProperties properties) {
        this.zone = ZoneId.of(properties.zone());
    }

    public String describe(Instant when, Language language) {
        ZonedDateTime local = when.atZone(zone);
        if (language == Language.WELSH) {
            return "dydd " + WELSH_DAY.format(local).replaceFirst("^[Dd]ydd ", "") + " am "
                    + String.format(Locale.ROOT, "%d:%02d", local.getHour(), local.getMinute());
        }
        int hour = local.getHour() % 12 == 0 ? 12 : local.getHour() % 12;
        String clock = local.getMinute() == 0 ? Integer.toString(hour)
                : String.format(Locale.ROOT, "%d:%02d", hour, local.getMinute());
        return ENGLISH_DAY.format(local) + " at " + clock + (local.getHour() < 12 ? "am" : "pm");
    }

    public ZoneId zone() {
        return zone;
    }
}
