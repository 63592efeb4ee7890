package uk.gov.signpost.model.internal.offline.extraction;

import java.math.BigDecimal;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Sums of money, and whether each is savings or pay. An amount is money when it has "£", "k", "grand",
 * "thousand", "pounds" or "quid", or when it is a bare number next to a word such as "earn" or "savings". The
 * nearest cue word decides what it is: savings ("in savings", "saved", "in the bank") give {@code savings_amount};
 * pay ("earn", "paid", "wage", "salary", or a rate such as "an hour" with no other cue) gives {@code pay_amount}
 * and, when stated, {@code pay_period} (hour, week, month or year; a fortnight is halved to a week). Rent,
 * bills, debts and benefits are none of these, so they are claimed and dropped. "No savings" gives 0.
 *
 * <p>Pay that is wished for, advertised, from a past job or someone else's ("looking for £12 an hour", "my last
 * job paid £25,000", "my husband earns £30k") is dropped, as are amounts in a question ("can I claim if I have
 * £20,000 savings?").
 *
 * <p>It does not read ranges or bounds ("under £16,000", "between 1k and 2k"): those are claimed and dropped, so
 * the flow asks. Nor does it read amounts in words ("two hundred pounds"). A salary with no period is taken as
 * yearly only when it is £10,000 or more.
 */
final class MoneyRule {

    private static final String PERIOD = "(?:an?|per|each|every|a\\s+|/)\\s*(hour|hr|week|wk|fortnight|month|mth"
            + "|year|yr|annum)\\b|(p/?h|p/?w|pcm|p/?m|p/?a|hourly|weekly|fortnightly|monthly|annually|yearly)\\b";
    private static final Pattern AMOUNT = Pattern.compile("(?:(£)\\s*|\\b)(\\d{1,3}(?:,\\d{3})+|\\d+)(\\.\\d{1,2})?"
            + "(?:\\s*(k|grand|thousand)\\b)?(?:\\s*(pounds?|quid|gbp)\\b)?(?:\\s*(?:" + PERIOD + "))?");
    private static final Pattern SAVINGS = Pattern.compile("\\bsav(?:ings?|ed)\\b|\\bin the bank\\b"
            + "|\\bin my account\\b|\\bisa\\b|\\bput (?:away|aside)\\b|\\bcapital\\b|\\bnest egg\\b"
            + "|\\binvestments?\\b|\\bpremium bonds\\b");
    private static final Pattern PAY = Pattern.compile("\\bearn\\w*|\\bget paid\\b|\\bgetting paid\\b|\\bpaid\\b"
            + "|\\bmy pay\\b|\\bpay (?:is|rate)\\b|\\brate of pay\\b|\\bhourly rate\\b|\\btake[- ]home\\b|\\bwages?\\b"
            + "|\\bsalary\\b|\\bincome\\b|\\bgross\\b|\\bmake\\b|\\bmaking\\b|\\bbring (?:in|home)\\b|\\bi'm on\\b"
            + "|\\bam on\\b|\\bjob pays\\b|\\bpays\\b|\\bcyflog\\b|\\bennill\\b");
    private static final Pattern OTHER = Pattern.compile("\\brent\\b|\\bmortgage\\b|\\bbills?\\b|\\bcouncil tax\\b"
            + "|\\bdebts?\\b|\\bowe\\b|\\bloans?\\b|\\boverdraft\\b|\\barrears\\b|\\bcredit card\\b|\\bspen[dt]\\b"
            + "|\\bcosts?\\b|\\bfees?\\b|\\bchildcare\\b|\\bbenefits?\\b|\\buniversal credit\\b|\\buc\\b|\\bjsa\\b"
            + "|\\besa\\b|\\bpip\\b|\\ballowance\\b|\\bpension\\b|\\bssp\\b|\\bmaintenance\\b|\\bi pay\\b|\\bwe pay\\b"
            + "|\\bto pay\\b|\\bpay for\\b|\\bpaying\\b|\\bsave\\b|\\bsaving up\\b|\\bfine\\b|\\bdeposit\\b"
            + "|\\bshort\\b");
    private static final Pattern BOUND = Pattern.compile("\\b(?:under|less than|below|over|more than|above|up to"
            + "|at least|nearly|almost|between)\\s*$|\\bbetween\\s*£?[\\d,.]+\\s*(?:k|grand)?\\s*(?:and|to|-)\\s*$"
            + "|\\d\\s*(?:k|grand)?\\s*(?:-|to)\\s*$");
    private static final Pattern RANGE_AFTER = Pattern.compile("^\\s*(?:-|to)\\s*£?\\d");
    /** What may follow a bare amount: "earn 34000 a year", "2000 in savings"; never "30 hours" or "2 kids". */
    private static final Pattern BARE_NEXT = Pattern.compile("^\\s*(?:$|[^a-z\\s]|(?:in|saved|a|an|per|every|each"
            + "|and|but|or|before|after|gross|net|take|tax|savings|so|now|total|roughly|odd|ish)\\b)");
    /** Pay someone hopes for or saw advertised is not theirs. */
    private static final Pattern WISH = Pattern.compile("\\b(?:want\\w*|looking for|need to|hoping|would like|like to"
            + "|saw|seen|advert\\w*|vacancy|vacancies|offer\\w*|job for|jobs? paying|could|can i|if i|last job"
            + "|previous job|old job|used to|was paid|were paid|was earning|was on)\\b");
    private static final Pattern HYPOTHETICAL = Pattern.compile("\\b(?:if|can i|could i|would i|what if|do i"
            + "|does|is it)\\b");
    private static final Pattern SAVINGS_AFTER = Pattern.compile(
            "^\\s*(?:pounds\\s*)?(?:in (?:savings|the bank|my account|an isa)|saved|savings)\\b");
    private static final Pattern NO_SAVINGS = Pattern.compile("\\b(?:no|zero|0|don't have any|don't have|do not have"
            + "|haven't got any|haven't got|have not got|not got any|without any|dim)\\s+(?:savings|money saved"
            + "|money in the bank|capital)\\b|\\b(?:nothing|no money|zero|0)\\s+(?:saved|put away|put aside)\\b"
            + "|\\bsavings:?\\s*(?:none|nil|zero|0|nothing)\\b|\\bnot got any savings\\b");
    private static final Pattern LONG_NUMBERS = Pattern.compile("\\b\\d{5,}\\b|\\b0\\d{3,4}\\s\\d{3}\\s?\\d{3,4}\\b");

