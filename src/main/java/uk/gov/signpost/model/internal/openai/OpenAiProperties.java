package uk.gov.signpost.model.internal.openai;

import java.time.Duration;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How to reach an OpenAI-compatible model. Used only when {@code signpost.model.provider=openai}.
 *
 * @param apiKey the key, sent as a bearer token; empty for a server that needs none, and then no
 *     {@code Authorization} header is sent ({@code OPENAI_API_KEY})
 * @param baseUrl the API's base URL including {@code /v1}, such as {@code https://api.openai.com/v1} or
 *     {@code http://localhost:8000/v1} ({@code OPENAI_BASE_URL})
 * @param model the model name, also the key of the price table ({@code SIGNPOST_OPENAI_MODEL})
 * @param timeout the most one attempt may take, streaming included
 * @param maxRetries how many times the client tries again after a retriable failure (429, 5xx, a timeout),
 *     before the call fails over to offline mode
 */
@ConfigurationProperties("signpost.model.openai")
record OpenAiProperties(@Nullable String apiKey, String baseUrl, String model, Duration timeout, int maxRetries) {

    OpenAiProperties {
        apiKey = apiKey == null ? "" : apiKey.strip();
        Objects.requireNonNull(baseUrl, "signpost.model.openai.base-url");
        Objects.requireNonNull(model, "signpost.model.openai.model");
        Objects.requireNonNull(timeout, "signpost.model.openai.timeout");
        if (timeout.isNegative() || timeout.isZero()) {
            throw new IllegalArgumentException("signpost.model.openai.timeout must be positive");
        }
        if (maxRetries < 0) {
            throw new IllegalArgumentException("signpost.model.openai.max-retries cannot be negative");
        }
    }
}
