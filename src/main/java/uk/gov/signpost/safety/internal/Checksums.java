package uk.gov.signpost.safety.internal;

import java.util.Set;

/** The published checks that tell a real identifier from a number that only looks like one. */
final class Checksums {

    /** Prefixes HMRC never issues (HMRC National Insurance Manual NIM39110). */
    private static final Set<String> NINO_BANNED_PREFIXES = Set.of("BG", "GB", "KN", "NK", "NT", "TN", "ZZ");
    private static final String NINO_BANNED_LETTERS = "DFIQUV";

    private Checksums() {}

    /** A National Insurance number's letters: neither is D, F, I, Q, U or V; the second is not O; not BG, GB… */
    static boolean validNinoPrefix(String prefix) {
        if (prefix.length() != 2) {
            return false;
        }
        char first = prefix.charAt(0);
        char second = prefix.charAt(1);
        return NINO_BANNED_LETTERS.indexOf(first) < 0 && NINO_BANNED_LETTERS.indexOf(second) < 0 && second != 'O'
                && !NINO_BANNED_PREFIXES.contains(prefix);
    }

    /** NHS number: weights 10 down to 2 on the first nine digits; 11 minus the remainder (11 → 0, 10 → invalid). */
    static boolean validNhsNumber(String digits) {
        if (digits.length() != 10 || digits.chars().distinct().count() == 1) {
            return false;
        }
        int sum = 0;
        for (int i = 0; i < 9; i++) {
            sum += (digits.charAt(i) - '0') * (10 - i);
        }
        int check = 11 - (sum % 11);
        if (check == 11) {
            check = 0;
        }
        return check != 10 && check == digits.charAt(9) - '0';
    }

    /** Luhn (mod 10), as every payment card number carries. */
    static boolean luhn(String digits) {
        int sum = 0;
        boolean twice = false;
        for (int i = digits.length() - 1; i >= 0; i--) {
            int d = digits.charAt(i) - '0';
            if (twice) {
                d *= 2;
                if (d > 9) {
                    d -= 9;
                }
            }
            sum += d;
            twice = !twice;
        }
        return sum % 10 == 0;
    }

    static String digitsOf(String text) {
        StringBuilder digits = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= '0' && c <= '9') {
                digits.append(c);
            }
        }
        return digits.toString();
    }
}
