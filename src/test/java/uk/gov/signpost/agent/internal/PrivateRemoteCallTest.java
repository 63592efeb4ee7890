package uk.gov.signpost.agent.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import uk.gov.signpost.model.DialogueContext;
import uk.gov.signpost.model.LanguageModel;
import uk.gov.signpost.model.ModelMessage;
import uk.gov.signpost.model.ModelProperties;
import uk.gov.signpost.model.ModelRequest;
import uk.gov.signpost.model.ModelResponse;
import uk.gov.signpost.model.RetriableModelException;
import uk.gov.signpost.model.TokenSink;
import uk.gov.signpost.model.ToolCall;
import uk.gov.signpost.model.ToolResult;
import uk.gov.signpost.model.Usage;
import uk.gov.signpost.model.internal.FailoverModel;
import uk.gov.signpost.safety.Placeholders;

class PrivateRemoteCallTest {

    private static final String NINO = "AB 12 34 56 C";
    private static final String POSTCODE = "LS6 1AA";
    private final TurnTrace trace = new TurnTrace();
    private final PrivateRemoteCall privacy = new PrivateRemoteCall(new FakeSafety.Scanner(), trace);

    @Test
    void the_remote_model_gets_placeholders_everywhere_and_the_person_gets_their_values_back() {
        Recording remote = new Recording(List.of("Thanks. I will search near ⟨POST", "CODE_1⟩ for you", "."),
                List.of(new ToolCall("t1", "search_jobs", "{\"where\":\"⟨POSTCODE_1⟩\",\"near\":[\"⟨POSTCODE_1⟩\"]}")));
        List<String> streamed = new ArrayList<>();

        ModelResponse response = privacy.call(remote, request(
                new ModelMessage.Person("My NI number is " + NINO + " and I live at " + POSTCODE + ", near LS6."),
                new ModelMessage.Assistant("Noted.", List.of(new ToolCall("t0", "set_slots",
                        "{\"slots\":{\"postcode\":\"" + POSTCODE + "\"}}"))),
                new ModelMessage.ToolResults(List.of(new ToolResult("t0", "set_slots", "saved " + POSTCODE, false)))),
                streamed::add);

        String sent = remote.received.toString();
        assertThat(sent).doesNotContain(NINO).doesNotContain(POSTCODE).contains("⟨NINO_1⟩").contains("⟨POSTCODE_1⟩")
                .contains("near LS6");
        assertThat(remote.received.get(0).system()).doesNotContain(POSTCODE).contains("⟨POSTCODE_1⟩");
        assertThat(String.join("", streamed)).isEqualTo("Thanks. I will search near LS6 1AA for you.");
        assertThat(streamed).noneMatch(chunk -> chunk.contains("⟨") || chunk.contains("⟩"));
        assertThat(response.text()).isEqualTo("Thanks. I will search near LS6 1AA for you.");
        assertThat(response.toolCalls().get(0).arguments())
                .isEqualTo("{\"where\":\"LS6 1AA\",\"near\":[\"LS6 1AA\"]}");
        assertThat(trace.steps()).anySatisfy(step -> assertThat(step).containsEntry("check", "pseudonymise")
                .containsEntry("code", "replaced").containsEntry("score", 2.0));
    }

    @Test
    void the_same_value_keeps_its_placeholder_in_every_call_of_the_turn() {
        Recording remote = new Recording(List.of("ok"), List.of());
        privacy.call(remote, request(new ModelMessage.Person("I live at " + POSTCODE)), TokenSink.IGNORE);
        privacy.call(remote, request(new ModelMessage.Person("I live at " + POSTCODE),
                new ModelMessage.Assistant("And your NI number?", List.of()),
                new ModelMessage.Person(NINO)), TokenSink.IGNORE);

        assertThat(remote.received.get(1).messages().get(0)).isEqualTo(new ModelMessage.Person("I live at ⟨POSTCODE_1⟩"));
        assertThat(remote.received.get(1).messages().get(2)).isEqualTo(new ModelMessage.Person("⟨NINO_1⟩"));
    }

    @Test
    void when_the_remote_model_fails_the_offline_fallback_gets_the_real_text() {
        Recording offline = new Recording(List.of("Where do you want to work?"), List.of());
        LanguageModel failing = new LanguageModel() {
            @Override
            public String name() {
                return "claude";
            }

            @Override
            public ModelResponse call(ModelRequest request, TokenSink sink) {
                sink.accept("Half an answer about ⟨POST");
                throw new RetriableModelException("overloaded");
            }
        };
        FailoverModel failover = new FailoverModel(failing, offline,
                new ModelProperties.Failover(50, 10, Duration.ofSeconds(30))).through(privacy);
        List<String> events = new ArrayList<>();

        ModelResponse response = failover.call(request(new ModelMessage.Person("jobs near " + POSTCODE)),
                new TokenSink() {
                    @Override
                    public void accept(String text) {
                        events.add(text);
                    }

                    @Override
                    public void discard() {
                        events.add("<discard>");
                    }
                });

        assertThat(offline.received.get(0).lastPersonText()).isEqualTo("jobs near " + POSTCODE);
        assertThat(response.text()).isEqualTo("Where do you want to work?");
        assertThat(events).containsExactly("Half an answer about ", "<discard>", "Where do you want to work?");
    }

    @Test
    void a_held_back_placeholder_start_that_never_finishes_is_sent_as_written() {
        List<String> out = new ArrayList<>();
        PrivateRemoteCall.RestoringSink sink = new PrivateRemoteCall.RestoringSink(out::add, new Placeholders());
        sink.accept("a ⟨");
        sink.accept("NOT");
        assertThat(out).containsExactly("a ");
        sink.flush();
        assertThat(String.join("", out)).isEqualTo("a ⟨NOT");
    }

    @Test
    void a_failing_remote_call_is_not_hidden() {
        LanguageModel failing = new Recording(List.of(), List.of()) {
            @Override
            public ModelResponse call(ModelRequest request, TokenSink sink) {
                throw new RetriableModelException("down");
            }
        };
        assertThatThrownBy(() -> privacy.call(failing, request(new ModelMessage.Person("hi")), TokenSink.IGNORE))
                .isInstanceOf(RetriableModelException.class);
    }

    private static ModelRequest request(ModelMessage... messages) {
        return new ModelRequest("You are Signpost.\n- Facts the person has given: postcode = " + POSTCODE,
                List.of(messages), List.of(), new DialogueContext(null, null, false, List.of()), 500);
    }

    /** A model that records what it was sent and answers in the chunks given. */
    static class Recording implements LanguageModel {
        final List<ModelRequest> received = new ArrayList<>();
        private final List<String> chunks;
        private final List<ToolCall> calls;

        Recording(List<String> chunks, List<ToolCall> calls) {
            this.chunks = chunks;
            this.calls = calls;
        }

        @Override
        public String name() {
            return "recording";
        }

        @Override
        public ModelResponse call(ModelRequest request, TokenSink sink) {
            received.add(request);
            chunks.forEach(sink::accept);
            return new ModelResponse(String.join("", chunks), calls, Usage.NONE, name());
        }
    }
}
