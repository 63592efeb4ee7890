package uk.gov.signpost.safety;

import java.util.List;

/**
 * Finds UK personal data in a text and replaces each item with a typed placeholder such as {@code ⟨POSTCODE_1⟩},
 * so the text can go to an external model; {@link Pseudonymised#restore} puts the values back in the reply.
 *
 * <p>What it finds, offline and without a model:
 * <ul>
 *   <li>National Insurance numbers, with the valid prefixes and a final letter A to D;</li>
 *   <li>NHS numbers (modulus 11), payment cards (Luhn, 13 to 19 digits, starting 2 to 6);</li>
 *   <li>sort codes and account numbers, when the words "sort code" or "account" are near or they come as a
 *       pair;</li>
 *   <li>UK phone numbers (07, 01, 02, 03 and the +44 and 0044 forms), email addresses;</li>
 *   <li>full postcodes (not districts: "LS6" is kept, because location is needed to find jobs);</li>
 *   <li>dates next to words about birth ("born", "date of birth", "DOB", "birthday", "geni");</li>
 *   <li>9-digit passport numbers near the word "passport", 16-character DVLA driving licence numbers;</li>
 *   <li>names after a title ("Mrs Patel") or a cue ("my name is …", "call me …", "Name: …"), and street
 *       addresses written as a house number, capitalised words and a street word ("12 Acacia Avenue").</li>
 * </ul>
 *
 * <p>What it does <em>not</em> catch:
 * <ul>
 *   <li>names with no title or cue ("tell Sarah I'll be late"), names written in lower case, and names of
 *       places, employers or other people mentioned in passing;</li>
 *   <li>addresses without a house number or street word ("the flat above the chip shop"), and lower-case
 *       addresses unless they follow "I live at" or "my address is";</li>
 *   <li>sort codes, account numbers and passport numbers with no words around them saying what they are;</li>
 *   <li>identifiers split across lines, spelt out in words ("oh seven seven…"), obfuscated ("AB 12 34 56 C" with
 *       letters for digits) or in images;</li>
 *   <li>numbers after "ref", "reference", "vacancy", "course" or "job" are taken as references and kept, even if
 *       they would pass a checksum;</li>
 *   <li>non-UK identifiers (foreign passports, IBANs, non-UK phone numbers), ages, gender, health or other special
 *       category data in free text.</li>
 * </ul>
 */
public interface Pseudonymiser {

    /** Where the personal data is, in order, without overlaps. */
    List<PersonalDataSpan> scan(String text);

    /** Replaces personal data with placeholders from a new mapping. */
    default Pseudonymised pseudonymise(String text) {
        return pseudonymise(text, new Placeholders());
    }

    /** Replaces personal data with placeholders, reusing and extending the mapping (one per conversation). */
    Pseudonymised pseudonymise(String text, Placeholders placeholders);
}
