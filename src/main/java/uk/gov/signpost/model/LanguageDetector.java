package uk.gov.signpost.model;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Tells Welsh from English in what a person writes, so that someone who writes in Welsh is answered in Welsh
 * even if they never used the language link. It counts words that belong to one language only: Welsh function
 * words and common words ("mae", "yn", "eisiau", "swydd", "gyda"), Welsh mutated forms ("fy ngwaith"), letters
 * with a circumflex (ŵ, ŷ), and English function words ("the", "want", "with").
 *
 * <p>A message is Welsh when it has at least two Welsh words and more Welsh than English words, or is a single
 * word that exists only in Welsh ("ydw", "diolch"). It is undecided when there is too little to go on ("LS1",
 * "admin", "16"), and then the earlier messages decide.
 *
 * <p>It does not recognise Welsh written with English words mixed in half and half, very short Welsh with no
 * function words ("swydd Caerdydd" is undecided, not Welsh), or any third language (which reads as undecided or
 * English).
 */
public final class LanguageDetector {

    /** Words that are common in Welsh and do not occur (or are very rare) as English words. */
    private static final Set<String> WELSH = words("""
            yn yr y ac mae oes ydw ydy ydyn ydych dw dwi rwy rydw rydyn rydych roeddwn wyf wedi eisiau isio moyn
            hoffwn hoffen gallaf alla allaf allwch gallwch galla gyda efo gan gen gennyf gennych fy fi chi ti
            ein eich ei nhw ni ef fe fo beth sut ble lle pwy pam pryd faint pa oherwydd achos ond neu hefyd iawn
            diolch helo shwmae bore da nac naddo nage ie dim ddim swydd swyddi gwaith gweithio cymorth help
            helpu arian budd budd-daliadau cyflog isafswm awr oriau wythnos oed plant plentyn byw yng ym
            nghaerdydd cymru cymraeg hyfforddiant cwrs cyrsiau prentisiaeth prentisiaethau dysgu diswyddo
            diswyddiad colli chwilio dod siarad rhywun person cynghorydd ffonio ffoniwch fod bod sydd oedd dros
            heb wrth mewn yma yno hwn hon hyn ar o i am drwy trwy rhaid angen ga gaf cael gael allan nawr rwan
            rŵan heddiw yfory cyngor swyddfa ganolfan canolfan waith ngwaith nghyflog ngyflog mhlant nhŷ ngwlad
            gymorth fudd gyflog ddysgu ddiswyddo hyfforddi sgiliau cyflogwr cyflogwyr tâl talu mis blwyddyn
            cartref teulu anabledd gofalu gofalwr sâl salwch gwirio canslo stopio ewch cer mlaen ymlaen gwnewch
            peidiwch os gwelwch dda plis mi na ces ges ddoe niswyddo ddau blant ddigon nghyflogwr gyflogwr
            hoffech hoffwn gallech ydw'n dw'n wyt ydi ydyw
            """);

    /** Words that are common in English and do not occur as Welsh words. */
    private static final Set<String> ENGLISH = words("""
            the and to of is in for my me want need job jobs work with you can what how have do are was be it
            this that on at get looking find help please i'm im i've don't not no yes would like could should
            will about from an or any some money pay training course near where when who why which there they we
            our your been just made redundant benefits support person speak talk someone minimum wage hours week
            old live children kids thanks thank hello hi ok okay yeah nope stop cancel check apply claim lost am
            """);

    /** Words counted in neither list, because both languages use them. */
    private static final Set<String> SHARED = Set.of("help", "person", "am", "i", "o", "a", "na", "stop", "hi");

    private static final Pattern WORD = Pattern.compile("[\\p{L}'’-]+");
    private static final Pattern CIRCUMFLEX = Pattern.compile("[ŵŷâêîôû]");

    private LanguageDetector() {}

    private static Set<String> words(String list) {
        return Set.copyOf(List.of(list.strip().split("\\s+")));
    }

    /** The language the text is in, or empty when it is too short or too mixed to tell. */
    public static Optional<Language> detect(String text) {
        String folded = Normalizer.normalize(text, Normalizer.Form.NFC).toLowerCase(Locale.ROOT).replace('’', '\'');
        int welsh = 0;
        int english = 0;
        int words = 0;
        String only = "";
        Matcher word = WORD.matcher(folded);
        while (word.find()) {
            String w = word.group().replaceAll("^[-']+|[-']+$", "");
            if (w.isEmpty()) {
                continue;
            }
            words++;
            only = w;
            if (SHARED.contains(w)) {
                continue;
            }
            if (WELSH.contains(w) || CIRCUMFLEX.matcher(w).find()) {
                welsh++;
            }
            if (ENGLISH.contains(w)) {
                english++;
            }
        }
        if (words == 1 && welsh == 1 && english == 0 && !only.isEmpty() && ONE_WORD_WELSH.contains(only)) {
            return Optional.of(Language.WELSH);
        }
        if (welsh >= 2 && welsh > english) {
            return Optional.of(Language.WELSH);
        }
        if (english >= 2 && english > welsh) {
            return Optional.of(Language.ENGLISH);
        }
        return Optional.empty();
    }

    /** Single-word answers that settle the language on their own. */
    private static final Set<String> ONE_WORD_WELSH = Set.of("ydw", "ydy", "oes", "ie", "naddo", "nage", "diolch",
            "shwmae", "helo", "iawn", "canslo", "stopio", "nac");

    /**
     * The language to answer in: Welsh when the person chose Welsh; otherwise the language of the latest of
     * their messages that is clearly in one language, so that a short answer such as "LS1" in a Welsh
     * conversation is still answered in Welsh; English when none is clear.
     *
     * @param personMessages what the person has written in the conversation, oldest first
     */
    public static Language forTurn(Language chosen, List<String> personMessages) {
        if (chosen == Language.WELSH) {
            return Language.WELSH;
        }
        for (int i = personMessages.size() - 1; i >= 0; i--) {
            Optional<Language> detected = detect(personMessages.get(i));
            if (detected.isPresent()) {
                return detected.get();
            }
        }
        return chosen;
    }
}
