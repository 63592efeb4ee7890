package uk.gov.signpost.model.internal;

import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.embedding.onnx.allminilml6v2q.AllMiniLmL6V2QuantizedEmbeddingModel;
import org.springframework.stereotype.Component;
import uk.gov.signpost.model.TextEmbedder;

/**
 * The quantised all-MiniLM-L6-v2 sentence-embedding model, run in process through ONNX. The weights ship inside
 * the LangChain4j jar, so it works with no network. Vectors are normalised to unit length.
 */
@Component
class MiniLmEmbedder implements TextEmbedder {

    private final EmbeddingModel model = new AllMiniLmL6V2QuantizedEmbeddingModel();

    @Override
    public float[] embed(String text) {
        float[] vector = model.embed(text).content().vector();
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
