package uk.gov.signpost.model.internal.openai;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.ConfigDataApplicationContextInitializer;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Configuration;
import uk.gov.signpost.model.LanguageModel;

/** The OpenAI-compatible adapter exists only when chosen, and takes its settings from the environment. */
class OpenAiModelConfigurationTest {

    private final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withInitializer(new ConfigDataApplicationContextInitializer())
            .withUserConfiguration(Settings.class, OpenAiModelConfiguration.class);

    @Test
    void offline_mode_creates_no_openai_adapter_and_needs_no_key() {
        runner.withPropertyValues("signpost.model.provider=offline")
                .run(context -> assertThat(context).hasNotFailed().doesNotHaveBean(LanguageModel.class));
    }

    @Test
    void choosing_openai_builds_the_adapter_from_the_environment_even_with_no_key() {
        runner.withPropertyValues("signpost.model.provider=openai", "signpost.model.openai.api-key=")
                .withSystemProperties("OPENAI_BASE_URL=http://127.0.0.1:9/v1", "SIGNPOST_OPENAI_MODEL=llama-3.3-70b",
                        "SIGNPOST_OPENAI_TIMEOUT=9s", "SIGNPOST_OPENAI_MAX_RETRIES=1")
                .run(context -> {
                    assertThat(context).hasSingleBean(LanguageModel.class);
                    LanguageModel model = context.getBean(LanguageModel.class);
                    assertThat(model.provider()).isEqualTo("openai");
                    assertThat(model.name()).isEqualTo("llama-3.3-70b");
                    OpenAiProperties settings = context.getBean(OpenAiProperties.class);
                    assertThat(settings.apiKey()).isEmpty();
                    assertThat(settings.baseUrl()).isEqualTo("http://127.0.0.1:9/v1");
                    assertThat(settings.timeout()).hasSeconds(9);
                    assertThat(settings.maxRetries()).isEqualTo(1);
                });
    }

    @Configuration(proxyBeanMethods = false)
    @EnableConfigurationProperties(OpenAiProperties.class)
    static class Settings {}
}
