package uk.gov.signpost.operations.internal;

import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * Reads the OpenTelemetry standard variables for where traces go, so operators can set the same
 * {@code OTEL_EXPORTER_OTLP_ENDPOINT} as for any other service: {@code OTEL_EXPORTER_OTLP_TRACES_ENDPOINT} is used as
 * it is, and {@code OTEL_EXPORTER_OTLP_ENDPOINT} with {@code /v1/traces} added (OTLP over HTTP). Spring Boot creates
 * the OTLP exporter only when {@code management.opentelemetry.tracing.export.otlp.endpoint} is set; an empty variable
 * counts as unset here, so with neither there is no exporter and no network call. A Spring property set directly
 * wins over both.
 */
class OtlpEndpointEnvironment implements EnvironmentPostProcessor {

    static final String PROPERTY = "management.opentelemetry.tracing.export.otlp.endpoint";

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        String endpoint = endpoint(environment.getProperty("OTEL_EXPORTER_OTLP_TRACES_ENDPOINT"),
                environment.getProperty("OTEL_EXPORTER_OTLP_ENDPOINT"));
        if (endpoint != null && !environment.containsProperty(PROPERTY)) {
            environment.getPropertySources().addLast(new MapPropertySource("otelExporterOtlpEndpoint",
                    Map.of(PROPERTY, endpoint)));
        }
    }

    static @Nullable String endpoint(@Nullable String traces, @Nullable String base) {
        if (traces != null && !traces.isBlank()) {
            return traces.strip();
        }
        if (base != null && !base.isBlank()) {
            String trimmed = base.strip();
            return (trimmed.endsWith("/") ? trimmed.substring(0, trimmed.length() - 1) : trimmed) + "/v1/traces";
        }
        return null;
    }
}
