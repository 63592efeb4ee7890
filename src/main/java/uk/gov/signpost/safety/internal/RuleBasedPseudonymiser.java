package uk.gov.signpost.safety.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.springframework.stereotype.Component;
import uk.gov.signpost.safety.PersonalDataSpan;
import uk.gov.signpost.safety.PersonalDataType;
import uk.gov.signpost.safety.Placeholders;
import uk.gov.signpost.safety.Pseudonymised;
import uk.gov.signpost.safety.Pseudonymiser;

/**
 * Walks the text once to find where personal data could start ({@link ScanAnchors}: digit runs, {@code @} signs,
 * titles, cue words, street words), runs each rule only in windows around those places, keeps the most specific
 * item where two overlap (an email before a name inside it, a card before a phone number), then finds the other
 * places the same value appears. Regular expressions only: no network, no model. Its limits are listed on
 * {@link Pseudonymiser}; its speed is in {@code docs/benchmarks.md}.
 */
@Component
class RuleBasedPseudonymiser implements Pseudonymiser {

    private static final Set<String> TITLES = Set.of("Mr", "Mrs", "Ms", "Miss", "Mx", "Dr", "Prof", "Sir", "Dame",
            "Lady", "Lord");
    private static final Set<String> NAME_CUES = Set.of("name", "names", "called", "enw", "call", "regards", "thanks",
            "sincerely", "cheers", "signed", "diolch");
    private static final Set<String> NAME_AFTER = Set.of("here", "again", "speaking");
    private static final Set<String> BIRTH = Set.of("born", "birth", "birthday", "bday", "b", "geni", "ganwyd",
            "ganed", "blwydd", "penblwydd", "pen", "dob", "d");
    private static final Set<String> ADDRESS_CUES = Set.of("live", "living", "address", "moved", "staying");

    /** Each rule with the windows it reads; the margins cover the longest match the rule can make from its anchor. */
    static final List<AnchoredRule> RULES = List.of(
            new AnchoredRule(IdentifierRules::email, AnchoredRule.atSigns(64, 100)),
            new AnchoredRule(IdentifierRules::nino, AnchoredRule.digits(6, 4, 4)),
            new AnchoredRule(IdentifierRules::drivingLicence, AnchoredRule.digits(6, 7, 12)),
            new AnchoredRule(IdentifierRules::card, AnchoredRule.digits(13, 1, 1)),
            new AnchoredRule(IdentifierRules::nhsNumber, AnchoredRule.digits(10, 1, 1)),
            new AnchoredRule(IdentifierRules::bankDetails, AnchoredRule.digits(6, 1, 50)),
            new AnchoredRule(IdentifierRules::passport, AnchoredRule.digits(9, 1, 1)),
            new AnchoredRule(IdentifierRules::phone, AnchoredRule.digits(10, 8, 1)),
            new AnchoredRule(IdentifierRules::postcode, AnchoredRule.digits(1, 4, 8)),
            new AnchoredRule(PersonalDetailRules::dateOfBirth, AnchoredRule.words(BIRTH, false, 60, 90)),
            new AnchoredRule(PersonalDetailRules::titledName, AnchoredRule.words(TITLES, true, 0, 80)),
            new AnchoredRule(PersonalDetailRules::cuedName, AnchoredRule.any(AnchoredRule.words(NAME_CUES, false, 15, 80),
                    AnchoredRule.words(NAME_AFTER, false, 60, 2), AnchoredRule.start(80))),
            new AnchoredRule(PersonalDetailRules::streetAddress, AnchoredRule.any(
                    AnchoredRule.words(Set.copyOf(PersonalDetailRules.STREET_WORDS), true, true, 90, 2),
                    AnchoredRule.words(Set.copyOf(PersonalDetailRules.WELSH_STREET_WORDS), true, 12, 70),
                    AnchoredRule.words(ADDRESS_CUES, false, 0, 120))));

    private static final Set<String> ANCHOR_WORDS = ScanAnchors.lowerCase(java.util.stream.Stream.of(TITLES, NAME_CUES,
            NAME_AFTER, BIRTH, ADDRESS_CUES, Set.copyOf(PersonalDetailRules.STREET_WORDS),
            Set.copyOf(PersonalDetailRules.WELSH_STREET_WORDS)).flatMap(Set::stream).toList());

    @Override
    public List<PersonalDataSpan> scan(String text) {
        ScanAnchors anchors = ScanAnchors.of(text, ANCHOR_WORDS);
        List<PersonalDataSpan> candidates = new ArrayList<>();
        for (AnchoredRule rule : RULES) {
            rule.find(text, anchors, candidates);
        }
        return resolve(text, candidates);
    }

