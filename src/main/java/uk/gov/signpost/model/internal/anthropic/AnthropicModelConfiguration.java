package uk.gov.signpost.model.internal.anthropic;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Builds the Claude adapter, only when {@code signpost.model.provider=anthropic}. We build Spring AI's chat model
 * ourselves rather than through its auto-configuration (ADR 0003), so that nothing about Anthropic is created,
 * or needs a key, in offline mode.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "signpost.model.provider", havingValue = "anthropic")
class AnthropicModelConfiguration {

    @Bean
    AnthropicLanguageModel anthropicLanguageModel(AnthropicProperties settings) {
        if (settings.apiKey().isEmpty()) {
            throw new IllegalStateException("SIGNPOST_MODEL_PROVIDER=anthropic needs ANTHROPIC_API_KEY (the key of"
                    + " Anthropic or of the gateway at ANTHROPIC_BASE_URL)");
        }
        return new AnthropicLanguageModel(settings);
    }
}
