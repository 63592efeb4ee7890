package uk.gov.signpost.model.internal;

import dev.langchain4j.model.embedding.EmbeddingModel;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.springframework.stereotype.Component;
import uk.gov.signpost.model.EmbeddingScope;
import uk.gov.signpost.model.TextEmbedder;

/**
 * The quantised all-MiniLM-L6-v2 sentence-embedding model, run in process through ONNX. The weights ship inside
 * the LangChain4j jar, so it works with no network. Vectors are normalised to unit length.
 *
 * <p>Embedding costs a few milliseconds, and one message is read by several parts of a turn, each in its own
 * normal form. Inside an {@link EmbeddingScope} (the turn loop opens one per turn) a text is embedded once and its
 * vector reused. The key is the text as the model's own tokenizer sees it (lower case, accents and repeated spaces
 * removed: texts that differ only in those give the same vector, {@code MiniLmEmbedderTest} checks), hashed, so
 * the scope holds no words either.
 */
@Component
class MiniLmEmbedder implements TextEmbedder {

    private static final Pattern MARKS = Pattern.compile("\\p{Mn}+");
    private static final Pattern SPACES = Pattern.compile("\\s+");

    private final EmbeddingModel model;

    MiniLmEmbedder() {
        this(new QuietMiniLm());
    }

    MiniLmEmbedder(EmbeddingModel model) {
        this.model = model;
    }

    @Override
    public float[] embed(String text) {
        Map<String, float[]> shared = EmbeddingScope.current();
        if (shared == null) {
            return unit(model.embed(text).content().vector());
        }
        float[] known = shared.computeIfAbsent(key(text), k -> unit(model.embed(text).content().vector()));
        return known.clone();
    }

    /** The text as the tokenizer normalises it, hashed. */
    static String key(String text) {
        String plain = MARKS.matcher(Normalizer.normalize(text, Normalizer.Form.NFD)).replaceAll("");
        plain = SPACES.matcher(plain.toLowerCase(Locale.ROOT)).replaceAll(" ").strip();
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(plain.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    private static float[] unit(float[] vector) {
        double norm = 0;
        for (float v : vector) {
            norm += v * v;
        }
        float scale = norm == 0 ? 0f : (float) (1 / Math.sqrt(norm));
        for (int i = 0; i < vector.length; i++) {
            vector[i] *= scale;
        }
        return vector;
    }
}
