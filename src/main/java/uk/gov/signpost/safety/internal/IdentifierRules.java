package uk.gov.signpost.safety.internal;

import static uk.gov.signpost.safety.internal.Checksums.digitsOf;

import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import uk.gov.signpost.safety.PersonalDataSpan;
import uk.gov.signpost.safety.PersonalDataType;

/** The structured UK identifiers: each is a format, then a checksum or the words around it. */
final class IdentifierRules {

    private IdentifierRules() {}

    static List<Rule> all() {
        return List.of(IdentifierRules::email, IdentifierRules::nino, IdentifierRules::drivingLicence,
                IdentifierRules::card, IdentifierRules::nhsNumber, IdentifierRules::bankDetails,
                IdentifierRules::passport, IdentifierRules::phone, IdentifierRules::postcode);
    }

    private static final Pattern EMAIL = Pattern.compile(
            "(?<![\\w.%+-])[A-Za-z0-9][A-Za-z0-9._%+-]*@[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?"
                    + "(?:\\.[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)*\\.[A-Za-z]{2,}\\b");

    static void email(String text, int from, int to, List<PersonalDataSpan> found) {
        add(Rule.matcher(EMAIL, text, from, to), PersonalDataType.EMAIL, found);
    }

    private static final Pattern NINO = Pattern.compile(
            "(?<![A-Za-z0-9])([A-Za-z]{2})[ -]?(\\d{2})[ -]?(\\d{2})[ -]?(\\d{2})[ -]?([A-Da-d])(?![A-Za-z0-9])");

    static void nino(String text, int from, int to, List<PersonalDataSpan> found) {
        Matcher m = Rule.matcher(NINO, text, from, to);
        while (m.find()) {
            if (Checksums.validNinoPrefix(m.group(1).toUpperCase(Locale.ROOT))) {
                found.add(span(PersonalDataType.NATIONAL_INSURANCE_NUMBER, m));
            }
        }
    }

    /** DVLA: 5 of the surname (padded with 9), decade, month (+50 for women), day, year, 2 initials, digit, 2 checks. */
    private static final Pattern LICENCE = Pattern.compile("(?<![A-Za-z0-9])([A-Za-z][A-Za-z9]{4})[ ]?"
            + "(\\d)(\\d{2})(\\d{2})(\\d)[ ]?([A-Za-z][A-Za-z9])(\\d)([A-Za-z0-9]{2})(?:[ ]?\\d{2})?(?![A-Za-z0-9])");

    static void drivingLicence(String text, int from, int to, List<PersonalDataSpan> found) {
        Matcher m = Rule.matcher(LICENCE, text, from, to);
        while (m.find()) {
            int month = Integer.parseInt(m.group(3)) % 50;
            int day = Integer.parseInt(m.group(4));
            boolean surnameThenPadding = m.group(1).matches("[A-Za-z]+9*");
            if (surnameThenPadding && month >= 1 && month <= 12 && day >= 1 && day <= 31
                    && Integer.parseInt(m.group(3)) / 50 <= 1) {
                found.add(span(PersonalDataType.DRIVING_LICENCE_NUMBER, m));
            }
        }
    }

    private static final Pattern CARD = Pattern.compile("(?<![\\d.,£$€-])(?:\\d[ -]?){12,18}\\d(?![\\d.,]\\d|\\d)");

    static void card(String text, int from, int to, List<PersonalDataSpan> found) {
        Matcher m = Rule.matcher(CARD, text, from, to);
        while (m.find()) {
            String digits = digitsOf(m.group());
            boolean groupedLikeACard = m.group().split("[ -]").length == 1
                    || java.util.Arrays.stream(m.group().split("[ -]")).allMatch(g -> g.length() >= 3);
            if (digits.charAt(0) >= '2' && digits.charAt(0) <= '6' && groupedLikeACard && Checksums.luhn(digits)
                    && !Rule.referenceBefore(text, m.start())) {
                found.add(span(PersonalDataType.PAYMENT_CARD, m));
            }
        }
    }

    private static final Pattern NHS = Pattern.compile("(?<![\\w.,£-])(\\d{3})([ -]?)(\\d{3})\\2(\\d{4})(?![\\w]|[.,]\\d)");
    private static final Pattern NHS_WORDS = Pattern.compile("(?i)\\b(nhs|gig|chi|health)\\b");

    static void nhsNumber(String text, int from, int to, List<PersonalDataSpan> found) {
        Matcher m = Rule.matcher(NHS, text, from, to);
        while (m.find()) {
            String digits = digitsOf(m.group());
            boolean saysNhs = Rule.near(text, m.start(), m.end(), NHS_WORDS, 40, 10);
            if (Checksums.validNhsNumber(digits) && (digits.charAt(0) != '0' || saysNhs)
                    && !Rule.referenceBefore(text, m.start())) {
                found.add(span(PersonalDataType.NHS_NUMBER, m));
            }
        }
    }

