package uk.gov.signpost.safety.internal;

import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import uk.gov.signpost.safety.PersonalDataSpan;
import uk.gov.signpost.safety.PersonalDataType;

/**
 * Dates of birth, names and street addresses: no format of their own, so the words around them decide. A cheap
 * offline stand-in for named-entity recognition; its limits are listed on {@link uk.gov.signpost.safety.Pseudonymiser}.
 */
final class PersonalDetailRules {

    private PersonalDetailRules() {}

    static List<Rule> all() {
        return List.of(PersonalDetailRules::dateOfBirth, PersonalDetailRules::titledName,
                PersonalDetailRules::cuedName, PersonalDetailRules::streetAddress);
    }

    private static final String MONTH = "(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
            + "|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?|ionawr|chwefror|mawrth|ebrill|mai|mehefin"
            + "|gorffennaf|awst|medi|hydref|tachwedd|rhagfyr)";
    private static final Pattern DATE = Pattern.compile("(?i)(?<![\\w/.-])(?:"
            + "\\d{1,2}[/.-]\\d{1,2}[/.-](?:\\d{4}|\\d{2})"
            + "|\\d{4}-\\d{2}-\\d{2}"
            + "|\\d{1,2}(?:st|nd|rd|th|af|ed|fed)?\\s+(?:of\\s+)?" + MONTH + "\\.?(?:,?\\s+\\d{4})?"
            + "|" + MONTH + "\\.?\\s+\\d{1,2}(?:st|nd|rd|th)?(?:,?\\s+\\d{4})?"
            + ")(?![\\w/-]|\\.\\d)");
    private static final Pattern BIRTH_BEFORE = Pattern.compile(
            "(?i)(?:\\b(?:born|birth|birthday|b'?day|geni|ganwyd|ganed|pen-?blwydd)\\b|\\bd\\.?o\\.?b\\b\\.?)[^.;!?\\n]*$");
    private static final Pattern OTHER_EVENT = Pattern.compile(
            "(?i)\\b(?:start|started|starting|interview|appointment|since|until|from|left|job|work|moved|claim)");
    private static final Pattern BIRTH_AFTER = Pattern.compile(
            "(?i)^\\s*[(,-]?\\s*(?:is\\s+)?(?:my\\s+)?(?:dob|d\\.o\\.b\\.?|date of birth|birthday|b'?day)\\b");

    static void dateOfBirth(String text, int from, int to, List<PersonalDataSpan> found) {
        Matcher m = Rule.matcher(DATE, text, from, to);
        while (m.find()) {
            Matcher before = BIRTH_BEFORE.matcher(text.substring(Math.max(0, m.start() - 40), m.start()));
            boolean birthBefore = before.find() && !OTHER_EVENT.matcher(before.group()).find();
            boolean birthAfter = BIRTH_AFTER.matcher(text.substring(m.end(), Math.min(text.length(), m.end() + 25)))
                    .find();
            if (birthBefore || birthAfter) {
                found.add(IdentifierRules.span(PersonalDataType.DATE_OF_BIRTH, m));
            }
        }
    }

    private static final String CAPITALISED = "(?:[A-Z]['’]|Mc|Mac)?\\p{Lu}\\p{Ll}+(?:[-'’]\\p{Lu}?\\p{Ll}+)?";
    private static final Pattern TITLED = Pattern.compile("\\b(?:Mr|Mrs|Ms|Miss|Mx|Dr|Prof|Sir|Dame|Lady|Lord)\\.?\\s+("
            + "(?:[A-Z]\\.?\\s+)?" + CAPITALISED + "(?:\\s+" + CAPITALISED + "){0,2})");

    static void titledName(String text, int from, int to, List<PersonalDataSpan> found) {
        Matcher m = Rule.matcher(TITLED, text, from, to);
        while (m.find()) {
            addName(text, m.start(1), m.end(1), found);
        }
    }

    /** Strong cues allow a lower-case name ("my name is sam jones"); weaker ones need capitals ("call me Sam"). */
    private static final Pattern STRONG_CUE = Pattern.compile("(?i)\\b(?:my (?:full )?name is|my name's|my names"
            + "|name\\s*:|fy enw (?:i )?(?:yw|ydy)|enw fi yw|i'm called|i am called)\\s+"
            + "(\\p{L}[\\p{L}'’-]+(?:\\s+\\p{L}[\\p{L}'’-]+){0,2})");
    private static final Pattern WEAK_CUE = Pattern.compile("(?:\\b(?:[Cc]all me|[Rr]egards,|[Tt]hanks,|[Ss]incerely,"
            + "|[Cc]heers,|[Ss]igned,?|[Dd]iolch,)\\s+)(" + CAPITALISED + "(?:\\s+" + CAPITALISED + "){0,2})"
            + "|(?:\\b(?:[Tt]his is|[Ii]t's|[Ii]t is)\\s+|^)(" + CAPITALISED + "\\s+" + CAPITALISED + ")(?=\\s+(?:here|again|speaking)\\b)");
    private static final Set<String> NOT_NAMES = Set.of("a", "an", "the", "and", "but", "or", "so", "not", "on", "in",
            "at", "to", "for", "from", "with", "is", "was", "i", "i'm", "im", "me", "my", "back", "later", "now",
            "today", "tomorrow", "please", "if", "when", "about", "also", "still", "just", "really", "very",
            "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "mr", "mrs", "ms", "miss",
            "dr", "unemployed", "looking", "here", "there", "hard", "difficult", "important", "urgent", "great",
            "good", "fine", "okay", "ok", "yes", "no", "universal", "credit", "jobcentre", "job", "work",
            "written", "spelt", "spelled", "above", "below", "different", "same", "wrong", "right", "correct",
            "english", "welsh", "british", "ar", "yn", "ac", "mewn", "because", "cos", "as", "like", "what", "who");

