package uk.gov.signpost.handoff;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings for human handoff.
 *
 * @param openDays the days advisers work
 * @param opensAt when advisers start, on those days, in {@code zone}
 * @param closesAt when advisers stop
 * @param zone the time zone of the opening hours
 * @param presenceWindow how recently a caseworker must have had the queue open to count as available
 * @param unhelpfulTurns how many turns in a row with no useful answer open a handoff ({@code 0} never)
 * @param streamTimeout how long one server-sent events connection stays open before the browser reconnects
 */
@ConfigurationProperties("signpost.handoff")
public record HandoffProperties(List<DayOfWeek> openDays, LocalTime opensAt, LocalTime closesAt, ZoneId zone,
        Duration presenceWindow, int unhelpfulTurns, Duration streamTimeout) {

    public HandoffProperties {
        openDays = openDays == null || openDays.isEmpty() ? List.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY,
                DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY, DayOfWeek.FRIDAY) : List.copyOf(openDays);
        opensAt = opensAt == null ? LocalTime.of(9, 0) : opensAt;
        closesAt = closesAt == null ? LocalTime.of(17, 0) : closesAt;
        zone = zone == null ? ZoneId.of("Europe/London") : zone;
        presenceWindow = presenceWindow == null ? Duration.ofMinutes(3) : presenceWindow;
        unhelpfulTurns = Math.max(0, unhelpfulTurns);
        streamTimeout = streamTimeout == null ? Duration.ofMinutes(15) : streamTimeout;
    }
}
