package uk.gov.signpost.model.internal.remote;

import java.io.IOException;
import java.util.concurrent.TimeoutException;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import uk.gov.signpost.model.ModelException;
import uk.gov.signpost.model.NonRetriableModelException;
import uk.gov.signpost.model.RetriableModelException;

/**
 * Sorts what went wrong with a provider into the two kinds of {@link ModelException}.
 *
 * <ul>
 *   <li>Retriable: rate limited (429), overloaded (529), any server error (5xx), a request timeout (408), a
 *       conflict (409), a stream that broke off with an error event, a timeout, a dropped connection.
 *   <li>Not retriable: any other refusal (400 bad request, 401 bad key, 403 forbidden, 404 unknown model, 413,
 *       422), and failures we cannot explain (retrying the same request will fail the same way).
 * </ul>
 *
 * The exceptions say which model and which status, never what the person wrote.
 */
public final class ProviderFailures {

    private static final Logger log = LoggerFactory.getLogger(ProviderFailures.class);

    /** How to read one SDK's exceptions. */
    public interface Inspector {

        /** The HTTP status of a failure the provider answered with, or null if this one is not such a failure. */
        @Nullable Integer status(Throwable failure);

        /** Whether this failure means the provider could not be reached or did not answer in time. */
        boolean transport(Throwable failure);
    }

    private ProviderFailures() {}

    /** Looks through the causes (SDKs and Reactor wrap them) for the first one that explains the failure. */
    public static ModelException classify(String model, Throwable failure, Inspector inspector) {
        ModelException sorted = sort(model, failure, inspector);
        log.info("event=model_error model={} kind={} error={}", model,
                sorted instanceof RetriableModelException ? "retriable" : "non_retriable", sorted.getMessage());
        return sorted;
    }

    /** Whether a provider's HTTP status is worth trying again, or failing over. */
    public static boolean retriable(int status) {
        return status == 408 || status == 409 || status == 429 || status >= 500;
    }

    private static ModelException sort(String model, Throwable failure, Inspector inspector) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof ModelException already) {
                return already;
            }
            Integer status = inspector.status(cause);
            if (status != null) {
                if (status < 400) {
                    return new RetriableModelException(model + " broke off its answer with an error event", failure);
                }
                String message = model + " answered " + status;
                return retriable(status) ? new RetriableModelException(message, failure)
                        : new NonRetriableModelException(message, failure);
            }
            if (inspector.transport(cause) || cause instanceof IOException || cause instanceof TimeoutException) {
                return new RetriableModelException(model + " did not answer: " + cause.getClass().getSimpleName(),
                        failure);
            }
            if (cause.getCause() == cause) {
                break;
            }
        }
        return new NonRetriableModelException(model + " failed: " + failure.getClass().getSimpleName(), failure);
    }
}
