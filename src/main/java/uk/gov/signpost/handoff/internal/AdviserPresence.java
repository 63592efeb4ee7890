package uk.gov.signpost.handoff.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.util.Locale;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import uk.gov.signpost.handoff.Availability;
import uk.gov.signpost.handoff.HandoffProperties;

/**
 * Whether anyone can reply soon: inside opening hours, and a caseworker has had the queue open within the presence
 * window (every queue page, queue API call and live queue connection counts, on any instance).
 */
@Component
class AdviserPresence {

    private final JdbcClient jdbc;
    private final HandoffProperties properties;
    private final Clock clock;

    AdviserPresence(JdbcClient jdbc, HandoffProperties properties, Clock clock) {
        this.jdbc = jdbc;
        this.properties = properties;
        this.clock = clock;
    }

    /** Notes that the caseworker is working the queue now. */
    void seen(String subject) {
        jdbc.sql("insert into handoff_adviser_presence (subject, seen_at) values (?, ?) on conflict (subject)"
                        + " do update set seen_at = excluded.seen_at")
                .params(subject, Timestamp.from(clock.instant()))
                .update();
    }

    Availability now() {
        Instant now = clock.instant();
        if (!openAt(now)) {
            return Availability.CLOSED;
        }
        boolean someone = jdbc.sql("select exists (select 1 from handoff_adviser_presence where seen_at >= ?)")
                .param(Timestamp.from(now.minus(properties.presenceWindow())))
                .query(Boolean.class).single();
        return someone ? Availability.AVAILABLE : Availability.NOBODY_SIGNED_IN;
    }

    boolean openAt(Instant instant) {
        ZonedDateTime local = instant.atZone(properties.zone());
        return properties.openDays().contains(local.getDayOfWeek())
                && !local.toLocalTime().isBefore(properties.opensAt())
                && local.toLocalTime().isBefore(properties.closesAt());
    }

    /** The opening hours in words, such as "Monday to Friday, 9am to 5pm" (or the Welsh). */
    String openingHours(Locale locale) {
        boolean welsh = "cy".equals(locale.getLanguage());
        var days = properties.openDays();
        String first = days.get(0).getDisplayName(TextStyle.FULL, welsh ? Locale.forLanguageTag("cy") : Locale.UK);
        String last = days.get(days.size() - 1).getDisplayName(TextStyle.FULL,
                welsh ? Locale.forLanguageTag("cy") : Locale.UK);
        String dayRange = days.size() == 1 ? first : first + (welsh ? " i " : " to ") + last;
        if (days.size() == 7) {
            dayRange = welsh ? "Bob dydd" : "Every day";
        }
        return dayRange + ", " + time(properties.opensAt()) + (welsh ? " i " : " to ") + time(properties.closesAt());
    }

    private static String time(java.time.LocalTime time) {
        String pattern = time.getMinute() == 0 ? "h" : "h:mm";
        return time.format(DateTimeFormatter.ofPattern(pattern, Locale.UK)) + (time.getHour() < 12 ? "am" : "pm");
    }
}
