package uk.gov.signpost.employment.internal.calculators;

import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.support.DefaultMessageSourceResolvable;

/**
 * Reads what a person typed into a calculator form, the way GOV.UK forms do: spaces are ignored, and so are a
 * leading £ and commas in amounts. Each problem is kept against the id of the input the error summary should link
 * to, as a message key in the calculators bundle ({@code <key>.missing} or {@code <key>.invalid}), in the order the
 * fields are read. The rules the calculators apply (ranges, dates with rates) are theirs, not checked here.
 */
final class FormReader {

    private final Map<String, MessageSourceResolvable> problems = new LinkedHashMap<>();

    boolean hasProblems() {
        return !problems.isEmpty();
    }

    Map<String, MessageSourceResolvable> problems() {
        return Collections.unmodifiableMap(problems);
    }

    /** A date from the three boxes of a GOV.UK date input. Problems are kept against the day box. */
    @Nullable
    LocalDate date(String id, @Nullable String day, @Nullable String month, @Nullable String year, String key) {
        String dayId = id + "-day";
        if (blank(day) && blank(month) && blank(year)) {
            return missing(dayId, key);
        }
        Integer d = integer(day);
        Integer m = integer(month);
        Integer y = integer(year);
        if (d == null || m == null || y == null || y < 1000 || y > 9999) {
            return invalid(dayId, key);
        }
        try {
            return LocalDate.of(y, m, d);
        } catch (DateTimeException e) {
            return invalid(dayId, key);
        }
    }

    @Nullable
    Integer wholeNumber(String id, @Nullable String text, String key) {
        if (blank(text)) {
            return missing(id, key);
        }
        Integer value = integer(text);
        return value == null ? invalid(id, key) : value;
    }

    /** A whole number that may be left out. */
    @Nullable
    Integer optionalWholeNumber(String id, @Nullable String text, String key) {
        return blank(text) ? null : wholeNumber(id, text, key);
    }

    @Nullable
    BigDecimal number(String id, @Nullable String text, String key) {
        if (blank(text)) {
            return missing(id, key);
        }
        BigDecimal value = decimal(tidy(text).replace(",", ""));
        return value == null ? invalid(id, key) : value;
    }

    /** An amount in pounds, with or without a £ sign and commas. */
    @Nullable
    BigDecimal amount(String id, @Nullable String text, String key) {
        if (blank(text)) {
            return missing(id, key);
        }
        String tidy = tidy(text).replace(",", "");
        BigDecimal value = decimal(tidy.startsWith("£") ? tidy.substring(1) : tidy);
        return value == null ? invalid(id, key) : value;
    }

    /** One of a set of radio options, by its value. */
    <T> @Nullable T choice(String id, @Nullable String value, Map<String, T> options, String key) {
        if (blank(value)) {
            return missing(id, key);
        }
        T option = options.get(value);
        return option == null ? missing(id, key) : option;
    }

    /** A problem the form cannot see, such as one a calculator's rules found, in words it already has. */
    void add(String id, String message) {
        problems.putIfAbsent(id, new DefaultMessageSourceResolvable(new String[0], message));
    }

    private <T> @Nullable T missing(String id, String key) {
        problems.putIfAbsent(id, new DefaultMessageSourceResolvable(key + ".missing"));
        return null;
    }

    private <T> @Nullable T invalid(String id, String key) {
        problems.putIfAbsent(id, new DefaultMessageSourceResolvable(key + ".invalid"));
        return null;
    }

    /** Adds a field the person filled in to {@code fields}, to carry it through a form unchanged. */
    static void keep(Map<String, String> fields, String name, @Nullable String value) {
        if (value != null) {
            fields.put(name, value);
        }
    }

    /** Radio options in the order the page shows them, by the value each sends. */
    @SafeVarargs
    static <T> Map<String, T> inOrder(Map.Entry<String, T>... options) {
        Map<String, T> inOrder = new LinkedHashMap<>();
        for (Map.Entry<String, T> option : options) {
            inOrder.put(option.getKey(), option.getValue());
        }
        return Collections.unmodifiableMap(inOrder);
    }

    private static boolean blank(@Nullable String text) {
        return text == null || text.isBlank();
    }

    private static String tidy(String text) {
        return text.replaceAll("\\s", "");
    }

    private static @Nullable Integer integer(@Nullable String text) {
        if (text == null || !tidy(text).matches("\\d{1,9}")) {
            return null;
        }
        return Integer.valueOf(tidy(text));
    }

    private static @Nullable BigDecimal decimal(String text) {
        return text.matches("-?\\d{1,12}(\\.\\d{1,12})?|-?\\.\\d{1,12}") ? new BigDecimal(text) : null;
    }
}
