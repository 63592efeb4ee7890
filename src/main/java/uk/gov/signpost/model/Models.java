package uk.gov.signpost.model;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import uk.gov.signpost.model.internal.FailoverModel;

/**
 * Chooses the model for a turn. With {@code signpost.model.provider=offline} it is offline mode. With a remote
 * provider it is that provider behind a circuit breaker, falling back to offline mode within the same call when
 * the provider fails or the circuit is open.
 */
@Service
public class Models {

    private final LanguageModel offline;
    private final LanguageModel forTurns;

    Models(List<LanguageModel> adapters, ModelProperties properties) {
        Map<String, LanguageModel> byProvider = adapters.stream()
                .collect(Collectors.toMap(LanguageModel::provider, Function.identity(), (a, b) -> {
                    throw new IllegalStateException("Two adapters for provider " + a.provider());
                }));
        this.offline = require(byProvider, "offline");
        String provider = properties.provider();
        this.forTurns = provider.equals("offline")
                ? offline
                : new FailoverModel(require(byProvider, provider), offline, properties.failover());
    }

    /** The model that answers turns, with offline fallback if it is remote. */
    public LanguageModel forTurns() {
        return forTurns;
    }

    /**
     * The model that answers turns, with each call to the remote model (never to offline mode) made through
     * {@code remoteCall}. The circuit breaker is the same one {@link #forTurns()} uses.
     */
    public LanguageModel forTurns(RemoteCall remoteCall) {
        return forTurns instanceof FailoverModel failover ? failover.through(remoteCall) : forTurns;
    }

    /** Offline mode on its own. */
    public LanguageModel offline() {
        return offline;
    }

    /** Whether a response came from the fallback rather than the configured model. */
    public boolean isFallback(ModelResponse response) {
        return forTurns != offline && response.model().equals(offline.name());
    }

    private static LanguageModel require(Map<String, LanguageModel> byProvider, String provider) {
        LanguageModel model = byProvider.get(provider);
        if (model == null) {
            throw new IllegalStateException("No model adapter for SIGNPOST_MODEL_PROVIDER=" + provider
                    + "; available: " + byProvider.keySet());
        }
        return model;
    }
}
