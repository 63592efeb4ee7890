package uk.gov.signpost.model;

import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * Time spent inside a model adapter (waiting for Claude or another provider, or offline mode deciding), kept
 * apart from what Signpost does around the call (pseudonymising the prompt, the circuit breaker, the pilot's
 * switch), so that a turn's trace can say how much of the turn was the agent's own work.
 *
 * <p>The caller opens a {@link Scope} around a model call; each adapter wraps its work in {@link #measure}. Scopes
 * belong to one thread; a call made with no scope open is timed by nobody.
 */
public final class ProviderTime {

    private static final ThreadLocal<@Nullable Scope> OPEN = new ThreadLocal<>();

    private ProviderTime() {}

    /** Starts adding up adapter time on this thread until the scope is closed. */
    public static Scope open() {
        Scope scope = new Scope(OPEN.get());
        OPEN.set(scope);
        return scope;
    }

    /** Runs an adapter's work, adding its time to the scope open on this thread, if any. */
    public static <T> T measure(Supplier<T> work) {
        Scope scope = OPEN.get();
        long start = System.nanoTime();
        try {
            return work.get();
        } finally {
            if (scope != null) {
                scope.nanos += System.nanoTime() - start;
                scope.measured = true;
            }
        }
    }

    /** Adapter time for the calls made while it was open. */
    public static final class Scope implements AutoCloseable {

        private final @Nullable Scope outer;
        private long nanos;
        private boolean measured;

        private Scope(@Nullable Scope outer) {
            this.outer = outer;
        }

        /**
         * The adapter time, or {@code otherwise} when no adapter measured itself (a model that does not use
         * {@link ProviderTime}, such as a test double): then the whole call counts as the model's.
         */
        public long nanosOr(long otherwise) {
            return measured ? nanos : otherwise;
        }

        @Override
        public void close() {
            if (outer == null) {
                OPEN.remove();
            } else {
                OPEN.set(outer);
            }
        }
    }
}