    private enum Kind { SAVINGS, PAY, OTHER }

    private MoneyRule() {}

    static void read(Message message, Map<String, Object> found) {
        Matcher none = message.matcher(NO_SAVINGS);
        if (none.find()) {
            found.put("savings_amount", BigDecimal.ZERO);
            message.claim(none);
        }
        Matcher m = message.matcher(AMOUNT);
        while (m.find()) {
            String period = period(m);
            boolean marked = m.group(1) != null || m.group(4) != null || m.group(5) != null;
            Kind kind = kind(message, m.start(), m.end());
            if (!marked && !bareMoney(message, m, period, kind)) {
                continue;
            }
            message.claim(m);
            if (bound(message, m)) {
                continue;
            }
            BigDecimal amount = amount(m);
            if (kind == null && period != null) {
                kind = Kind.PAY;
            }
            String sentence = message.before(m.start(), 50);
            if (kind == Kind.PAY && (WISH.matcher(sentence).find() || message.aboutSomeoneElse(m.start()))
                    || HYPOTHETICAL.matcher(sentence).find()) {
                continue;
            }
            if (kind == Kind.SAVINGS && period == null) {
                found.putIfAbsent("savings_amount", amount);
            } else if (kind == Kind.PAY && !found.containsKey("pay_amount")) {
                found.put("pay_amount", amount);
                String stated = period != null ? period : yearlyIfSalary(amount);
                if (stated != null) {
                    found.put("pay_period", stated);
                }
            }
        }
        Matcher longNumbers = message.matcher(LONG_NUMBERS);
        while (longNumbers.find()) {
            message.claim(longNumbers);
        }
    }

    /** A number with no "£" or "k" is money only right next to a cue: "earn 34000", "2000 in savings". */
    private static boolean bareMoney(Message message, Matcher m, @Nullable String period, @Nullable Kind kind) {
        if (period != null) {
            return kind != null;
        }
        if (!BARE_NEXT.matcher(message.after(m.end(), 20)).find()) {
            return false;
        }
        String before = message.before(m.start(), 14);
        return PAY.matcher(before).find() || SAVINGS.matcher(before).find()
                || SAVINGS_AFTER.matcher(message.after(m.end(), 20)).find();
    }

    /** "under £16,000", "over 30k", "between 1k and 2k", "£1k-£2k": a bound, not an amount. */
    private static boolean bound(Message message, Matcher m) {
        String before = message.before(m.start(), 30);
        return BOUND.matcher(before).find() || RANGE_AFTER.matcher(message.after(m.end(), 12)).find();
    }

    /** The cue word nearest the amount, within its sentence. */
    private static @Nullable Kind kind(Message message, int start, int end) {
        String before = message.before(start, 45);
        String after = message.after(end, 25);
        Kind nearest = null;
        int distance = Integer.MAX_VALUE;
        for (Kind kind : Kind.values()) {
            Pattern cue = kind == Kind.SAVINGS ? SAVINGS : kind == Kind.PAY ? PAY : OTHER;
            Matcher b = cue.matcher(before);
            while (b.find()) {
                int d = before.length() - b.end();
                if (d < distance || d == distance && kind != Kind.PAY) {
                    distance = d;
                    nearest = kind;
                }
            }
            Matcher a = cue.matcher(after);
            if (a.find() && a.start() <= 12 && a.start() + 1 < distance) {
                distance = a.start() + 1;
                nearest = kind;
            }
        }
        return nearest;
    }

    private static BigDecimal amount(Matcher m) {
        BigDecimal amount = new BigDecimal(m.group(2).replace(",", "") + (m.group(3) == null ? "" : m.group(3)));
        if (m.group(4) != null) {
            amount = amount.multiply(BigDecimal.valueOf(1000));
        }
        if ("fortnight".equals(m.group(6)) || "fortnightly".equals(m.group(7))) {
            amount = amount.divide(BigDecimal.valueOf(2));
        }
        return Message.plain(amount);
    }

    private static @Nullable String period(Matcher m) {
        String word = m.group(6) != null ? m.group(6) : m.group(7);
        if (word == null) {
            return null;
        }
        if (word.startsWith("h") || word.equals("ph") || word.equals("p/h")) {
            return "hour";
        }
        if (word.startsWith("w") || word.startsWith("f") || word.equals("pw") || word.equals("p/w")) {
            return "week";
        }
        if (word.startsWith("m") || word.equals("pcm") || word.equals("pm") || word.equals("p/m")) {
            return "month";
        }
        return "year";
    }

    private static @Nullable String yearlyIfSalary(BigDecimal amount) {
        return amount.compareTo(BigDecimal.valueOf(10_000)) >= 0 ? "year" : null;
    }
}
