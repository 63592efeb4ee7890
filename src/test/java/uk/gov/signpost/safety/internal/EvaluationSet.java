package uk.gov.signpost.safety.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Reads the evaluation sets under {@code src/test/resources/safety}: delimited text whose last column is free text
 * (it may contain the delimiter), with {@code #} comment lines and a header.
 */
final class EvaluationSet {

    record Row(List<String> fields, String text) {
        Row {
            fields = List.copyOf(fields);
            if (text.isBlank()) {
                throw new IllegalArgumentException("An evaluation row needs text");
            }
        }

        String field(int i) {
            return fields.get(i);
        }
    }

    private EvaluationSet() {}

    static List<Row> read(String resource, int leadingFields) {
        return read(resource, leadingFields, ",");
    }

    static List<Row> read(String resource, int leadingFields, String separator) {
        try (InputStream in = Objects.requireNonNull(EvaluationSet.class.getResourceAsStream(resource), resource)) {
            List<Row> rows = new ArrayList<>();
            boolean header = true;
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                if (header) {
                    header = false;
                    continue;
                }
                String[] parts = line.split(java.util.regex.Pattern.quote(separator), leadingFields + 1);
                rows.add(new Row(List.of(parts).subList(0, leadingFields), unquote(parts[leadingFields].strip())));
            }
            return rows;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A text written in double quotes (because it holds the separator) is read without them. */
    private static String unquote(String text) {
        return text.length() > 1 && text.startsWith("\"") && text.endsWith("\"")
                ? text.substring(1, text.length() - 1).replace("\"\"", "\"") : text;
    }

    static String percent(long part, long whole) {
        return String.format(java.util.Locale.ROOT, "%.1f%% (%d/%d)", 100.0 * part / whole, part, whole);
    }
}
