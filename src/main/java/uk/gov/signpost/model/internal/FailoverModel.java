package uk.gov.signpost.model.internal;

import io.github.resilience4j.circuitbreaker.CallNotPermittedException;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import uk.gov.signpost.model.LanguageModel;
import uk.gov.signpost.model.ModelException;
import uk.gov.signpost.model.ModelProperties;
import uk.gov.signpost.model.ModelRequest;
import uk.gov.signpost.model.ModelResponse;
import uk.gov.signpost.model.RemoteCall;
import uk.gov.signpost.model.TokenSink;

/**
 * A remote model with a way out. A Resilience4j circuit breaker counts its failures; when a call fails, or the
 * circuit is open, the same call goes to offline mode instead, so the person gets an answer rather than an
 * error. After the open period the breaker lets trial calls through, and recovery is automatic.
 */
public final class FailoverModel implements LanguageModel {

    private static final Logger log = LoggerFactory.getLogger(FailoverModel.class);

    private final LanguageModel remote;
    private final LanguageModel offline;
    private final CircuitBreaker breaker;
    private final RemoteCall remoteCall;

    public FailoverModel(LanguageModel remote, LanguageModel offline, ModelProperties.Failover settings) {
        this(remote, offline, CircuitBreaker.of(remote.name(), CircuitBreakerConfig.custom()
                .failureRateThreshold(settings.failureRateThreshold())
                .minimumNumberOfCalls(settings.minimumCalls())
                .slidingWindowSize(Math.max(settings.minimumCalls(), 10))
                .waitDurationInOpenState(settings.openFor())
                .permittedNumberOfCallsInHalfOpenState(1)
                .automaticTransitionFromOpenToHalfOpenEnabled(true)
                .recordExceptions(ModelException.class)
                .build()), RemoteCall.DIRECT);
    }

    private FailoverModel(LanguageModel remote, LanguageModel offline, CircuitBreaker breaker, RemoteCall remoteCall) {
        this.remote = remote;
        this.offline = offline;
        this.breaker = breaker;
        this.remoteCall = remoteCall;
    }

    /**
     * The same model and circuit breaker, with each remote call made through {@code call}; the offline fallback
     * gets the request as it was given.
     */
    public FailoverModel through(RemoteCall call) {
        return new FailoverModel(remote, offline, breaker, call);
    }

    @Override
    public String name() {
        return remote.name();
    }

    @Override
    public String provider() {
        return remote.provider();
    }

    @Override
    public ModelResponse call(ModelRequest request, TokenSink sink) {
        boolean[] streamed = {false};
        TokenSink watched = new TokenSink() {
            @Override
            public void accept(String text) {
                streamed[0] = true;
                sink.accept(text);
            }

            @Override
            public void discard() {
                sink.discard();
            }
        };
        try {
            return breaker.executeSupplier(() -> remoteCall.call(remote, request, watched));
        } catch (CallNotPermittedException open) {
            log.info("event=model_fallback model={} reason=circuit_open", remote.name());
        } catch (ModelException e) {
            log.warn("event=model_fallback model={} reason={}", remote.name(), e.getClass().getSimpleName());
        }
        if (streamed[0]) {
            sink.discard();
        }
        return offline.call(request, sink);
    }

    /** For operators and tests: CLOSED, OPEN or HALF_OPEN. */
    public String circuitState() {
        return breaker.getState().name();
    }
}
