package uk.gov.signpost.model.internal.offline.extraction;

import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Puts a message into the one plain form the rules read: lower case, straight apostrophes, common text-speak
 * and typos spelt out, and number words as digits ("thirty-four" becomes "34", "two kids" becomes "2 kids").
 */
final class Normaliser {

    private static final Map<String, String> SPELLINGS = Map.ofEntries(
            Map.entry("im", "i'm"), Map.entry("iam", "i am"), Map.entry("ive", "i've"), Map.entry("dont", "don't"),
            Map.entry("doesnt", "doesn't"), Map.entry("didnt", "didn't"), Map.entry("cant", "can't"),
            Map.entry("havent", "haven't"), Map.entry("hasnt", "hasn't"), Map.entry("isnt", "isn't"),
            Map.entry("arent", "aren't"), Map.entry("aint", "ain't"), Map.entry("wasnt", "wasn't"),
            Map.entry("u", "you"), Map.entry("ur", "your"), Map.entry("r", "are"), Map.entry("n", "and"),
            Map.entry("w/", "with"), Map.entry("kidz", "kids"), Map.entry("chidren", "children"),
            Map.entry("childern", "children"), Map.entry("childen", "children"), Map.entry("chilren", "children"),
            Map.entry("chlidren", "children"), Map.entry("childrens", "children"), Map.entry("daughther", "daughter"),
            Map.entry("pregant", "pregnant"), Map.entry("pregnent", "pregnant"), Map.entry("pregnat", "pregnant"),
            Map.entry("preggo", "pregnant"), Map.entry("preggers", "pregnant"), Map.entry("dissabled", "disabled"),
            Map.entry("disabeld", "disabled"), Map.entry("disbled", "disabled"), Map.entry("unemployd", "unemployed"),
            Map.entry("unemplyed", "unemployed"), Map.entry("unenployed", "unemployed"), Map.entry("wrk", "work"),
            Map.entry("werk", "work"), Map.entry("workin", "working"), Map.entry("savins", "savings"),
            Map.entry("savngs", "savings"), Map.entry("saveings", "savings"), Map.entry("hourz", "hours"),
            Map.entry("hous", "hours"), Map.entry("yeras", "years"), Map.entry("univeral", "universal"));
    private static final Pattern SPELLING = Pattern.compile("(?<![\\w'])(" + String.join("|",
            SPELLINGS.keySet().stream().map(Pattern::quote).toList()) + ")(?![\\w'])");

    private static final Map<String, Integer> UNITS = Map.ofEntries(
            Map.entry("one", 1), Map.entry("two", 2), Map.entry("three", 3), Map.entry("four", 4),
            Map.entry("five", 5), Map.entry("six", 6), Map.entry("seven", 7), Map.entry("eight", 8),
            Map.entry("nine", 9), Map.entry("ten", 10), Map.entry("eleven", 11), Map.entry("twelve", 12),
            Map.entry("thirteen", 13), Map.entry("fourteen", 14), Map.entry("fifteen", 15),
            Map.entry("sixteen", 16), Map.entry("seventeen", 17), Map.entry("eighteen", 18),
            Map.entry("nineteen", 19));
    private static final Map<String, Integer> TENS = Map.of("twenty", 20, "thirty", 30, "forty", 40,
            "fourty", 40, "fifty", 50, "sixty", 60, "seventy", 70, "eighty", 80, "ninety", 90);
    private static final Pattern NUMBER_WORDS = Pattern.compile(
            "\\b(?:(twenty|thirty|fou?rty|fifty|sixty|seventy|eighty|ninety)(?:[\\s-]+(one|two|three|four|five|six"
                    + "|seven|eight|nine)\\b)?|(one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve"
                    + "|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen))\\b");

    private Normaliser() {}

    static String normalise(String text) {
        String plain = text.replace('\u2019', '\'').replace('\u2018', '\'').replace('`', '\'').replace('\u00b4', '\'')
                .replace('\u201c', '"').replace('\u201d', '"').replace('\u00a0', ' ').replace('\u2013', '-')
                .toLowerCase(Locale.ROOT);
        plain = replace(SPELLING, plain, m -> SPELLINGS.get(m.group(1)));
        plain = plain.replace("&", " and ").replaceAll("\\ba couple of\\b", "2").replaceAll("\\ba grand\\b", "1 grand");
        plain = replace(NUMBER_WORDS, plain, Normaliser::digits);
        plain = plain.replaceAll("\\b(\\d+) and a half\\b", "$1.5").replaceAll("\\bhalf an hour\\b", "0.5 hours");
        return plain.replaceAll("[ \\t]+", " ").strip();
    }

    private static String digits(Matcher m) {
        if (m.group(3) != null) {
            return String.valueOf(UNITS.get(m.group(3)));
        }
        int value = TENS.get(m.group(1)) + (m.group(2) == null ? 0 : UNITS.get(m.group(2)));
        return String.valueOf(value);
    }

    private static String replace(Pattern pattern, String text, java.util.function.Function<Matcher, String> with) {
        Matcher m = pattern.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(out, Matcher.quoteReplacement(with.apply(m)));
        }
        m.appendTail(out);
        return out.toString();
    }
}
