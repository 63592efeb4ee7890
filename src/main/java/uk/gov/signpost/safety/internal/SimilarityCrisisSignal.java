package uk.gov.signpost.safety.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import uk.gov.signpost.model.TextEmbedder;

/**
 * The second crisis layer: how close a message is, in MiniLM sentence-embedding space, to example sentences that
 * show risk ({@code safety/crisis-exemplars.txt}) compared with look-alikes that do not. It flags when the nearest
 * crisis example is at least {@link #THRESHOLD} similar and closer than the nearest look-alike by {@link #MARGIN}.
 * Uses the application's one {@link TextEmbedder}; the examples are embedded on first use.
 */
final class SimilarityCrisisSignal {

    /**
     * The lowest threshold on a 0.05 grid with no false positives on the tuning sets (crisis.csv and
     * crisis-round2.csv), chosen before the held-out set was run.
     */
    static final double THRESHOLD = 0.55;
    static final double MARGIN = 0.05;

    record Example(boolean crisis, String sentence) {
        Example {
            if (sentence.isBlank()) {
                throw new IllegalArgumentException("An example needs a sentence");
            }
        }
    }

    record Similarity(double crisis, double benign) {
        boolean flagged() {
            return crisis >= THRESHOLD && crisis - benign >= MARGIN;
        }
    }

    private final TextEmbedder embedder;
    private final List<Example> examples;
    private volatile @Nullable List<float[]> vectors;

    SimilarityCrisisSignal(TextEmbedder embedder) {
        this(embedder, load());
    }

    SimilarityCrisisSignal(TextEmbedder embedder, List<Example> examples) {
        this.embedder = embedder;
        this.examples = List.copyOf(examples);
    }

    Similarity similarity(String text) {
        List<float[]> known = vectors();
        float[] message = embedder.embed(text);
        double crisis = 0;
        double benign = 0;
        for (int i = 0; i < examples.size(); i++) {
            double cos = TextEmbedder.cosine(message, known.get(i));
            if (examples.get(i).crisis()) {
                crisis = Math.max(crisis, cos);
            } else {
                benign = Math.max(benign, cos);
            }
        }
        return new Similarity(crisis, benign);
    }

    private List<float[]> vectors() {
        List<float[]> known = vectors;
        if (known == null) {
            synchronized (this) {
                known = vectors;
                if (known == null) {
                    known = examples.stream().map(e -> embedder.embed(e.sentence())).toList();
                    vectors = known;
                }
            }
        }
        return known;
    }

    static List<Example> load() {
        try (InputStream in = Objects.requireNonNull(
                SimilarityCrisisSignal.class.getResourceAsStream("/safety/crisis-exemplars.txt"), "crisis examples")) {
            List<Example> examples = new ArrayList<>();
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    String[] parts = line.split("\\|", 2);
                    examples.add(new Example(parts[0].strip().equals("crisis"), parts[1].strip()));
                }
            }
            return examples;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
