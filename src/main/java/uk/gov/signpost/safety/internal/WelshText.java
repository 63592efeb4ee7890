package uk.gov.signpost.safety.internal;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Whether a text reads as Welsh: at least two common Welsh words, and more of them than common English words. It is
 * a cheap guard for the English-trained MiniLM layers, not a language identifier: very short Welsh messages ("Help")
 * and Welsh mixed with much English read as English.
 */
final class WelshText {

    private static final Pattern WELSH = Pattern.compile("(?u)\\b(?:dw|dwi|rydw|ydw|ydy|ydych|yn|fy|ddim|eisiau"
            + "|isio|mae|gyda|chi|hun|bod|fod|ond|wedi|swydd|helpu|diolch|beth|sut|plis|gwaith|bywyd|gallu|alla"
            + "|allwch|rhaid|dyma|hefyd|nid|eich|ac|ei|ces|cefais|ddoe|heddiw|fi|nhw|gen|sydd|oes|cymorth|teimlo"
            + "|niswyddo|diswyddo|gallaf|hoffwn|mynd|dod|efo|iawn|dim|pwy|pam|ble|pryd)\\b");
    private static final Pattern ENGLISH = Pattern.compile("(?u)\\b(?:the|and|is|are|my|me|want|can|have|with"
            + "|to|of|it|that|this|was|for|not|you|job|work)\\b");

    /** Welsh words about life, death, harm, danger or hope; the gate for the English-trained layers on Welsh text. */
    static final Pattern DISTRESS = Pattern.compile("(?iu)\\b(?:marw|bywyd|mywyd|fywyd|lladd|ladd|torri|brifo"
            + "|niweidio|diwedd|pwynt|bygwth|ofn|ofnus|perygl|gobaith|anobaith|cario|ymdopi|diflannu|tabledi)\\b");

    private WelshText() {}

    static boolean likely(String text) {
        String lower = text.toLowerCase(Locale.ROOT);
        long welsh = WELSH.matcher(lower).results().count();
        long english = ENGLISH.matcher(lower).results().count();
        return welsh >= 2 && welsh > english;
    }
}