    private static final Pattern SORT_CODE = Pattern.compile("(?<![\\d/.,£-])(\\d{2})([- ]?)(\\d{2})\\2(\\d{2})(?![\\d/]|[.,]\\d|-\\d)");
    private static final Pattern SORT_WORDS = Pattern.compile("(?i)\\b(sort[ -]?code|s/c|bank)\\b");
    private static final Pattern ACCOUNT = Pattern.compile("(?<![\\d/.,£-])(\\d{4}[ ]?\\d{4})(?![\\d/]|[.,]\\d|-\\d)");
    private static final Pattern ACCOUNT_WORDS = Pattern.compile("(?i)\\b(account|acc|acct|a/c|cyfrif)\\b");
    private static final Pattern BETWEEN_PAIR = Pattern.compile("(?i)[\\s,;:/]*(?:and\\s+|account\\s*(?:no\\.?|number)?\\s*:?\\s*|acc\\s*:?\\s*)?[\\s,;:/]*");

    /** Sort codes and account numbers: needs the words, or the two written as a pair ("20-00-00 12345678"). */
    static void bankDetails(String text, int from, int to, List<PersonalDataSpan> found) {
        Matcher s = Rule.matcher(SORT_CODE, text, from, to);
        while (s.find()) {
            Matcher pair = ACCOUNT.matcher(text).region(s.end(), text.length());
            Matcher between = BETWEEN_PAIR.matcher(text).region(s.end(), text.length());
            boolean paired = between.lookingAt() && pair.region(between.end(), text.length()).lookingAt();
            boolean saysSortCode = Rule.near(text, s.start(), s.end(), SORT_WORDS, 35, 0);
            if ((saysSortCode && !Rule.referenceBefore(text, s.start())) || (paired && !s.group(2).isEmpty())) {
                found.add(span(PersonalDataType.SORT_CODE, s));
                if (paired) {
                    found.add(new PersonalDataSpan(PersonalDataType.ACCOUNT_NUMBER, pair.start(), pair.end()));
                }
            }
        }
        Matcher a = Rule.matcher(ACCOUNT, text, from, to);
        while (a.find()) {
            if (Rule.near(text, a.start(), a.end(), ACCOUNT_WORDS, 35, 0) && !Rule.referenceBefore(text, a.start())) {
                found.add(span(PersonalDataType.ACCOUNT_NUMBER, a));
            }
        }
    }

    private static final Pattern PASSPORT = Pattern.compile("(?<![\\d.,£-])(\\d{3} ?\\d{3} ?\\d{3})(?![\\d]|[.,]\\d)");
    private static final Pattern PASSPORT_WORDS = Pattern.compile("(?i)\\b(passport|pasbort)");

    static void passport(String text, int from, int to, List<PersonalDataSpan> found) {
        Matcher m = Rule.matcher(PASSPORT, text, from, to);
        while (m.find()) {
            if (Rule.near(text, m.start(), m.end(), PASSPORT_WORDS, 40, 15)) {
                found.add(span(PersonalDataType.PASSPORT_NUMBER, m));
            }
        }
    }

    private static final Pattern PHONE = Pattern.compile(
            "(?<![\\w+£.,/-])(?:\\+44\\s?(?:\\(0\\)\\s?)?|0044\\s?|\\(?0)(?:\\d\\)?[\\s-]?){8,9}\\d(?![\\d/]|[.,]\\d)");

    static void phone(String text, int from, int to, List<PersonalDataSpan> found) {
        Matcher m = Rule.matcher(PHONE, text, from, to);
        while (m.find()) {
            String digits = digitsOf(m.group());
            String national = m.group().startsWith("+44") || m.group().startsWith("0044")
                    ? "0" + digits.substring(digits.startsWith("0044") ? 4 : 2).replaceFirst("^0", "")
                    : digits;
            char area = national.length() > 1 ? national.charAt(1) : 'x';
            boolean validLength = national.length() == 11 || (area == '1' && national.length() == 10);
            if ("1237".indexOf(area) >= 0 && validLength && !Rule.referenceBefore(text, m.start())) {
                found.add(span(PersonalDataType.PHONE_NUMBER, m));
            }
        }
    }

    private static final Pattern POSTCODE = Pattern.compile(
            "(?<![A-Za-z0-9])([A-Za-z]{1,2}\\d[A-Za-z\\d]?)[ ]?(\\d[ABD-HJLNP-UW-Zabd-hjlnp-uw-z]{2})(?![A-Za-z0-9])");
    private static final Pattern OUTWARD = Pattern.compile("[A-Z]\\d{1,2}|[A-Z][A-HJ-Y]\\d{1,2}|[A-Z]\\d[A-Z]|[A-Z][A-HJ-Y]\\d[A-Z]");

    /** Full postcodes only. A district on its own ("LS6") is not personal data and is needed to find jobs. */
    static void postcode(String text, int from, int to, List<PersonalDataSpan> found) {
        Matcher m = Rule.matcher(POSTCODE, text, from, to);
        while (m.find()) {
            String inward = m.group(2);
            boolean ordinal = inward.matches("\\d(st|nd|rd|th)");
            boolean allLower = m.group().equals(m.group().toLowerCase(Locale.ROOT));
            if (OUTWARD.matcher(m.group(1).toUpperCase(Locale.ROOT)).matches() && !(ordinal && allLower)) {
                found.add(span(PersonalDataType.POSTCODE, m));
            }
        }
    }

    static PersonalDataSpan span(PersonalDataType type, Matcher m) {
        return new PersonalDataSpan(type, m.start(), m.end());
    }

    private static void add(Matcher m, PersonalDataType type, List<PersonalDataSpan> found) {
        while (m.find()) {
            found.add(span(type, m));
        }
    }
}
