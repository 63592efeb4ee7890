package uk.gov.signpost.memory.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;
import uk.gov.signpost.memory.Sensitivity;

/**
 * A kind of fact Signpost may remember, and how it maps to the facts flows use.
 *
 * @param name the category's stable name
 * @param sensitivity special-category facts need explicit consent
 * @param readsFrom the dialogue fact names it is kept from, first found wins
 * @param writesTo the dialogue fact name it fills when recalled
 * @param type {@code text}, {@code postcode_district}, {@code number}, {@code yes_no}, {@code nation} or
 *     {@code list}
 * @param notice how "I'll remember that …" ends; {@code %s} is the value (for yes or no: two phrases split by
 *     {@code |})
 * @param words words a person may use when asking to forget it ("forget that I told you about my back")
 */
record FactCategory(String name, Sensitivity sensitivity, List<String> readsFrom, String writesTo, String type,
        String notice, List<String> words, BigDecimal min, BigDecimal max) {

    private static final Pattern FULL_POSTCODE = Pattern.compile(
            "\\b([A-Za-z]{1,2}[0-9][0-9A-Za-z]?)\\s*[0-9][A-Za-z]{2}\\b");
    private static final Pattern DISTRICT = Pattern.compile("^[A-Z]{1,2}[0-9][0-9A-Z]?$");
    private static final List<String> NATIONS = List.of("england", "wales", "scotland", "northern-ireland");
    private static final java.util.Map<String, String> WELSH_NATIONS = java.util.Map.of("cymru", "wales",
            "lloegr", "england", "yr alban", "scotland", "gogledd iwerddon", "northern-ireland");

    FactCategory {
        Objects.requireNonNull(name, "name");
        readsFrom = List.copyOf(readsFrom);
        words = List.copyOf(words);
    }

    boolean special() {
        return sensitivity == Sensitivity.SPECIAL_CATEGORY;
    }

    /** The sentence ending for "I'll remember that …". */
    String noticeFor(Object value) {
        if (type.equals("yes_no")) {
            String[] phrases = notice.split("\\|");
            return Boolean.TRUE.equals(value) ? phrases[0] : phrases[1];
        }
        return notice.formatted(display(value));
    }

    /** The category without its value ("whether you have a health condition or disability"), for the consent log. */
    String neutral() {
        return type.equals("yes_no") ? "whether " + notice.split("\\|")[0] : name.replace('_', ' ');
    }

    /** Whether a dialogue value is worth keeping: not blank, and of this category's type. */
    Optional<Object> accept(Object value) {
        if (value instanceof String text && text.isBlank()) {
            return Optional.empty();
        }
        if (value instanceof Collection<?> list && list.isEmpty()) {
            return Optional.empty();
        }
        return parse(value);
    }

    /** Reads a value given by the person (a correction) or by a flow into this category's type. */
    Optional<Object> parse(Object value) {
        String text = String.valueOf(value).strip();
        switch (type) {
            case "text":
                // A full postcode is more than Signpost needs to keep: only its district is remembered.
                String shorter = FULL_POSTCODE.matcher(text).replaceAll(m -> m.group(1).toUpperCase(Locale.ROOT));
                return shorter.isEmpty() || shorter.length() > 200 ? Optional.empty() : Optional.of(shorter);
            case "postcode_district":
                String district = text.toUpperCase(Locale.ROOT).replace(" ", "");
                return DISTRICT.matcher(district).matches() ? Optional.of(district) : Optional.empty();
            case "number":
                try {
                    BigDecimal number = new BigDecimal(text);
                    if (number.compareTo(min) < 0 || number.compareTo(max) > 0) {
                        return Optional.empty();
                    }
                    number = number.stripTrailingZeros();
                    return Optional.of(number.scale() <= 0 ? (Object) number.intValueExact() : number);
                } catch (NumberFormatException | ArithmeticException e) {
                    return Optional.empty();
                }
            case "yes_no":
                if (value instanceof Boolean b) {
                    return Optional.of(b);
                }
                return switch (text.toLowerCase(Locale.ROOT)) {
                    case "yes", "true", "ie", "oes" -> Optional.of(Boolean.TRUE);
                    case "no", "false", "na", "nac oes" -> Optional.of(Boolean.FALSE);
                    default -> Optional.empty();
                };
            case "nation":
                String nation = WELSH_NATIONS.getOrDefault(text.toLowerCase(Locale.ROOT),
                        text.toLowerCase(Locale.ROOT).replace(' ', '-'));
                return NATIONS.contains(nation) ? Optional.of(nation) : Optional.empty();
            case "list":
                List<Object> items = new ArrayList<>();
                Collection<?> parts = value instanceof Collection<?> c ? c : List.of(text.split("\\s*,\\s*"));
                for (Object part : parts) {
                    String item = String.valueOf(part).strip();
                    if (!item.isEmpty()) {
                        items.add(part instanceof Number ? part : item.matches("\\d{1,2}") ? Integer.valueOf(item)
                                : item);
                    }
                }
                return items.isEmpty() || items.size() > 20 ? Optional.empty() : Optional.of(List.copyOf(items));
            default:
                throw new IllegalStateException("Unknown fact type " + type);
        }
    }

    /** The value as the person reads it. */
    static String display(Object value) {
        if (value instanceof Boolean b) {
            return b ? "Yes" : "No";
        }
        if (value instanceof BigDecimal number) {
            return number.stripTrailingZeros().toPlainString();
        }
        if (value instanceof Collection<?> list) {
            List<String> items = new ArrayList<>();
            list.forEach(item -> items.add(display(item)));
            return String.join(", ", items);
        }
        String text = String.valueOf(value);
        if (NATIONS.contains(text)) {
            return text.equals("northern-ireland") ? "Northern Ireland"
                    : Character.toUpperCase(text.charAt(0)) + text.substring(1);
        }
        return text.replace('_', ' ');
    }
}
