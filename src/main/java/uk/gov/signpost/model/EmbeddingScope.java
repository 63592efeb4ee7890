package uk.gov.signpost.model;

import java.util.HashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Shares sentence vectors within one piece of work on one thread, such as a turn. Several parts of a turn read
 * the same message in the embedding space (the crisis classifier and its similarity signal, the injection
 * classifier, the offline intent classifier); inside a scope the message is embedded once and the others reuse
 * the vector. Nothing is kept once the scope closes, so no vector outlives the turn that needed it.
 *
 * <pre>{@code
 * try (EmbeddingScope scope = EmbeddingScope.open()) {
 *     ... run the turn ...
 * }
 * }</pre>
 */
public final class EmbeddingScope implements AutoCloseable {

    private static final ThreadLocal<EmbeddingScope> CURRENT = new ThreadLocal<>();

    private final @Nullable Map<String, float[]> vectors;

    private EmbeddingScope(@Nullable Map<String, float[]> vectors) {
        this.vectors = vectors;
    }

    /** Opens a scope on this thread; inside a scope already open, the outer one goes on being used. */
    public static EmbeddingScope open() {
        if (CURRENT.get() != null) {
            return new EmbeddingScope(null);
        }
        EmbeddingScope scope = new EmbeddingScope(new HashMap<>());
        CURRENT.set(scope);
        return scope;
    }

    /** The vectors of the scope open on this thread, keyed as the embedder chooses; none outside a scope. */
    public static @Nullable Map<String, float[]> current() {
        EmbeddingScope scope = CURRENT.get();
        return scope == null ? null : scope.vectors;
    }

    @Override
    public void close() {
        if (vectors != null) {
            vectors.clear();
            CURRENT.remove();
        }
    }
}
