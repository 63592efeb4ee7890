package uk.gov.signpost.model.internal.offline.extraction;

import java.math.BigDecimal;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Hours of paid work a week, as {@code hours_per_week}: "work 10 hours a week", "I do 20hrs", "part time 16
 * hours", "a 40-hour week", "32 hours a fortnight" (16), "7.5 hours a day, 4 days a week" (30), and Welsh "10 awr
 * yr wythnos". Hours with no period count only next to a word about work ("I do 20hrs") or when the assistant has
 * just asked for hours. "Three 12-hour shifts a week" is 36 and "my hours are 25" is 25. Hours someone wants,
 * asks about, used to work, or spends caring or volunteering are not paid work now, nor are a partner's: "looking
 * for 16 hours a week", "can I work 20 hours?", "I worked 40 hours until I was laid off", "my partner works 30
 * hours". Any hours of paid work also mean {@code working} is true.
 *
 * <p>It does not read ranges ("16-20 hours", "between 10 and 20 hours"), hours a month, the length of one shift,
 * or hours spread over two jobs (only the first is read); ranges are claimed and dropped, so the flow asks.
 */
final class HoursRule {

    private static final Pattern HOURS = Pattern.compile("\\b(\\d+(?:\\.\\d+)?)"
            + "(?:\\s*(?:-|to|or)\\s*(\\d+(?:\\.\\d+)?))?\\s*-?\\s*(?:hours?|hrs?|hr|h|awr|oriau)\\b"
            + "(?:(?:\\s*(?:a|per|each|every|in\\s+a|yr|the)\\s+|\\s*/\\s*|\\s*p/?)"
            + "(week|wk|fortnight|day|month|wythnos|w)\\b|\\s*(weekly)\\b|[\\s-]*(week)\\b|\\s+(each|daily)\\b)?");
    /** "3 12-hour shifts a week", "3 x 8hr shifts per week". */
    private static final Pattern SHIFTS = Pattern.compile("\\b(\\d)\\s*(?:x\\s*)?(\\d+(?:\\.\\d+)?)[\\s-]*"
            + "(?:hours?|hrs?|hr|h)\\s+shifts?\\s*(?:a|per|each|every)\\s*(?:week|wk)\\b");
    /** "my hours are 25 a week". */
    private static final Pattern HOURS_ARE = Pattern.compile("\\bhours\\s+(?:are|is)\\s+(?:about\\s+|around\\s+)?"
            + "(\\d+(?:\\.\\d+)?)(?:\\s*(?:a|per)\\s+week)?\\b");
    private static final Pattern DAYS_A_WEEK = Pattern.compile(
            "\\b(\\d)\\s*days?\\s*(?:a|per|each|every|/|p/?|in\\s+a)?\\s*(?:week|wk|w)\\b");
    private static final Pattern WORK_CUE = Pattern.compile("\\b(?:work\\w*|job|do|doing|did|contract\\w*"
            + "|part[- ]time|full[- ]time|employed|paid for|get|got|hours of work|gweithio)\\b");
    /** Hours wished for, asked about or yet to come: never the person's own. */
    private static final Pattern WISH = Pattern.compile("\\b(?:look(?:ing)? for|want\\w*|would like|like to|hoping"
            + "|could|can i|can you|how many|should|allowed|limit|if i|offered|advert\\w*|vacancy|i'll|will be"
            + "|going to|need(?!\\s+(?:help|advice|support|info\\w*|some)))\\b");
    private static final Pattern BOUND = Pattern.compile("\\b(?:minimum|min|maximum|max|up to|at least|more than"
            + "|less than|over|under|between|fewer than)\\s*$|\\bbetween\\s+\\d+(?:\\.\\d+)?\\s*(?:and|-|to)\\s*$");
    /** Hours worked before: "I worked 40 hours a week until I was laid off". */
    private static final Pattern PAST = Pattern.compile("\\b(?:worked|used to|was working|were working|previously"
            + "|previous job|last job|old job|until|till i)\\b");
    /** Hours spent on something other than paid work, unless a word about work comes nearer. */
    private static final Pattern UNPAID = Pattern.compile("\\b(?:volunteer\\w*|care|caring|look(?:ing)? after"
            + "|study\\w*|college|course|sleep\\w*|travel\\w*|commut\\w*|wait\\w*|shift)\\b");

    private HoursRule() {}

    static void read(Message message, Map<String, Object> found, @Nullable String expecting) {
        Matcher shifts = message.matcher(SHIFTS);
        while (shifts.find()) {
            message.claim(shifts);
            if (mine(message, shifts.start(), shifts.end())) {
                record(found, Message.number(shifts.group(2)).multiply(new BigDecimal(shifts.group(1))));
            }
        }
        Matcher are = message.matcher(HOURS_ARE);
        while (are.find()) {
            message.claim(are);
            if (mine(message, are.start(), are.end())) {
                record(found, Message.number(are.group(1)));
            }
        }
        Matcher m = message.matcher(HOURS);
        while (m.find()) {
            message.claim(m);
            String clause = message.before(m.start(), 50);
            int work = last(WORK_CUE, clause);
            if (m.group(2) != null || !mine(message, m.start(), m.end()) || last(UNPAID, clause) > work
                    || message.after(m.end(), 10).matches("\\s*shifts?\\b.*")) {
                continue;
            }
            String period = m.group(3) != null ? m.group(3) : m.group(4) != null ? "week"
                    : m.group(5) != null ? m.group(5) : m.group(6) != null ? "day" : null;
            boolean aboutWork = work >= 0 || expecting != null && expecting.contains("hours");
            BigDecimal hours = weekly(message, Message.number(m.group(1)), period, aboutWork);
            if (hours != null) {
                record(found, hours);
            }
        }
        Matcher days = message.matcher(DAYS_A_WEEK);
        while (days.find()) {
            message.claim(days);
        }
    }

    /** Hours the person works now: not wished for, asked about, bounded, past, or someone else's. */
    private static boolean mine(Message message, int start, int end) {
        String clause = message.before(start, 50);
        boolean question = message.after(end, 40).matches("(?s)[^,]*\\?.*");
        boolean past = PAST.matcher(clause).find() || PAST.matcher(message.after(end, 40)).find();
        return !question && !past && !WISH.matcher(message.before(start, 60)).find()
                && !BOUND.matcher(clause).find() && !message.aboutSomeoneElse(start);
    }

    private static void record(Map<String, Object> found, BigDecimal hours) {
        if (!found.containsKey("hours_per_week") && hours.signum() > 0
                && hours.compareTo(BigDecimal.valueOf(100)) <= 0) {
            found.put("hours_per_week", Message.plain(hours));
            found.put("working", true);
        }
    }

    private static int last(Pattern pattern, String text) {
        Matcher m = pattern.matcher(text);
        int last = -1;
        while (m.find()) {
            last = m.start();
        }
        return last;
    }

    private static @Nullable BigDecimal weekly(Message message, BigDecimal hours, @Nullable String period,
            boolean aboutWork) {
        if (period == null) {
            return aboutWork ? hours : null;
        }
        switch (period) {
            case "day":
                Matcher days = DAYS_A_WEEK.matcher(message.normalised());
                return days.find() ? hours.multiply(new BigDecimal(days.group(1))) : null;
            case "fortnight":
                return hours.divide(BigDecimal.valueOf(2));
            case "month":
                return null;
            default:
                return hours;
        }
    }
}
