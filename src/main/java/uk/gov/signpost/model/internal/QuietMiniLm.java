package uk.gov.signpost.model.internal;

import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import dev.langchain4j.model.embedding.onnx.AbstractInProcessEmbeddingModel;
import dev.langchain4j.model.embedding.onnx.OnnxBertBiEncoder;
import dev.langchain4j.model.embedding.onnx.PoolingMode;
import dev.langchain4j.model.embedding.onnx.allminilml6v2q.AllMiniLmL6V2QuantizedEmbeddingModel;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * The same quantised all-MiniLM-L6-v2 model and tokenizer as LangChain4j's
 * {@link AllMiniLmL6V2QuantizedEmbeddingModel} (read from its jar), run by an ONNX session that works only on the
 * calling thread.
 *
 * <p>LangChain4j's own session uses ONNX Runtime's defaults: a pool of worker threads, one per core, that keep
 * spinning on the CPU for a while after each inference in case more work comes. On a two-core machine that spinning
 * took the cores from the rest of the turn: the code that ran just after an embedding (the job search, storing the
 * reply) took two to three times as long as the same code elsewhere. Each message is a few dozen tokens, so one
 * thread embeds it in about a millisecond, and many requests at once run in parallel on their own threads anyway.
 */
final class QuietMiniLm extends AbstractInProcessEmbeddingModel {

    private static final String MODEL = "/all-minilm-l6-v2-q.onnx";
    private static final String TOKENIZER = "/all-minilm-l6-v2-q-tokenizer.json";

    private final OnnxBertBiEncoder encoder;

    QuietMiniLm() {
        super(Runnable::run);
        this.encoder = load();
    }

    @Override
    protected OnnxBertBiEncoder model() {
        return encoder;
    }

    @Override
    protected Integer knownDimension() {
        return 384;
    }

    private static OnnxBertBiEncoder load() {
        try (InputStream model = resource(MODEL); InputStream tokenizer = resource(TOKENIZER);
                OrtSession.SessionOptions options = new OrtSession.SessionOptions()) {
            options.setIntraOpNumThreads(1);
            options.setInterOpNumThreads(1);
            options.addConfigEntry("session.intra_op.allow_spinning", "0");
            options.addConfigEntry("session.inter_op.allow_spinning", "0");
            OrtEnvironment environment = OrtEnvironment.getEnvironment();
            OrtSession session = environment.createSession(model.readAllBytes(), options);
            return new OnnxBertBiEncoder(environment, session, tokenizer, PoolingMode.MEAN);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read the MiniLM model from its jar", e);
        } catch (OrtException e) {
            throw new IllegalStateException("Could not start the MiniLM model", e);
        }
    }

    private static InputStream resource(String name) {
        InputStream in = AllMiniLmL6V2QuantizedEmbeddingModel.class.getResourceAsStream(name);
        if (in == null) {
            throw new IllegalStateException("The MiniLM jar has no " + name);
        }
        return in;
    }
}
