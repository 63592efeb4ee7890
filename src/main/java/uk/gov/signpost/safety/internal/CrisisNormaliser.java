package uk.gov.signpost.safety.internal;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Puts a message into the one plain form the crisis phrases are written in: lower case, no accents (so Welsh "ŵ"
 * is "w"), straight apostrophes, no zero-width or tag characters, single spaces, and common text-speak spelt out
 * ("kms" becomes "kill myself", "cant" becomes "can't", "any more" becomes "anymore").
 */
final class CrisisNormaliser {

    private static final Pattern INVISIBLE = Pattern.compile("[\\p{Cf}\\x{E0000}-\\x{E007F}]");
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Map<String, String> WORDS = Map.ofEntries(
            Map.entry("kms", "kill myself"), Map.entry("unalive", "kill"), Map.entry("wanna", "want to"),
            Map.entry("gonna", "going to"), Map.entry("im", "i'm"), Map.entry("ive", "i've"), Map.entry("id", "i'd"),
            Map.entry("dont", "don't"), Map.entry("cant", "can't"), Map.entry("cannot", "can't"),
            Map.entry("can not", "can't"), Map.entry("wont", "won't"), Map.entry("isnt", "isn't"),
            Map.entry("wasnt", "wasn't"), Map.entry("werent", "weren't"), Map.entry("theres", "there's"),
            Map.entry("whats", "what's"), Map.entry("u", "you"), Map.entry("ur", "your"), Map.entry("my self", "myself"),
            Map.entry("any more", "anymore"), Map.entry("no-one", "no one"), Map.entry("nobody", "no one"),
            Map.entry("self harm", "self-harm"), Map.entry("self harming", "self-harming"),
            Map.entry("self harmed", "self-harmed"), Map.entry("selfharm", "self-harm"), Map.entry("do not", "don't"),
            Map.entry("i am", "i'm"), Map.entry("he will", "he'll"), Map.entry("she will", "she'll"),
            Map.entry("they will", "they'll"), Map.entry("it is", "it's"), Map.entry("suicidle", "suicidal"),
            Map.entry("sucide", "suicide"), Map.entry("sucidal", "suicidal"), Map.entry("myslef", "myself"));
    private static final Pattern WORD = Pattern.compile("(?<![\\w'])(" + String.join("|",
            WORDS.keySet().stream().sorted((a, b) -> b.length() - a.length()).map(Pattern::quote).toList())
            + ")(?![\\w'])");

    private CrisisNormaliser() {}

    static String normalise(String text) {
        String plain = Normalizer.normalize(text, Normalizer.Form.NFKD);
        plain = INVISIBLE.matcher(plain).replaceAll("");
        plain = MARKS.matcher(plain).replaceAll("");
        plain = plain.replace('\u2019', '\'').replace('\u2018', '\'').replace('`', '\'').replace('\u00b4', '\'')
                .toLowerCase(Locale.ROOT).replaceAll("\\s+", " ").strip();
        Matcher m = WORD.matcher(plain);
        StringBuilder out = new StringBuilder(plain.length());
        while (m.find()) {
            m.appendReplacement(out, Matcher.quoteReplacement(WORDS.get(m.group(1))));
        }
        m.appendTail(out);
        return out.toString();
    }
}
