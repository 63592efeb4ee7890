package uk.gov.signpost.model.internal.anthropic;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.ConfigDataApplicationContextInitializer;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Configuration;
import uk.gov.signpost.model.LanguageModel;

/**
 * The Claude adapter exists only when chosen, takes its settings from the environment variables in the README,
 * and refuses to start without a key rather than failing every call.
 */
class AnthropicModelConfigurationTest {

    private final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withInitializer(new ConfigDataApplicationContextInitializer())
            .withUserConfiguration(Settings.class, AnthropicModelConfiguration.class);

    @Test
    void offline_mode_creates_no_claude_adapter_and_needs_no_key() {
        runner.withPropertyValues("signpost.model.provider=offline")
                .run(context -> assertThat(context).hasNotFailed().doesNotHaveBean(LanguageModel.class));
    }

    @Test
    void choosing_anthropic_builds_the_adapter_from_the_environment() {
        runner.withPropertyValues("signpost.model.provider=anthropic")
                .withSystemProperties("ANTHROPIC_API_KEY=sk-ant-from-the-environment",
                        "ANTHROPIC_BASE_URL=http://127.0.0.1:9", "SIGNPOST_ANTHROPIC_MODEL=claude-haiku-4-5",
                        "SIGNPOST_ANTHROPIC_TIMEOUT=7s", "SIGNPOST_ANTHROPIC_MAX_RETRIES=3")
                .run(context -> {
                    assertThat(context).hasSingleBean(LanguageModel.class);
                    LanguageModel claude = context.getBean(LanguageModel.class);
                    assertThat(claude.provider()).isEqualTo("anthropic");
                    assertThat(claude.name()).isEqualTo("claude-haiku-4-5");
                    AnthropicProperties settings = context.getBean(AnthropicProperties.class);
                    assertThat(settings.apiKey()).isEqualTo("sk-ant-from-the-environment");
                    assertThat(settings.baseUrl()).isEqualTo("http://127.0.0.1:9");
                    assertThat(settings.timeout()).hasSeconds(7);
                    assertThat(settings.maxRetries()).isEqualTo(3);
                });
    }

    @Test
    void choosing_anthropic_without_a_key_stops_start_up_and_says_which_variable_is_missing() {
        runner.withPropertyValues("signpost.model.provider=anthropic", "signpost.model.anthropic.api-key=")
                .run(context -> assertThat(context).hasFailed().getFailure().rootCause()
                        .hasMessageContaining("ANTHROPIC_API_KEY"));
    }

    @Configuration(proxyBeanMethods = false)
    @EnableConfigurationProperties(AnthropicProperties.class)
    static class Settings {}
}
