package uk.gov.signpost.operations.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.StandardEnvironment;

class OtlpEndpointEnvironmentTest {

    @Test
    void the_standard_base_url_gets_the_traces_path() {
        assertThat(OtlpEndpointEnvironment.endpoint(null, "http://collector:4318/"))
                .isEqualTo("http://collector:4318/v1/traces");
    }

    @Test
    void the_traces_url_is_used_as_it_is_and_wins() {
        assertThat(OtlpEndpointEnvironment.endpoint("http://collector:4318/custom", "http://other:4318"))
                .isEqualTo("http://collector:4318/custom");
    }

    @Test
    void empty_variables_mean_no_exporter() {
        assertThat(OtlpEndpointEnvironment.endpoint(" ", "")).isNull();
        assertThat(OtlpEndpointEnvironment.endpoint(null, null)).isNull();
    }

    @Test
    void given_no_variable_when_the_environment_is_prepared_then_the_exporter_property_stays_unset() {
        StandardEnvironment environment = environment(Map.of("OTEL_EXPORTER_OTLP_ENDPOINT", ""));
        new OtlpEndpointEnvironment().postProcessEnvironment(environment, new SpringApplication());
        assertThat(environment.containsProperty(OtlpEndpointEnvironment.PROPERTY)).isFalse();
    }

    @Test
    void given_a_spring_property_when_the_variable_is_set_too_then_the_spring_property_wins() {
        StandardEnvironment environment = environment(Map.of("OTEL_EXPORTER_OTLP_ENDPOINT", "http://a:4318",
                OtlpEndpointEnvironment.PROPERTY, "http://b:4318/v1/traces"));
        new OtlpEndpointEnvironment().postProcessEnvironment(environment, new SpringApplication());
        assertThat(environment.getProperty(OtlpEndpointEnvironment.PROPERTY)).isEqualTo("http://b:4318/v1/traces");
    }

    private static StandardEnvironment environment(Map<String, Object> values) {
        StandardEnvironment environment = new StandardEnvironment();
        environment.getPropertySources().addFirst(new MapPropertySource("test", values));
        return environment;
    }
}