    /** Every rule over the whole text, with no first pass: slower, and the reference the first pass must match. */
    List<PersonalDataSpan> scanWholeText(String text) {
        List<PersonalDataSpan> candidates = new ArrayList<>();
        for (AnchoredRule rule : RULES) {
            rule.rule().find(text, 0, text.length(), candidates);
        }
        return resolve(text, candidates);
    }

    private static List<PersonalDataSpan> resolve(String text, List<PersonalDataSpan> candidates) {
        List<PersonalDataSpan> kept = withoutOverlaps(candidates);
        List<PersonalDataSpan> more = repeats(text, kept);
        if (more.isEmpty()) {
            return kept;
        }
        kept.addAll(more);
        return withoutOverlaps(kept);
    }

    @Override
    public Pseudonymised pseudonymise(String text, Placeholders placeholders) {
        List<PersonalDataSpan> found = scan(text);
        StringBuilder out = new StringBuilder(text.length());
        int at = 0;
        for (PersonalDataSpan span : found) {
            out.append(text, at, span.start());
            out.append(placeholders.placeholderFor(span.type(), text.substring(span.start(), span.end())));
            at = span.end();
        }
        out.append(text, at, text.length());
        return new Pseudonymised(out.toString(), found, placeholders);
    }

    /** Most specific type first, then the longest; the survivors in text order. O(k log k) in the candidates. */
    private static List<PersonalDataSpan> withoutOverlaps(List<PersonalDataSpan> candidates) {
        List<PersonalDataSpan> byStrength = new ArrayList<>(candidates);
        byStrength.sort(Comparator.comparingInt((PersonalDataSpan s) -> rank(s.type()))
                .thenComparing(Comparator.comparingInt(PersonalDataSpan::length).reversed())
                .thenComparingInt(PersonalDataSpan::start));
        TreeMap<Integer, PersonalDataSpan> kept = new TreeMap<>();
        for (PersonalDataSpan candidate : byStrength) {
            Map.Entry<Integer, PersonalDataSpan> before = kept.floorEntry(candidate.start());
            Map.Entry<Integer, PersonalDataSpan> after = kept.ceilingEntry(candidate.start());
            boolean clashes = (before != null && before.getValue().overlaps(candidate))
                    || (after != null && after.getValue().overlaps(candidate));
            if (!clashes) {
                kept.put(candidate.start(), candidate);
            }
        }
        return new ArrayList<>(kept.values());
    }

    private static int rank(PersonalDataType type) {
        return switch (type) {
            case EMAIL -> 0;
            case DRIVING_LICENCE_NUMBER -> 1;
            case NATIONAL_INSURANCE_NUMBER -> 2;
            case PAYMENT_CARD -> 3;
            case SORT_CODE, ACCOUNT_NUMBER -> 4;
            case NHS_NUMBER, PASSPORT_NUMBER -> 5;
            case PHONE_NUMBER -> 6;
            case DATE_OF_BIRTH -> 7;
            case POSTCODE -> 8;
            case STREET_ADDRESS -> 9;
            case NAME -> 10;
        };
    }

    /**
     * A name or address found once (after "my name is") is personal data wherever else it appears in the text.
     * Structured identifiers need no such pass: their rules find every occurrence. One walk over the word starts,
     * comparing only the values that begin with the same character, so many values cost no more than one.
     */
    private static List<PersonalDataSpan> repeats(String text, List<PersonalDataSpan> found) {
        Map<Character, List<Map.Entry<String, PersonalDataType>>> byFirst = new java.util.HashMap<>();
        Set<String> seen = new java.util.HashSet<>();
        for (PersonalDataSpan span : found) {
            String value = text.substring(span.start(), span.end());
            if (!span.type().structured() && seen.add(value)) {
                byFirst.computeIfAbsent(value.charAt(0), c -> new ArrayList<>()).add(Map.entry(value, span.type()));
            }
        }
        List<PersonalDataSpan> more = new ArrayList<>();
        if (byFirst.isEmpty()) {
            return more;
        }
        for (int at = 0; at < text.length(); at++) {
            List<Map.Entry<String, PersonalDataType>> candidates = byFirst.get(text.charAt(at));
            if (candidates == null || (at > 0 && Character.isLetterOrDigit(text.charAt(at - 1)))) {
                continue;
            }
            for (Map.Entry<String, PersonalDataType> candidate : candidates) {
                String value = candidate.getKey();
                int end = at + value.length();
                if (text.startsWith(value, at)
                        && (end == text.length() || !Character.isLetterOrDigit(text.charAt(end)))) {
                    more.add(new PersonalDataSpan(candidate.getValue(), at, end));
                }
            }
        }
        return more;
    }
}
