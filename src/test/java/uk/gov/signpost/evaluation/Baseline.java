package uk.gov.signpost.evaluation;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The recorded headline figures the CI gate compares each run with, and the tolerance: a metric may fall (or,
 * for the over-refusal rate, rise) by at most that much. Also compares any two runs.
 */
record Baseline(double tolerance, Map<String, @Nullable Double> metrics, String note) {

    static final Path FILE = Path.of("src/test/resources/eval/baseline.json");
    private static final JsonMapper JSON = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

    /** One metric in a comparison. */
    record Difference(String metric, @Nullable Double before, @Nullable Double after, boolean higherIsBetter,
            boolean regression) {

        @Nullable Double change() {
            return before == null || after == null ? null : after - before;
        }
    }

    static Baseline read(Path file) {
        try {
            JsonNode node = JSON.readTree(Files.readString(file));
            Map<String, @Nullable Double> metrics = new LinkedHashMap<>();
            node.get("metrics").properties().forEach(e -> metrics.put(e.getKey(),
                    e.getValue().isNull() ? null : e.getValue().asDouble()));
            return new Baseline(node.get("tolerance").asDouble(), metrics, node.path("note").asString(""));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Map<String, @Nullable Double> headlines(Metrics metrics) {
        Map<String, @Nullable Double> values = new LinkedHashMap<>();
        Metrics.HEADLINES.keySet().forEach(name -> values.put(name, metrics.headline(name)));
        return values;
    }

    /** Writes this run's headline figures as the new baseline, keeping the tolerance. */
    static void write(Path file, double tolerance, Metrics metrics, String note) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("about", "Headline figures of the offline evaluation suite, which the build must not fall below by"
                + " more than the tolerance. Update with ./mvnw verify -Deval.update-baseline=true (see"
                + " docs/evaluation.md).");
        body.put("note", note);
        body.put("tolerance", tolerance);
        Map<String, @Nullable Double> rounded = new LinkedHashMap<>();
        headlines(metrics).forEach((k, v) -> rounded.put(k, v == null ? null : Math.round(v * 10000) / 10000.0));
        body.put("metrics", rounded);
        try {
            Files.writeString(file, JSON.writeValueAsString(body) + "\n");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Compares a run with this baseline. */
    List<Difference> compare(Metrics run) {
        return compare(metrics, headlines(run), tolerance);
    }

    /** Compares two sets of headline figures; a regression is a move the wrong way by more than the tolerance. */
    static List<Difference> compare(Map<String, @Nullable Double> before, Map<String, @Nullable Double> after,
            double tolerance) {
        List<Difference> differences = new ArrayList<>();
        Metrics.HEADLINES.forEach((name, higherIsBetter) -> {
            Double b = before.get(name);
            Double a = after.get(name);
            boolean regression;
            if (b == null) {
                regression = false;
            } else if (a == null) {
                regression = true; // a measured figure has disappeared: the scenarios behind it stopped running
            } else {
                regression = higherIsBetter ? a < b - tolerance : a > b + tolerance;
            }
            differences.add(new Difference(name, b, a, higherIsBetter, regression));
        });
        return differences;
    }

    static String describe(List<Difference> differences) {
        StringBuilder text = new StringBuilder();
        for (Difference d : differences) {
            text.append(String.format(Locale.ROOT, "%-20s %8s -> %8s%s%n", d.metric(), percent(d.before()),
                    percent(d.after()), d.regression() ? "   REGRESSION" : ""));
        }
        return text.toString();
    }

    static String percent(@Nullable Double value) {
        return value == null ? "n/a" : String.format(Locale.ROOT, "%.1f%%", value * 100);
    }
}
