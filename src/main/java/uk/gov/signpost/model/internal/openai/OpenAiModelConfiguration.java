package uk.gov.signpost.model.internal.openai;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Builds the OpenAI-compatible adapter, only when {@code signpost.model.provider=openai}. We build Spring AI's
 * chat model ourselves rather than through its auto-configuration (ADR 0003): that auto-configuration fails at
 * start-up when there is no key, and offline mode must start with none.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "signpost.model.provider", havingValue = "openai")
class OpenAiModelConfiguration {

    @Bean
    OpenAiLanguageModel openAiLanguageModel(OpenAiProperties settings) {
        return new OpenAiLanguageModel(settings);
    }
}
