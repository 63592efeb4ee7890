package uk.gov.signpost.agent.internal;

import java.util.Collection;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import uk.gov.signpost.safety.PersonalDataSpan;
import uk.gov.signpost.safety.PersonalDataType;
import uk.gov.signpost.safety.Pseudonymiser;

/**
 * An answer may hold the person's own personal data (their postcode, their phone number, as they gave it in this
 * conversation) but nobody else's. Each item the {@link Pseudonymiser} finds in the answer must be one the person
 * wrote (compared without case, spaces or hyphens). Phone numbers and email addresses that a tool returned in
 * this turn are also allowed: they are an organisation's contact details, not a person's.
 *
 * <p>What it does <em>not</em> catch: whatever the pseudonymiser misses (names without a title or cue, and the
 * rest listed in its Javadoc); someone else's details that the person typed themselves, which count as theirs;
 * a person's contact details that a tool returned (an adviser's direct line in a job advert).
 */
final class PersonalDataCheck {

    private PersonalDataCheck() {}

    static boolean othersData(Pseudonymiser scanner, String answer, Collection<String> personTexts,
            Collection<String> toolTexts) {
        Set<String> own = new HashSet<>();
        personTexts.forEach(text -> collect(scanner, text, own, false));
        toolTexts.forEach(text -> collect(scanner, text, own, true));
        for (PersonalDataSpan span : scanner.scan(answer)) {
            if (!own.contains(key(span.type(), answer.substring(span.start(), span.end())))) {
                return true;
            }
        }
        return false;
    }

    private static void collect(Pseudonymiser scanner, String text, Set<String> into, boolean contactsOnly) {
        for (PersonalDataSpan span : scanner.scan(text)) {
            if (!contactsOnly || span.type() == PersonalDataType.PHONE_NUMBER || span.type() == PersonalDataType.EMAIL) {
                into.add(key(span.type(), text.substring(span.start(), span.end())));
            }
        }
    }

    private static String key(PersonalDataType type, String value) {
        return type.name() + ":" + value.toUpperCase(Locale.ROOT).replaceAll("[\\s\\-()]+", "")
                .replaceFirst("^(\\+44|0044)0?", "0");
    }
}
