package uk.gov.signpost.model.internal.offline;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What a request is about, for flows whose first question is "what kind of…?": the message without its filler
 * words and the words that only say what kind of help is wanted. "I want to become a plumber" gives "plumber";
 * "I want to do some training" gives nothing, so the flow asks.
 *
 * <p>Where the person wants to work is not what the work is: "are there jobs near LS1?" gives nothing, because
 * postcodes, numbers and words like "near" and "local" are dropped (the flow reads the place separately).
 *
 * <p>It is a word filter, not understanding: "not in retail" gives "retail", and a town's name is kept ("admin
 * jobs in Leeds" gives "admin leeds").
 */
final class TopicExtractor {

    private static final Set<String> FILLER = Set.of("i", "i'm", "im", "i'd", "id", "me", "my", "a", "an", "the",
            "to", "in", "on", "for", "of", "and", "or", "with", "as", "at", "be", "become", "becoming", "want",
            "wanna", "would", "like", "love", "please", "can", "could", "you", "help", "find", "looking", "look",
            "get", "do", "doing", "some", "any", "into", "how", "what", "where", "is", "are", "there", "about",
            "thinking", "think", "maybe", "really", "new", "start", "career", "change", "job", "jobs", "work",
            "working", "training", "train", "trained", "course", "courses", "learn", "learning", "study",
            "studying", "skills", "skill", "apprenticeship", "apprenticeships", "qualification", "qualifications",
            "retrain", "re-train", "hi", "hello", "so", "just", "good", "something", "kind", "sort", "type",
            "need", "go", "going", "back", "again", "bit", "more", "that", "this", "it", "am", "was", "been",
            "near", "nearby", "around", "close", "local", "locally", "area", "within", "mile", "miles", "postcode",
            "here", "live", "based");

    /** The same kind of words in Welsh: "Dw i'n chwilio am swydd" gives nothing; "swydd gyrru" gives "gyrru". */
    private static final Set<String> WELSH_FILLER = Set.of("dw", "dwi", "dwi'n", "i'n", "rwy'n", "rydw", "rwyf",
            "yn", "y", "yr", "'r", "am", "i", "fi", "fy", "eisiau", "isio", "moyn", "hoffwn", "hoffen", "chwilio",
            "dod", "o", "hyd", "ffeindio", "cael", "gael", "swydd", "swyddi", "gwaith", "waith", "gweithio",
            "hyfforddiant", "hyfforddi", "cwrs", "cyrsiau", "dysgu", "prentisiaeth", "prentisiaethau", "sgiliau",
            "help", "helpu", "gyda", "efo", "gan", "ar", "ac", "a", "neu", "newydd", "fel", "mewn", "maes",
            "angen", "plis", "os", "gwelwch", "dda", "alla", "gallaf", "ga", "sut", "beth", "pa", "fath",
            "math", "oes", "mae", "yna", "ble", "lle", "agos", "ata", "ger", "rhyw", "bod", "fod", "mynd");

    /** Postcodes ("LS1", "cf10") and numbers say where or how much, not what. */
    private static final Pattern DIGIT = Pattern.compile("\\p{N}");

    private TopicExtractor() {}

    static Optional<String> topic(String message) {
        List<String> kept = new ArrayList<>();
        for (String word : message.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}'-]+")) {
            if (!word.isBlank() && word.length() > 1 && !DIGIT.matcher(word).find() && !FILLER.contains(word)
                    && !WELSH_FILLER.contains(word)
                    && !WELSH_FILLER.contains(word.replaceFirst("'n$", ""))) {
                kept.add(word);
            }
        }
        return kept.isEmpty() ? Optional.empty() : Optional.of(String.join(" ", kept));
    }
}
