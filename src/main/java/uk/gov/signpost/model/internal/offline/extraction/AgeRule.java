package uk.gov.signpost.model.internal.offline.extraction;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The person's own age, 16 to 120, as {@code age}: "I'm 34", "I am fifty", "aged 52", "age: 60", "34 years old",
 * "34yo", "I just turned 40", Welsh "dw i'n 34 oed". It runs after children, money, hours and dates have been
 * claimed, so "my son is 12", "I'm 25k in debt" and "I'm 16 hours short" are not ages. First it claims numbers
 * with units ("5 minutes", "100%", "6ft", "20 years" not followed by "old"), so "I'm 5 minutes away" and "I'm 20
 * years out of work" are not ages either.
 *
 * <p>It does not read bounds or approximations ("over 60", "nearly 67", "in my fifties"), a year of birth
 * alone ("born in 1980"), or someone else's age ("my husband is 70").
 */
final class AgeRule {

    private static final Pattern MEASURES = Pattern.compile("\\b\\d+(?:\\.\\d+)?\\s*(?:%|percent\\b|per cent\\b)"
            + "|\\b\\d'\\d{1,2}\\b|\\b\\d+(?:\\.\\d+)?\\s*(?:minutes?|mins?|seconds?|secs?|miles?|km|kms"
            + "|kilomet(?:re|er)s?|met(?:re|er)s?|ft|foot|feet|inch(?:es)?|cm|kg|kgs|lbs?|stone|times|x|people|staff"
            + "|employees|applications|interviews|jobs|gcses?|a[- ]levels?|nvqs?|points|stars|calls|emails|texts"
            + "|days?|weeks?|wks?|months?|mths?|years?|yrs?|decades?|nights?|shifts?|degrees|mph)\\b"
            + "(?!\\s*-?\\s*(?:old|of age))");
    private static final Pattern SELF = Pattern.compile("\\b(?:i'm|i am|i turned|i've just turned|just turned"
            + "|age|aged|age is|my age is|dw i'n|dwi'n|rwy'n|rydw i'n)\\s*:?\\s*(?:now\\s+|currently\\s+|only\\s+"
            + "|just\\s+|actually\\s+)?(?:aged\\s+|age\\s+)?(\\d{2,3})\\b(?!\\s*(?:-|to)\\s*\\d)(?!\\.\\d)");
    /** A profile that opens with the age: "34, cardiff, 2 kids". */
    private static final Pattern OPENING = Pattern.compile("^\\s*(\\d{2})\\s*,\\s*[a-z]");
    private static final Pattern YEARS_OLD = Pattern.compile("(?<!\\d-)(?<!\\d - )(?<!\\d to )"
            + "\\b(\\d{2,3})\\s*-?\\s*(?:years?|yrs?|yr)\\s*-?\\s*old\\b"
            + "|\\b(\\d{2,3})\\s*(?:years?|yrs?)\\s+of\\s+age\\b"
            + "|\\b(\\d{2,3})\\s*(?:yo|y/o|y\\.o\\.?)(?!\\w)|\\b(\\d{2,3})\\s+oed\\b");

    /** Words that make "aged 25" someone else's: "a single person aged 25", "my son, aged 17". */
    private static final Pattern OTHER_PEOPLE = Pattern.compile("\\b(?:person|someone|somebody|people|anyone"
            + "|they|he|she|his|her|husband|wife|partner|son|daughter|mum|mam|mother|dad|father|friend|child|kids?"
            + "|children)\\b");

    /** "a 16 year old" and "my 17 year old" are someone else; "I'm a 45 year old dad" is the person. */
    private static final Pattern ARTICLE_BEFORE = Pattern.compile("\\b(?:a|an|my|our|his|her|their|the)\\s*$");
    private static final Pattern SELF_ARTICLE_BEFORE = Pattern.compile("\\b(?:i'm|i am)\\s+an?\\s*$");

    private AgeRule() {}

    static void read(Message message, Map<String, Object> found) {
        Matcher measures = message.matcher(MEASURES);
        while (measures.find()) {
            message.claim(measures);
        }
        if (found.containsKey("age")) {
            return;
        }
        for (Pattern pattern : new Pattern[] {SELF, YEARS_OLD, OPENING}) {
            Matcher m = message.matcher(pattern);
            while (m.find()) {
                int age = Integer.parseInt(firstGroup(m));
                if (age >= 16 && age <= 120 && !bound(message, m.start()) && !someoneElse(message, m)) {
                    found.put("age", age);
                    message.claim(m);
                    return;
                }
            }
        }
    }

    private static String firstGroup(Matcher m) {
        for (int group = 1; group < m.groupCount(); group++) {
            if (m.group(group) != null) {
                return m.group(group);
            }
        }
        return m.group(m.groupCount());
    }

    /** "aged 25" in a question, or after "a person" or "my partner", is not the person's own age. */
    private static boolean someoneElse(Message message, Matcher m) {
        if (m.pattern() == YEARS_OLD) {
            String before = message.before(m.start(), 20);
            return ARTICLE_BEFORE.matcher(before).find() && !SELF_ARTICLE_BEFORE.matcher(before).find();
        }
        if (!m.group().startsWith("age")) {
            return false;
        }
        String sentence = message.before(m.start(), 60) + message.after(m.start(), 60);
        return sentence.contains("?") || OTHER_PEOPLE.matcher(message.clauseBefore(m.start(), 40)).find();
    }

    private static boolean bound(Message message, int index) {
        return message.before(index, 15).matches("(?s).*\\b(?:over|under|nearly|almost|about to turn|around)\\s*$");
    }
}
