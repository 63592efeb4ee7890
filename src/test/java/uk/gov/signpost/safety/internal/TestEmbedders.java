package uk.gov.signpost.safety.internal;

import dev.langchain4j.model.embedding.onnx.allminilml6v2q.AllMiniLmL6V2QuantizedEmbeddingModel;
import uk.gov.signpost.model.TextEmbedder;

/** Embedders for tests: the real MiniLM model, loaded once per test run, and one that knows nothing. */
final class TestEmbedders {

    private TestEmbedders() {}

    private static final class Holder {
        static final AllMiniLmL6V2QuantizedEmbeddingModel MODEL = new AllMiniLmL6V2QuantizedEmbeddingModel();
    }

    private static final java.util.Map<String, float[]> CACHE = new java.util.concurrent.ConcurrentHashMap<>();

    /** The same model and normalisation as the application's MiniLmEmbedder, remembered per text for the run. */
    static final TextEmbedder MINILM = text -> CACHE.computeIfAbsent(text, TestEmbedders::embed);

    private static float[] embed(String text) {
        float[] vector = Holder.MODEL.embed(text).content().vector();
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

    /** Every text is the zero vector, so the similarity layer never flags anything. */
    static final TextEmbedder NOTHING = text -> new float[384];
}
