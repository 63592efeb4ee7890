package uk.gov.signpost.model.internal.anthropic;

import java.time.Duration;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How to reach Claude. Used only when {@code signpost.model.provider=anthropic}.
 *
 * @param apiKey the Anthropic API key, or a gateway's key ({@code ANTHROPIC_API_KEY})
 * @param baseUrl where the Messages API is, without {@code /v1}: Anthropic itself, or a gateway in front of
 *     Anthropic, Bedrock or Vertex that speaks the same protocol ({@code ANTHROPIC_BASE_URL})
 * @param model the model name, also the key of the price table ({@code SIGNPOST_ANTHROPIC_MODEL})
 * @param timeout the most one attempt may take, streaming included
 * @param maxRetries how many times the client tries again after a retriable failure (429, 5xx, 529, a timeout),
 *     before the call fails over to offline mode
 */
@ConfigurationProperties("signpost.model.anthropic")
record AnthropicProperties(@Nullable String apiKey, String baseUrl, String model, Duration timeout, int maxRetries) {

    AnthropicProperties {
        apiKey = apiKey == null ? "" : apiKey.strip();
        Objects.requireNonNull(baseUrl, "signpost.model.anthropic.base-url");
        Objects.requireNonNull(model, "signpost.model.anthropic.model");
        Objects.requireNonNull(timeout, "signpost.model.anthropic.timeout");
        if (timeout.isNegative() || timeout.isZero()) {
            throw new IllegalArgumentException("signpost.model.anthropic.timeout must be positive");
        }
        if (maxRetries < 0) {
            throw new IllegalArgumentException("signpost.model.anthropic.max-retries cannot be negative");
        }
    }
}
