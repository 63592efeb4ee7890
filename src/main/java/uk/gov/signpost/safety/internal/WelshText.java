package uk.gov.signpost.safety.internal;

import java.util.regex.Pattern;
import uk.gov.signpost.model.Language;
import uk.gov.signpost.model.LanguageDetector;

/**
 * Welsh text and the English-trained MiniLM layers: whether a text reads as Welsh (the shared
 * {@link LanguageDetector}), and the Welsh words about life, death, harm, danger or hope that let those layers count.
 */
final class WelshText {

    /** Welsh words about life, death, harm, danger or hope; the gate for the English-trained layers on Welsh text. */
    static final Pattern DISTRESS = Pattern.compile("(?iu)\\b(?:marw|bywyd|mywyd|fywyd|lladd|ladd|torri|brifo"
            + "|niweidio|diwedd|pwynt|bygwth|ofn|ofnus|perygl|gobaith|anobaith|cario|ymdopi|diflannu|tabledi)\\b");

    private WelshText() {}

    static boolean likely(String text) {
        return LanguageDetector.detect(text).filter(Language.WELSH::equals).isPresent();
    }
}
