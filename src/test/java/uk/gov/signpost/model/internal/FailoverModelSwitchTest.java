package uk.gov.signpost.model.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import uk.gov.signpost.model.DialogueContext;
import uk.gov.signpost.model.LanguageModel;
import uk.gov.signpost.model.ModelMessage;
import uk.gov.signpost.model.ModelProperties;
import uk.gov.signpost.model.ModelRequest;
import uk.gov.signpost.model.ModelResponse;
import uk.gov.signpost.model.TokenSink;
import uk.gov.signpost.model.Usage;

class FailoverModelSwitchTest {

    private final AtomicInteger remoteCalls = new AtomicInteger();
    private final AtomicBoolean remoteAllowed = new AtomicBoolean(true);
    private final FailoverModel model = new FailoverModel(answering("claude", remoteCalls), answering("offline",
            new AtomicInteger()), new ModelProperties.Failover(50, 5, Duration.ofMinutes(1)), remoteAllowed::get);

    @Test
    void given_the_remote_switch_on_when_called_then_the_remote_model_answers() {
        assertThat(model.call(request(), NO_SINK).model()).isEqualTo("claude");
        assertThat(remoteCalls).hasValue(1);
    }

    @Test
    void given_the_remote_switch_off_when_called_then_offline_mode_answers_without_calling_the_provider() {
        remoteAllowed.set(false);
        assertThat(model.call(request(), NO_SINK).model()).isEqualTo("offline");
        assertThat(remoteCalls).hasValue(0);

        remoteAllowed.set(true);
        assertThat(model.call(request(), NO_SINK).model()).isEqualTo("claude");
    }

    private static final TokenSink NO_SINK = text -> {};

    private static ModelRequest request() {
        return new ModelRequest("system", List.of(new ModelMessage.Person("Hello")), List.of(), DialogueContext.NONE,
                100);
    }

    private static LanguageModel answering(String name, AtomicInteger calls) {
        return new LanguageModel() {
            @Override
            public String name() {
                return name;
            }

            @Override
            public ModelResponse call(ModelRequest request, TokenSink sink) {
                calls.incrementAndGet();
                return new ModelResponse("Hello", List.of(), Usage.NONE, name);
            }
        };
    }
}
