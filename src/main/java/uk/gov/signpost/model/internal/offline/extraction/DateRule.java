package uk.gov.signpost.model.internal.offline.extraction;

import java.time.Clock;
import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Period;
import java.time.temporal.TemporalAdjusters;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The first date in a message, as an ISO-8601 string: "12 March 2025", "12th of march", "March 12, 2025",
 * "12/03/2025" and "12.3.25" (day first, as in the UK), "2025-03-12", and with the clock "today", "yesterday",
 * "last Friday", "next Monday", "3 weeks ago" (and Welsh "heddiw", "ddoe", "yfory"). A date given as a date of
 * birth ("born 12/03/1985", "DOB") sets {@code age} instead. Then it claims times ("9am", "17:30"), fractions and
 * "24/7", and ordinals, which are never dates, ages or hours.
 *
 * <p>A number pair without a year ("12/03") is not read as a date: it is too often "24/7" or "50/50".
 */
final class DateRule {

    private static final String MONTH = "(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?"
            + "|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)";
    private static final Pattern ISO = Pattern.compile("\\b(\\d{4})-(\\d{2})-(\\d{2})\\b");
    private static final Pattern NUMERIC = Pattern.compile("\\b(\\d{1,2})[/.-](\\d{1,2})[/.-](\\d{4}|\\d{2})\\b");
    private static final Pattern DAY_MONTH = Pattern.compile(
            "\\b(?:the\\s+)?(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?" + MONTH + "\\b(?:,?\\s+(\\d{4}))?");
    private static final Pattern MONTH_DAY = Pattern.compile(
            "\\b" + MONTH + "\\s+(?:the\\s+)?(\\d{1,2})(?:st|nd|rd|th)?\\b(?!\\s*(?:hours?|hrs?|kids|children|years?))"
                    + "(?:,?\\s+(\\d{4}))?");
    private static final Pattern RELATIVE_DAY = Pattern.compile("\\b(today|yesterday|tomorrow|heddiw|ddoe|yfory)\\b");
    private static final Pattern WEEKDAY = Pattern.compile("\\b(last|next)\\s+(mon|tue|wed|thu|fri|sat|sun)"
            + "(?:day|sday|nesday|rsday|urday|s|r|rs)?\\b");
    private static final Pattern AGO = Pattern.compile("\\b(\\d{1,3}|a|an)\\s+(day|week|month|year)s?\\s+ago\\b");
    private static final Pattern BIRTH = Pattern.compile("\\b(?:born|dob|d\\.o\\.b|date of birth|birthday)\\b");
    private static final Pattern TIMES_AND_FRACTIONS = Pattern.compile("\\b\\d{1,2}(?:[:.]\\d{2})?\\s*(?:am|pm)\\b"
            + "|\\b\\d{1,2}:\\d{2}\\b|\\b\\d+\\s*/\\s*\\d+\\b|\\b\\d+(?:st|nd|rd|th)\\b"
            + "|\\b9\\s*(?:-|to|till|til|until)\\s*5\\b");

    private final Clock clock;

    DateRule(Clock clock) {
        this.clock = clock;
    }

    void read(Message message, Map<String, Object> found) {
        LocalDate today = LocalDate.now(clock);
        for (Pattern pattern : new Pattern[] {ISO, NUMERIC, DAY_MONTH, MONTH_DAY}) {
            Matcher m = message.matcher(pattern);
            while (m.find()) {
                Optional<LocalDate> date = parse(pattern, m, today);
                if (date.isPresent()) {
                    record(message, m.start(), date.get(), today, found);
                    message.claim(m);
                }
            }
        }
        relative(message, today).ifPresent(date -> found.putIfAbsent("date", date.toString()));
        Matcher noise = message.matcher(TIMES_AND_FRACTIONS);
        while (noise.find()) {
            message.claim(noise);
        }
    }

    private static void record(Message message, int start, LocalDate date, LocalDate today,
            Map<String, Object> found) {
        if (BIRTH.matcher(message.before(start, 25)).find()) {
            int age = Period.between(date, today).getYears();
            if (age >= 16 && age <= 120) {
                found.putIfAbsent("age", age);
            }
        } else {
            found.putIfAbsent("date", date.toString());
        }
    }

    private static Optional<LocalDate> parse(Pattern pattern, Matcher m, LocalDate today) {
        try {
            if (pattern == ISO) {
                return Optional.of(LocalDate.of(num(m.group(1)), num(m.group(2)), num(m.group(3))));
            }
            if (pattern == NUMERIC) {
                int year = num(m.group(3));
                if (m.group(3).length() == 2) {
                    year += 2000 + year > today.getYear() + 1 ? 1900 : 2000;
                }
                return Optional.of(LocalDate.of(year, num(m.group(2)), num(m.group(1))));
            }
            boolean dayFirst = pattern == DAY_MONTH;
            int day = num(m.group(dayFirst ? 1 : 2));
            int month = month(m.group(dayFirst ? 2 : 1));
            int year = m.group(3) == null ? today.getYear() : num(m.group(3));
            return Optional.of(LocalDate.of(year, month, day));
        } catch (DateTimeException notADate) {
            return Optional.empty();
        }
    }

    private static Optional<LocalDate> relative(Message message, LocalDate today) {
        Matcher day = message.matcher(RELATIVE_DAY);
        if (day.find()) {
            message.claim(day);
            return Optional.of(switch (day.group(1)) {
                case "yesterday", "ddoe" -> today.minusDays(1);
                case "tomorrow", "yfory" -> today.plusDays(1);
                default -> today;
            });
        }
        Matcher weekday = message.matcher(WEEKDAY);
        if (weekday.find()) {
            message.claim(weekday);
            DayOfWeek dow = dayOfWeek(weekday.group(2));
            return Optional.of(weekday.group(1).equals("last") ? today.with(TemporalAdjusters.previous(dow))
                    : today.with(TemporalAdjusters.next(dow)));
        }
        Matcher ago = message.matcher(AGO);
        if (ago.find()) {
            message.claim(ago);
            int n = ago.group(1).startsWith("a") ? 1 : num(ago.group(1));
            return Optional.of(switch (ago.group(2)) {
                case "day" -> today.minusDays(n);
                case "week" -> today.minusWeeks(n);
                case "month" -> today.minusMonths(n);
                default -> today.minusYears(n);
            });
        }
        return Optional.empty();
    }

    private static DayOfWeek dayOfWeek(String prefix) {
        for (DayOfWeek d : DayOfWeek.values()) {
            if (d.name().toLowerCase(java.util.Locale.ROOT).startsWith(prefix)) {
                return d;
            }
        }
        throw new IllegalArgumentException(prefix);
    }

    private static int month(String name) {
        String[] prefixes = {"jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"};
        for (int i = 0; i < prefixes.length; i++) {
            if (name.startsWith(prefixes[i])) {
                return i + 1;
            }
        }
        throw new IllegalArgumentException(name);
    }

    private static int num(String digits) {
        return Integer.parseInt(digits);
    }
}
