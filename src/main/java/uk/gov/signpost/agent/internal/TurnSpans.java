package uk.gov.signpost.agent.internal;

import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationRegistry;
import java.util.function.Consumer;
import java.util.function.Predicate;
import java.util.function.Supplier;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;
import uk.gov.signpost.model.Commands;
import uk.gov.signpost.model.ModelResponse;

/**
 * Spans inside a turn, as Micrometer observations (OpenTelemetry spans through the bridge, and timers): one for each
 * model call and one for each tool or flow command. Attributes are names, counts and outcomes, never text: the
 * request and the reply stay out.
 */
@Component
class TurnSpans {

    private final ObservationRegistry registry;
    private final ToolBox tools;

    TurnSpans(ObjectProvider<ObservationRegistry> registry, ToolBox tools) {
        this.registry = registry.getIfAvailable(() -> ObservationRegistry.NOOP);
        this.tools = tools;
    }

    /** {@code step} is the model call's place in the turn, or -1 for the output review's second call. */
    ModelResponse modelCall(int step, Supplier<ModelResponse> call) {
        Observation observation = Observation.createNotStarted("signpost.model.call", registry)
                .contextualName("signpost.model.call")
                .highCardinalityKeyValue("signpost.step", String.valueOf(step));
        return observe(observation, call, response -> observation
                .highCardinalityKeyValue("signpost.model", response.model())
                .highCardinalityKeyValue("signpost.tokens.input", String.valueOf(response.usage().inputTokens()))
                .highCardinalityKeyValue("signpost.tokens.output", String.valueOf(response.usage().outputTokens()))
                .highCardinalityKeyValue("signpost.tool_calls", String.valueOf(response.toolCalls().size())));
    }

    /**
     * A tool or flow command; {@code failed} says whether its result was an error. A name the model made up is
     * recorded as {@code unknown}, so that a model cannot add labels to the metrics.
     */
    <T> T tool(String requested, Supplier<T> run, Predicate<T> failed) {
        String name = Commands.ALL.contains(requested) || tools.tool(requested).isPresent() ? requested : "unknown";
        Observation observation = Observation.createNotStarted("signpost.tool", registry)
                .contextualName("signpost.tool " + name)
                .lowCardinalityKeyValue("signpost.tool", name);
        return observe(observation, run, result -> observation.highCardinalityKeyValue("signpost.outcome",
                failed.test(result) ? "error" : "ok"));
    }

    /** Runs {@code work} in the observation's scope, and adds what {@code describe} says before the span ends. */
    private static <T> T observe(Observation observation, Supplier<T> work, Consumer<T> describe) {
        observation.start();
        try (Observation.Scope scope = observation.openScope()) {
            T result = work.get();
            if (result != null) {
                describe.accept(result);
            }
            return result;
        } catch (RuntimeException | Error e) {
            observation.error(e);
            throw e;
        } finally {
            observation.stop();
        }
    }
}
