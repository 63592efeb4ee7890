package uk.gov.signpost.model;

/**
 * How one call reaches a remote (external) model, and only a remote one: the agent uses it to take personal data
 * out of what leaves the service and put it back in what comes in. Offline mode, including the fallback after a
 * remote model fails part way through a turn, never goes through it, so it always sees the real text.
 *
 * <p>An implementation calls {@code remote} once (or throws what it threw, so that failover still works).
 */
@FunctionalInterface
public interface RemoteCall {

    /** Passes the call through unchanged. */
    RemoteCall DIRECT = (remote, request, sink) -> remote.call(request, sink);

    ModelResponse call(LanguageModel remote, ModelRequest request, TokenSink sink);
}
