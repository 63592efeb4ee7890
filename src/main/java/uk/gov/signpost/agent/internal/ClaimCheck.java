package uk.gov.signpost.agent.internal;

import java.util.Collection;
import java.util.HashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An answer may state a sum of money or an entitlement only if a tool said so in this turn: the model must not
 * decide eligibility or quote a figure from memory.
 * <ul>
 *   <li>Every money amount ({@code £84}, {@code £1,234.50}, {@code 12.21 pounds}) must appear, as the same number,
 *       in a tool result or a tool's words from this turn. {@code £84.00} matches {@code 84}.</li>
 *   <li>An eligibility statement ("you are eligible", "you're entitled to", "you qualify", "you can get Universal
 *       Credit", "you will receive £…") needs at least one domain tool result in this turn.</li>
 * </ul>
 *
 * <p>What it does <em>not</em> catch: amounts written in words ("eighty pounds"), percentages, dates and hours;
 * an amount that appears in a tool result but is attached to the wrong thing in the answer; eligibility
 * expressed indirectly ("that should be fine for you"); whether the tool that ran is the one that supports the
 * claim; claims in Welsh beyond "£" amounts.
 */
final class ClaimCheck {

    private static final Pattern MONEY = Pattern.compile(
            "£\\s?(\\d{1,3}(?:,\\d{3})+|\\d+)(?:\\.(\\d{1,2}))?|\\b(\\d{1,3}(?:,\\d{3})+|\\d+)(?:\\.(\\d{1,2}))?\\s?pounds?\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern NUMBER = Pattern.compile("(\\d{1,3}(?:,\\d{3})+|\\d+)(?:\\.(\\d{1,2}))?");
    private static final Pattern ELIGIBILITY = Pattern.compile(
            "\\byou(?:'re| are| will be| would be| should be)? ?(?:eligible|entitled)\\b|\\byou (?:qualify|do qualify)\\b"
                    + "|\\byou (?:can|could|will|would|should) (?:get|claim|receive|be paid)\\b(?=[^.!?\\n]{0,40}"
                    + "(?:£|\\bbenefit|\\bcredit\\b|\\ballowance\\b|\\bpayment|\\bgrant\\b|\\bpension\\b|\\bpip\\b"
                    + "|\\bjsa\\b|\\besa\\b|\\bredundancy pay\\b|\\bsupport payment))",
            Pattern.CASE_INSENSITIVE);

    private ClaimCheck() {}

    /** The code of the first claim not backed by {@code evidence} (tool results and tool words), if any. */
    static Optional<String> unsupported(String answer, Collection<String> evidence) {
        Set<String> known = new HashSet<>();
        for (String text : evidence) {
            Matcher n = NUMBER.matcher(text);
            while (n.find()) {
                known.add(canonical(n.group(1), n.group(2)));
            }
        }
        Matcher money = MONEY.matcher(answer);
        while (money.find()) {
            String amount = money.group(1) != null ? canonical(money.group(1), money.group(2))
                    : canonical(money.group(3), money.group(4));
            if (!known.contains(amount)) {
                return Optional.of("unsupported_amount");
            }
        }
        if (evidence.isEmpty() && ELIGIBILITY.matcher(answer.replace('’', '\'')).find()) {
            return Optional.of("unsupported_eligibility");
        }
        return Optional.empty();
    }

    private static String canonical(String whole, String pence) {
        String pounds = whole.replace(",", "").replaceFirst("^0+(?=\\d)", "");
        if (pence == null || pence.chars().allMatch(c -> c == '0')) {
            return pounds;
        }
        return pounds + "." + (pence.length() == 1 ? pence + "0" : pence).toLowerCase(Locale.ROOT);
    }
}
