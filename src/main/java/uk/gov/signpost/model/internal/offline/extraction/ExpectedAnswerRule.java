package uk.gov.signpost.model.internal.offline.extraction;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * A short answer to the question just asked, read by what the slot is about: "34" to an age question
 * ({@code over_state_pension_age}), "10" to an hours question ({@code how_many_paid_hours_work}), "3 and 6" to
 * {@code age_of_children}, "2" to a question about children, "2000" or "none" to a savings question, "450" to a
 * pay question. It reads only numbers no other rule claimed, and only in a short answer with a single number
 * (or a list of ages), so "34" in a long message is never guessed at.
 */
final class ExpectedAnswerRule {

    private static final Pattern NUMBER = Pattern.compile("(?<![\\d.])\\d+(?:\\.\\d+)?(?![\\d.]*\\d)");
    private static final Pattern NOTHING = Pattern.compile("^\\W*(?:none|nothing|nil|zero|0|no savings|no)\\W*$");
    private static final int SHORT = 8;

    private ExpectedAnswerRule() {}

    static void read(Message message, Map<String, Object> found, @Nullable String expecting) {
        if (expecting == null || message.normalised().split("\\s+").length > SHORT) {
            return;
        }
        Set<String> about = Set.of(expecting.toLowerCase(Locale.ROOT).split("[_\\s-]+"));
        List<BigDecimal> numbers = numbers(message);
        BigDecimal only = numbers.size() == 1 ? numbers.get(0) : null;
        boolean children = about.contains("children") || about.contains("child") || about.contains("kids");
        if (children && (about.contains("age") || about.contains("ages"))) {
            List<Integer> ages = new ArrayList<>();
            numbers.stream().filter(n -> n.scale() <= 0 && n.intValue() <= 19).forEach(n -> ages.add(n.intValue()));
            if (!ages.isEmpty() && !found.containsKey("children_ages")) {
                found.put("children_ages", List.copyOf(ages));
                found.putIfAbsent("children_count", ages.size());
            }
        } else if (children) {
            if (only != null && only.scale() <= 0 && only.intValue() <= 12) {
                found.putIfAbsent("children_count", only.intValue());
            }
        } else if (about.contains("age")) {
            if (only != null && only.scale() <= 0 && only.intValue() >= 16 && only.intValue() <= 120) {
                found.putIfAbsent("age", only.intValue());
            }
        } else if (about.contains("hours")) {
            if (only != null && only.signum() > 0 && only.compareTo(BigDecimal.valueOf(100)) <= 0
                    && !found.containsKey("hours_per_week")) {
                found.put("hours_per_week", only);
                found.put("working", true);
            }
        } else if (about.contains("savings") || about.contains("assets") || about.contains("capital")) {
            money(message, found, "savings_amount", only);
        } else if (about.contains("pay") || about.contains("wage") || about.contains("earn")
                || about.contains("salary") || about.contains("earnings")) {
            money(message, found, "pay_amount", only);
        }
    }

    private static void money(Message message, Map<String, Object> found, String entity, @Nullable BigDecimal only) {
        if (found.containsKey(entity)) {
            return;
        }
        if (only != null) {
            found.put(entity, only);
        } else if (entity.equals("savings_amount") && NOTHING.matcher(message.normalised()).matches()) {
            found.put(entity, BigDecimal.ZERO);
        }
    }

    private static List<BigDecimal> numbers(Message message) {
        List<BigDecimal> numbers = new ArrayList<>();
        Matcher m = message.matcher(NUMBER);
        while (m.find()) {
            numbers.add(Message.number(m.group()));
        }
        return numbers;
    }
}
