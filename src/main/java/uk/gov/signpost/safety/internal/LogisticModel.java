package uk.gov.signpost.safety.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Objects;

/**
 * A logistic regression over sentence embeddings: {@code p = 1 / (1 + e^-(w·x + b))}. The weights are trained
 * offline by a documented command (see {@code docs/safety.md}) and committed as a text file, so the application
 * never trains at start-up and two builds give the same answers.
 *
 * <p>File format: {@code #} comment lines, then {@code bias <number>}, then {@code weights <n numbers>}.
 */
record LogisticModel(float[] weights, double bias) {

    LogisticModel {
        Objects.requireNonNull(weights, "weights");
        if (weights.length == 0 || !Double.isFinite(bias)) {
            throw new IllegalArgumentException("A model needs weights and a finite bias");
        }
    }

    double probability(float[] x) {
        if (x.length != weights.length) {
            throw new IllegalArgumentException("Expected " + weights.length + " features, got " + x.length);
        }
        double z = bias;
        for (int i = 0; i < x.length; i++) {
            z += weights[i] * x[i];
        }
        return 1 / (1 + Math.exp(-z));
    }

    static LogisticModel load(String resource) {
        try (InputStream in = Objects.requireNonNull(LogisticModel.class.getResourceAsStream(resource), resource)) {
            return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static LogisticModel parse(String text) {
        Double bias = null;
        float[] weights = null;
        for (String line : text.split("\n")) {
            String[] parts = line.strip().split("\\s+");
            if (parts[0].equals("bias")) {
                bias = Double.parseDouble(parts[1]);
            } else if (parts[0].equals("weights")) {
                weights = new float[parts.length - 1];
                for (int i = 1; i < parts.length; i++) {
                    weights[i - 1] = Float.parseFloat(parts[i]);
                }
            }
        }
        if (bias == null || weights == null) {
            throw new IllegalArgumentException("A model file needs a bias line and a weights line");
        }
        return new LogisticModel(weights, bias);
    }

    String format(String comment) {
        StringBuilder out = new StringBuilder();
        for (String line : comment.split("\n")) {
            out.append("# ").append(line).append('\n');
        }
        out.append(String.format(Locale.ROOT, "bias %.6f%n", bias)).append("weights");
        for (float w : weights) {
            out.append(String.format(Locale.ROOT, " %.6f", w));
        }
        return out.append('\n').toString();
    }
}