    static void cuedName(String text, int from, int to, List<PersonalDataSpan> found) {
        for (Pattern cue : List.of(STRONG_CUE, WEAK_CUE)) {
            Matcher m = Rule.matcher(cue, text, from, to);
            while (m.find()) {
                int group = m.group(1) != null ? 1 : 2;
                String[] words = m.group(group).split("\\s+");
                int end = m.start(group);
                int taken = 0;
                for (String word : words) {
                    if (NOT_NAMES.contains(word.toLowerCase(java.util.Locale.ROOT))) {
                        break;
                    }
                    end = text.indexOf(word, end) + word.length();
                    taken++;
                }
                if (taken > 0) {
                    addName(text, m.start(group), end, found);
                }
            }
        }
    }

    private static void addName(String text, int start, int end, List<PersonalDataSpan> found) {
        found.add(new PersonalDataSpan(PersonalDataType.NAME, start, end));
    }

    /** Words that end an English street name; also the anchors the scan looks for. */
    static final List<String> STREET_WORDS = List.of("Street", "St", "Road", "Rd", "Avenue", "Ave", "Lane", "Ln",
            "Close", "Drive", "Dr", "Way", "Court", "Ct", "Crescent", "Cres", "Place", "Pl", "Terrace", "Tce", "Grove",
            "Gardens", "Gdns", "Hill", "Row", "Walk", "Square", "Sq", "Mews", "Parade", "Green", "View", "Rise", "Gate",
            "Park", "Vale", "Wharf", "Yard", "Fold", "Croft", "Meadow", "Meadows", "Boulevard", "Circus", "Chase",
            "Approach", "Embankment", "Promenade");
    /** Welsh words that start a street name. */
    static final List<String> WELSH_STREET_WORDS = List.of("Heol", "Ffordd", "Stryd", "Lôn", "Lon", "Rhodfa", "Maes",
            "Cae", "Bryn");
    private static final String STREET = "(?:" + String.join("|", STREET_WORDS) + ")";
    private static final Pattern ADDRESS = Pattern.compile("(?<![\\w£.,])(?:(?:Flat|Apartment|Unit|flat)\\s+\\d+[A-Za-z]?,?\\s+)?"
            + "\\d{1,4}[A-Za-z]?,?\\s+(?:(?:" + CAPITALISED + ")\\s+){1,3}" + STREET + "\\b\\.?");
    private static final Pattern WELSH_ADDRESS = Pattern.compile("(?<![\\w£.,])\\d{1,4}[A-Za-z]?,?\\s+"
            + "(?:" + String.join("|", WELSH_STREET_WORDS) + ")\\s+(?:(?:y|yr|'r|[A-ZÂÊÎÔÛŴŶ][\\wâêîôûŵŷ'’-]+)(?:\\s+|$)){1,3}");
    private static final Pattern NUMBER_ON_STREET = Pattern.compile("\\b(?:[Nn]umber|[Nn]o\\.?)\\s+\\d{1,4}[A-Za-z]?,?\\s+"
            + "(?:on|in)\\s+(?:" + CAPITALISED + "\\s+){1,3}" + STREET + "\\b");
    private static final Pattern CUED_ADDRESS = Pattern.compile("(?i)\\b(?:live at|living at|live in|address is|address:"
            + "|moved to|staying at)\\s+((?:flat\\s+\\d+[a-z]?,?\\s+)?\\d{1,4}[a-z]?,?\\s+(?:[a-z'’-]+\\s+){1,3}"
            + STREET.replace("(?:", "(?:(?i)") + "\\b)");

    static void streetAddress(String text, int from, int to, List<PersonalDataSpan> found) {
        for (Pattern p : List.of(ADDRESS, WELSH_ADDRESS, NUMBER_ON_STREET)) {
            Matcher m = Rule.matcher(p, text, from, to);
            while (m.find()) {
                int end = m.end();
                while (end > m.start() && Character.isWhitespace(text.charAt(end - 1))) {
                    end--;
                }
                found.add(new PersonalDataSpan(PersonalDataType.STREET_ADDRESS, m.start(), end));
            }
        }
        Matcher m = Rule.matcher(CUED_ADDRESS, text, from, to);
        while (m.find()) {
            found.add(new PersonalDataSpan(PersonalDataType.STREET_ADDRESS, m.start(1), m.end(1)));
        }
    }
}
