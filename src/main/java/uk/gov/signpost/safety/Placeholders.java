package uk.gov.signpost.safety;

import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The mapping between typed placeholders ({@code ⟨POSTCODE_1⟩}, {@code ⟨NINO_2⟩}) and the real values they stand
 * for. Placeholders are numbered per type from 1; the same value always gets the same placeholder, also when it is
 * written differently ({@code LS6 1AA} and {@code ls61aa}), so one mapping can be kept for a whole conversation.
 * It holds personal data: keep it in memory for the turn (or wherever the conversation's own data lives), and never
 * log it. Safe for concurrent use.
 *
 * <p>Does not catch: a model that rewrites a placeholder (drops the brackets, translates the label, renumbers it)
 * gets no value back for it; {@link #restore} leaves unknown placeholders as they are.
 */
public final class Placeholders {

    /** Matches any placeholder this class makes. */
    public static final Pattern PLACEHOLDER = Pattern.compile("⟨([A-Z_]+)_(\\d+)⟩");

    private final Map<String, String> placeholderByKey = new HashMap<>();
    private final Map<String, String> valueByPlaceholder = new LinkedHashMap<>();
    private final Map<PersonalDataType, Integer> counts = new EnumMap<>(PersonalDataType.class);

    /** The placeholder for this value, making a new one if the value has not been seen. */
    public synchronized String placeholderFor(PersonalDataType type, String value) {
        Objects.requireNonNull(type, "type");
        if (value.isBlank()) {
            throw new IllegalArgumentException("A placeholder needs a value");
        }
        return placeholderByKey.computeIfAbsent(key(type, value), k -> {
            int n = counts.merge(type, 1, Integer::sum);
            String placeholder = "⟨" + type.label() + "_" + n + "⟩";
            valueByPlaceholder.put(placeholder, value);
            return placeholder;
        });
    }

    /** The real value behind a placeholder, if this mapping made it. */
    public synchronized Optional<String> valueOf(String placeholder) {
        return Optional.ofNullable(valueByPlaceholder.get(placeholder));
    }

    /** Puts the real values back in place of every placeholder this mapping made. */
    public synchronized String restore(String text) {
        Matcher m = PLACEHOLDER.matcher(text);
        StringBuilder out = new StringBuilder(text.length());
        while (m.find()) {
            String value = valueByPlaceholder.get(m.group());
            m.appendReplacement(out, Matcher.quoteReplacement(value == null ? m.group() : value));
        }
        m.appendTail(out);
        return out.toString();
    }

    public synchronized int size() {
        return valueByPlaceholder.size();
    }

    /** Two spellings of one value share a key: case, spaces and hyphens do not matter. */
    private static String key(PersonalDataType type, String value) {
        String canonical = value.toUpperCase(Locale.ROOT).replaceAll("[\\s\\-()]+", "");
        if (type == PersonalDataType.PHONE_NUMBER) {
            canonical = canonical.replaceFirst("^(\\+44|0044)(0)?", "0");
        }
        return type.name() + ":" + canonical;
    }
}
