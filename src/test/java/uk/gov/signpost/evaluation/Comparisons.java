package uk.gov.signpost.evaluation;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/** Reads the headline figures of an earlier result.json, and names the commit a run was made from. */
final class Comparisons {

    private Comparisons() {}

    static Map<String, @Nullable Double> headlines(Path resultJson) {
        try {
            JsonNode overall = JsonReports.JSON.readTree(Files.readString(resultJson)).get("overall");
            Map<String, @Nullable Double> values = new LinkedHashMap<>();
            Metrics.HEADLINES.keySet().forEach(name -> {
                JsonNode value = overall.get(name);
                values.put(name, value == null || value.isNull() ? null : value.asDouble());
            });
            return values;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String commit() {
        try {
            Process git = new ProcessBuilder("git", "rev-parse", "--short", "HEAD").redirectErrorStream(true).start();
            String out = new String(git.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
            return git.waitFor() == 0 ? out : "unknown";
        } catch (IOException e) {
            return "unknown";
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "unknown";
        }
    }
}
