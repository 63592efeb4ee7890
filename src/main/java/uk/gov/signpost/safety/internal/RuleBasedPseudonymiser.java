package uk.gov.signpost.safety.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.stereotype.Component;
import uk.gov.signpost.safety.PersonalDataSpan;
import uk.gov.signpost.safety.PersonalDataType;
import uk.gov.signpost.safety.Placeholders;
import uk.gov.signpost.safety.Pseudonymised;
import uk.gov.signpost.safety.Pseudonymiser;

/**
 * Runs every rule, keeps the most specific item where two overlap (an email before a name inside it, a card
 * before a phone number), then finds the other places the same value appears. Regular expressions only: no
 * network, no model. Its limits are listed on {@link Pseudonymiser}.
 */
@Component
class RuleBasedPseudonymiser implements Pseudonymiser {

    private final List<Rule> rules;

    RuleBasedPseudonymiser() {
        List<Rule> all = new ArrayList<>(IdentifierRules.all());
        all.addAll(PersonalDetailRules.all());
        this.rules = List.copyOf(all);
    }

    @Override
    public List<PersonalDataSpan> scan(String text) {
        List<PersonalDataSpan> candidates = new ArrayList<>();
        for (Rule rule : rules) {
            rule.find(text, candidates);
        }
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
     * Structured identifiers need no such pass: their rules find every occurrence.
     */
    private static List<PersonalDataSpan> repeats(String text, List<PersonalDataSpan> found) {
        Map<String, PersonalDataType> values = new LinkedHashMap<>();
        for (PersonalDataSpan span : found) {
            if (!span.type().structured()) {
                values.putIfAbsent(text.substring(span.start(), span.end()), span.type());
            }
        }
        List<PersonalDataSpan> more = new ArrayList<>();
        values.forEach((value, type) -> {
            for (int at = text.indexOf(value); at >= 0; at = text.indexOf(value, at + value.length())) {
                int end = at + value.length();
                boolean wholeWords = (at == 0 || !Character.isLetterOrDigit(text.charAt(at - 1)))
                        && (end == text.length() || !Character.isLetterOrDigit(text.charAt(end)));
                if (wholeWords) {
                    more.add(new PersonalDataSpan(type, at, end));
                }
            }
        });
        return more;
    }
}
