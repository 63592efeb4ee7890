package uk.gov.signpost.agent.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.observation.DefaultMeterObservationHandler;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.micrometer.observation.ObservationRegistry;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import uk.gov.signpost.model.Commands;

class TurnSpansTest {

    private final SimpleMeterRegistry meters = new SimpleMeterRegistry();
    private final TurnSpans spans = new TurnSpans(registry(), new ToolBox(List.of()));

    @Test
    void a_flow_command_is_timed_under_its_own_name_with_its_outcome() {
        String result = spans.tool(Commands.START_FLOW, () -> "done", r -> false);

        assertThat(result).isEqualTo("done");
        assertThat(meters.find("signpost.tool").tag("signpost.tool", Commands.START_FLOW).timer().count()).isEqualTo(1);
    }

    @Test
    void a_tool_name_the_model_made_up_is_recorded_as_unknown() {
        spans.tool("drop_all_tables_" + System.nanoTime(), () -> "error", r -> true);

        assertThat(meters.find("signpost.tool").timers()).singleElement()
                .satisfies(t -> assertThat(t.getId().getTag("signpost.tool")).isEqualTo("unknown"));
    }

    private org.springframework.beans.factory.ObjectProvider<ObservationRegistry> registry() {
        ObservationRegistry registry = ObservationRegistry.create();
        registry.observationConfig().observationHandler(new DefaultMeterObservationHandler(meters));
        StaticListableBeanFactory beans = new StaticListableBeanFactory();
        beans.addBean("observationRegistry", registry);
        return beans.getBeanProvider(ObservationRegistry.class);
    }
}
