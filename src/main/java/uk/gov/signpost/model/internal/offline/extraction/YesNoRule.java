package uk.gov.signpost.model.internal.offline.extraction;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A short yes or no answer, in English or Welsh: "yes", "yeah I am", "nope", "no thanks", "I don't", "ydw",
 * "nac oes". Only when the message is essentially just that answer: "no, I'm 34" is not a yes or no.
 */
final class YesNoRule {

    private static final String TAIL = "(?:\\s+(?:please|thanks|thank you|mate|sorry|i am|i'm|i do|i have|i have got"
            + "|i've got|i did|i think|i think so|it is|that's right|correct|definitely|absolutely|i'm not|i am not"
            + "|i don't|i do not|i haven't|i have not|i didn't|it isn't|it's not|not really|not at all|i'm afraid"
            + "|afraid not|sadly|unfortunately|thankfully|of course|diolch|have any|have one|got any|got one|any"
            + "|none|never))*";
    private static final Pattern YES = Pattern.compile("^(?:yes|yess+|yeah|yea|yeh|ye|yep|yup|ya|yah|aye|y|sure"
            + "|correct|definitely|absolutely|of course|that's right|right|true|affirmative|i am|i do|i have"
            + "|i have got|i've got|i did|i think so|i am yes|ydw|ydy|ydyn|oes|ie|do|yes i am|yes i do)" + TAIL + "$");
    private static final Pattern NO = Pattern.compile("^(?:no|noo+|nope|nah|naw|nay|n|not really|not at all|never"
            + "|negative|false|definitely not|absolutely not|of course not|certainly not|i'm not|i am not|i don't"
            + "|i do not|i haven't|i have not|i haven't got|i didn't|none"
            + "|nac ydw|nac ydy|nac ydyn|nac oes|na|naddo|nage|dim)" + TAIL + "$");

    private YesNoRule() {}

    /** The answer, when the whole message is a yes or a no. */
    static Optional<Boolean> read(String original) {
        String plain = original.toLowerCase(Locale.ROOT).replace('\u2019', '\'')
                .replaceAll("[^\\p{L}\\p{N}' ]", " ").replaceAll("\\s+", " ").strip()
                .replaceAll("\\bim\\b", "i'm").replaceAll("\\b(don|haven|didn|isn)t\\b", "$1't");
        if (YES.matcher(plain).matches()) {
            return Optional.of(true);
        }
        if (NO.matcher(plain).matches()) {
            return Optional.of(false);
        }
        return Optional.empty();
    }
}
