package uk.gov.signpost.evaluation;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.beans.factory.config.BeanPostProcessor;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import uk.gov.signpost.agent.AgentTool;
import uk.gov.signpost.agent.SignpostResolver;
import uk.gov.signpost.agent.ToolContext;
import uk.gov.signpost.agent.ToolOutput;
import uk.gov.signpost.conversation.Card;
import uk.gov.signpost.model.LanguageModel;
import uk.gov.signpost.model.ModelRequest;
import uk.gov.signpost.model.ModelResponse;
import uk.gov.signpost.model.TokenSink;
import uk.gov.signpost.model.ToolCall;
import uk.gov.signpost.model.ToolDefinition;

/**
 * Watches a turn from inside the application, as a bean post-processor in the evaluation's test context: every
 * tool call a model asks for and every agent tool that runs, with its arguments, and every link a tool returned.
 * The turn trace keeps only tool names, so the arguments come from here. Scenarios run one at a time, so one
 * list is enough.
 *
 * <p>It can also break the router on purpose ({@link #breakRouter}), so a test can show that the gate catches a
 * routing regression.
 */
final class Recorder implements BeanPostProcessor {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** A tool call: from the model ({@code source=model}) or an agent tool that ran ({@code source=tool}). */
    record Call(String source, String name, JsonNode arguments) {}

    private final List<Call> calls = new ArrayList<>();
    private final List<String> links = new ArrayList<>();
    private volatile boolean routerBroken;

    synchronized void clear() {
        calls.clear();
        links.clear();
    }

    synchronized List<Call> calls() {
        return List.copyOf(calls);
    }

    /** Links returned by tools in this turn, card links included. */
    synchronized List<String> links() {
        return List.copyOf(links);
    }

    void breakRouter(boolean broken) {
        routerBroken = broken;
    }

    private synchronized void record(Call call) {
        calls.add(call);
    }

    private synchronized void recordLinks(List<String> more) {
        links.addAll(more);
    }

    @Override
    public Object postProcessAfterInitialization(Object bean, String beanName) {
        if (bean instanceof LanguageModel model) {
            return new RecordingModel(model);
        }
        if (bean instanceof AgentTool tool) {
            return new RecordingTool(tool);
        }
        if (bean instanceof SignpostResolver resolver) {
            return new BreakableResolver(resolver);
        }
        return bean;
    }

    /** The model itself, without the recording wrapper, so a fake can call it without it being counted twice. */
    static LanguageModel unwrap(LanguageModel model) {
        return model instanceof RecordingModel recording ? recording.delegate : model;
    }

    private final class RecordingModel implements LanguageModel {
        private final LanguageModel delegate;

        RecordingModel(LanguageModel delegate) {
            this.delegate = delegate;
        }

        @Override
        public String name() {
            return delegate.name();
        }

        @Override
        public String provider() {
            return delegate.provider();
        }

        @Override
        public ModelResponse call(ModelRequest request, TokenSink sink) {
            ModelResponse response = delegate.call(request, sink);
            for (ToolCall call : response.toolCalls()) {
                JsonNode arguments;
                try {
                    arguments = JSON.readTree(call.arguments().isBlank() ? "{}" : call.arguments());
                } catch (RuntimeException e) {
                    arguments = JSON.getNodeFactory().objectNode();
                }
                record(new Call("model", call.name(), arguments));
            }
            return response;
        }
    }

    private final class RecordingTool implements AgentTool {
        private final AgentTool delegate;

        RecordingTool(AgentTool delegate) {
            this.delegate = delegate;
        }

        @Override
        public ToolDefinition definition() {
            return delegate.definition();
        }

        @Override
        public boolean sideEffect() {
            return delegate.sideEffect();
        }

        @Override
        public String confirmationSummary(JsonNode arguments) {
            return delegate.confirmationSummary(arguments);
        }

        @Override
        public ToolOutput run(JsonNode arguments, ToolContext context) {
            record(new Call("tool", delegate.name(), arguments));
            ToolOutput output = delegate.run(arguments, context);
            List<String> returned = new ArrayList<>(output.links());
            output.cards().forEach(card -> returned.add(card.url()));
            recordLinks(returned);
            return output;
        }

        @Override
        public String name() {
            return delegate.name();
        }
    }

    /** When broken, every service the model asks for is swapped for the next one in the catalogue. */
    private final class BreakableResolver implements SignpostResolver {
        private final SignpostResolver delegate;
        private final List<String> order = ScenarioFiles.serviceKeys().stream().sorted().toList();

        BreakableResolver(SignpostResolver delegate) {
            this.delegate = delegate;
        }

        @Override
        public List<Card> resolve(List<String> serviceKeys, List<String> personMessages, Map<String, Object> facts,
                String topic) {
            List<String> keys = routerBroken ? serviceKeys.stream().map(this::next).toList() : serviceKeys;
            List<Card> cards = delegate.resolve(keys, personMessages, facts, topic);
            recordLinks(cards.stream().map(Card::url).toList());
            return cards;
        }

        private String next(String key) {
            int at = order.indexOf(key);
            return at < 0 ? key : order.get((at + 1) % order.size());
        }
    }
}
