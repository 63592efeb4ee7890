package uk.gov.signpost.safety.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
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
        kept.addAll(repeats(text, kept));
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

    /** Most specific type first, then the longest; the survivors in text order. */
    private static List<PersonalDataSpan> withoutOverlaps(List<PersonalDataSpan> candidates) {
        List<PersonalDataSpan> byStrength = new ArrayList<>(candidates);
        byStrength.sort(Comparator.comparingInt((PersonalDataSpan s) -> rank(s.type()))
                .thenComparing(Comparator.comparingInt(PersonalDataSpan::length).reversed())
                .thenComparingInt(PersonalDataSpan::start));
        List<PersonalDataSpan> kept = new ArrayList<>();
        for (PersonalDataSpan candidate : byStrength) {
            if (kept.stream().noneMatch(candidate::overlaps)) {
                kept.add(candidate);
            }
        }
        kept.sort(Comparator.comparingInt(PersonalDataSpan::start));
        return kept;
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

    /** A value found once (a name after "my name is") is personal data wherever else it appears in the text. */
    private static List<PersonalDataSpan> repeats(String text, List<PersonalDataSpan> found) {
        List<PersonalDataSpan> more = new ArrayList<>();
        for (PersonalDataSpan span : found) {
            String value = text.substring(span.start(), span.end());
            Matcher m = Pattern.compile("(?<![\\w])" + Pattern.quote(value) + "(?![\\w])").matcher(text);
            while (m.find()) {
                if (m.start() != span.start()) {
                    more.add(new PersonalDataSpan(span.type(), m.start(), m.end()));
                }
            }
        }
        return more;
    }
}
