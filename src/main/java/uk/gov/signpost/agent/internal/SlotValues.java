package uk.gov.signpost.agent.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import uk.gov.signpost.agent.FlowDefinition.Derivation;
import uk.gov.signpost.agent.FlowDefinition.Slot;

/**
 * Reads an answer into a slot's type, and derives slot values from facts. Pure functions, no state.
 *
 * <p>It reads option values and labels, yes and no in their common forms, and a label named inside a longer
 * answer ("I live in Wales"). It does not guess: an answer it cannot place is refused, and the slot is asked
 * again.
 */
final class SlotValues {

    private static final Set<String> YES = Set.of("yes", "y", "yeah", "yep", "yup", "true", "i do", "i am",
            "correct", "that's right", "sure", "ok", "okay", "ie", "do", "oes");
    private static final Set<String> NO = Set.of("no", "n", "nope", "nah", "false", "i don't", "i do not",
            "i'm not", "i am not", "not really", "none", "na", "nac ydw", "nac oes");
    private static final Pattern NUMBER = Pattern.compile("-?\\d+(?:[.,]\\d+)?");

    private SlotValues() {}

    /** The answer in the slot's type, or empty when it does not fit. */
    static Optional<Object> read(Slot slot, Object answer) {
        switch (slot.type()) {
            case "text":
                String text = String.valueOf(answer).strip();
                return text.isEmpty() ? Optional.empty() : Optional.of(text);
            case "number":
                if (answer instanceof Number number) {
                    return Optional.of(new BigDecimal(number.toString()));
                }
                Matcher m = NUMBER.matcher(String.valueOf(answer));
                return m.find() ? Optional.of(new BigDecimal(m.group().replace(",", ""))) : Optional.empty();
            case "choice":
                return choice(slot.options(), answer).map(v -> (Object) v);
            case "multi_choice":
                return multiChoice(slot.options(), answer).map(v -> (Object) v);
            default:
                return Optional.empty();
        }
    }

    private static Optional<String> choice(Map<String, String> options, Object answer) {
        if (answer instanceof Boolean yes) {
            return yesNo(options, yes);
        }
        String plain = normalise(String.valueOf(answer));
        for (Map.Entry<String, String> option : options.entrySet()) {
            if (plain.equals(normalise(option.getKey())) || plain.equals(normalise(option.getValue()))) {
                return Optional.of(option.getKey());
            }
        }
        if (YES.contains(plain) || plain.startsWith("yes ") || plain.startsWith("yes,")) {
            Optional<String> yes = yesNo(options, true);
            if (yes.isPresent()) {
                return yes;
            }
        }
        if (NO.contains(plain) || plain.startsWith("no ") || plain.startsWith("no,")) {
            Optional<String> no = yesNo(options, false);
            if (no.isPresent()) {
                return no;
            }
        }
        List<String> named = new ArrayList<>();
        for (Map.Entry<String, String> option : options.entrySet()) {
            String label = normalise(option.getValue());
            if (label.length() > 3 && (" " + plain + " ").contains(" " + label + " ")) {
                named.add(option.getKey());
            }
        }
        return named.size() == 1 ? Optional.of(named.get(0)) : Optional.empty();
    }

    private static Optional<String> yesNo(Map<String, String> options, boolean yes) {
        String key = yes ? "yes" : "no";
        return options.containsKey(key) ? Optional.of(key) : Optional.empty();
    }

    private static Optional<List<String>> multiChoice(Map<String, String> options, Object answer) {
        List<Object> parts = new ArrayList<>();
        if (answer instanceof Collection<?> list) {
            parts.addAll(list);
        } else {
            for (String part : String.valueOf(answer).split("\\s*(?:,|;|&|\\band\\b)\\s*")) {
                if (!part.isBlank()) {
                    parts.add(part);
                }
            }
        }
        Set<String> values = new LinkedHashSet<>();
        for (Object part : parts) {
            Optional<String> value = choice(options, part);
            if (value.isEmpty()) {
                return Optional.empty();
            }
            values.add(value.get());
        }
        return values.isEmpty() ? Optional.empty() : Optional.of(List.copyOf(values));
    }

    /** The slot's value derived from the facts, if any derivation applies. */
    static Optional<Object> derive(Slot slot, Map<String, Object> facts) {
        for (Derivation d : slot.derive()) {
            Object fact = facts.get(d.from());
            if (fact == null) {
                continue;
            }
            Optional<Object> value = apply(d, fact).flatMap(v -> read(slot, v));
            if (value.isPresent()) {
                return value;
            }
        }
        return Optional.empty();
    }

    private static Optional<Object> apply(Derivation d, Object fact) {
        switch (d.kind()) {
            case "copy":
                return Optional.of(fact);
            case "present":
                boolean present = !(fact instanceof Collection<?> c && c.isEmpty())
                        && !(fact instanceof Number n && n.doubleValue() == 0)
                        && !Boolean.FALSE.equals(fact);
                return present ? Optional.ofNullable(d.then()) : Optional.ofNullable(d.otherwise());
            case "threshold":
                Optional<BigDecimal> number = number(fact);
                if (number.isEmpty() || d.atLeast() == null) {
                    return Optional.empty();
                }
                return Optional.ofNullable(number.get().compareTo(d.atLeast()) >= 0 ? d.then() : d.otherwise());
            case "buckets":
                if (!(fact instanceof Collection<?> ages) || d.buckets() == null) {
                    return Optional.empty();
                }
                Set<String> chosen = new LinkedHashSet<>();
                for (Object age : ages) {
                    number(age).ifPresent(n -> d.buckets().forEach((value, range) -> {
                        if (range.size() == 2 && n.intValue() >= range.get(0) && n.intValue() <= range.get(1)) {
                            chosen.add(value);
                        }
                    }));
                }
                return chosen.isEmpty() ? Optional.empty() : Optional.of(List.copyOf(chosen));
            default:
                throw new IllegalStateException("Unknown derivation " + d.kind());
        }
    }

    private static Optional<BigDecimal> number(Object value) {
        if (value instanceof Number n) {
            return Optional.of(new BigDecimal(n.toString()));
        }
        Matcher m = NUMBER.matcher(String.valueOf(value));
        return m.find() ? Optional.of(new BigDecimal(m.group().replace(",", ""))) : Optional.empty();
    }

    private static String normalise(String text) {
        return text.toLowerCase(Locale.ROOT).replace('\u2019', '\'').replaceAll("[.!?£,]", "").strip()
                .replaceAll("\\s+", " ");
    }
}
