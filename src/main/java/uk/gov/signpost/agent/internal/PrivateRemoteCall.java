package uk.gov.signpost.agent.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;
import tools.jackson.databind.node.ArrayNode;
import uk.gov.signpost.model.LanguageModel;
import uk.gov.signpost.model.ModelMessage;
import uk.gov.signpost.model.ModelRequest;
import uk.gov.signpost.model.ModelResponse;
import uk.gov.signpost.model.RemoteCall;
import uk.gov.signpost.model.TokenSink;
import uk.gov.signpost.model.ToolCall;
import uk.gov.signpost.model.ToolResult;
import uk.gov.signpost.safety.Placeholders;
import uk.gov.signpost.safety.Pseudonymiser;

/**
 * Keeps personal data inside the service when a turn calls an external model. One is made per turn, with one
 * {@link Placeholders} mapping, so the same value gets the same placeholder everywhere in the history window and
 * in every call of the turn.
 * <ul>
 *   <li>Out: the system prompt (it carries the facts the person gave), every message, every earlier tool call's
 *       arguments and every tool result have their personal data replaced with typed placeholders
 *       ({@code ⟨POSTCODE_1⟩}). Districts such as {@code LS6} are not personal data and go as they are.</li>
 *   <li>In: the reply and each tool call's arguments get the real values back, so tools run on real values and
 *       the person reads their own. Streamed text is held back from a {@code ⟨} until its placeholder is
 *       complete, so a placeholder split across chunks is still restored.</li>
 * </ul>
 * Offline mode never sees placeholders: {@link uk.gov.signpost.model.Models#forTurns(RemoteCall)} sends only remote
 * calls through here, and the fallback after a failed remote call gets the original request. The trace records
 * {@code pseudonymise} with the number of values replaced so far in the turn; never the values.
 *
 * <p>What it does <em>not</em> catch: whatever the {@link Pseudonymiser} misses (names without a cue, streets
 * without a number…: see its Javadoc), which then reaches the model as written; a placeholder the model rewrites
 * (drops the brackets, renumbers it) is shown as the model wrote it; personal data a model invents.
 */
final class PrivateRemoteCall implements RemoteCall {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final Pseudonymiser pseudonymiser;
    private final TurnTrace trace;
    private final Placeholders placeholders = new Placeholders();

    PrivateRemoteCall(Pseudonymiser pseudonymiser, TurnTrace trace) {
        this.pseudonymiser = pseudonymiser;
        this.trace = trace;
    }

    @Override
    public ModelResponse call(LanguageModel remote, ModelRequest request, TokenSink sink) {
        ModelRequest outbound = outbound(request);
        trace.check("pseudonymise", placeholders.size() == 0 ? "none" : "replaced", placeholders.size());
        RestoringSink restoring = new RestoringSink(sink, placeholders);
        ModelResponse response = remote.call(outbound, restoring);
        restoring.flush();
        List<ToolCall> calls = response.toolCalls().stream()
                .map(c -> new ToolCall(c.id(), c.name(), restoreJson(c.arguments()))).toList();
        return new ModelResponse(placeholders.restore(response.text()), calls, response.usage(), response.model());
    }

    /** The mapping, for tests: it holds personal data. */
    Placeholders placeholders() {
        return placeholders;
    }

    private ModelRequest outbound(ModelRequest request) {
        List<ModelMessage> messages = new ArrayList<>();
        for (ModelMessage message : request.messages()) {
            if (message instanceof ModelMessage.Person p) {
                messages.add(new ModelMessage.Person(hide(p.text())));
            } else if (message instanceof ModelMessage.Assistant a) {
                messages.add(new ModelMessage.Assistant(hide(a.text()), a.toolCalls().stream()
                        .map(c -> new ToolCall(c.id(), c.name(), hideJson(c.arguments()))).toList()));
            } else if (message instanceof ModelMessage.ToolResults r) {
                messages.add(new ModelMessage.ToolResults(r.results().stream()
                        .map(t -> new ToolResult(t.callId(), t.name(), hide(t.content()), t.error())).toList()));
            }
        }
        return new ModelRequest(hide(request.system()), messages, request.tools(), request.context(),
                request.maxOutputTokens());
    }

    private String hide(String text) {
        return text.isEmpty() ? text : pseudonymiser.pseudonymise(text, placeholders).text();
    }

    /** Pseudonymises each string in a JSON value, so the JSON stays valid whatever the values are. */
    private String hideJson(String json) {
        return mapStrings(json, this::hide);
    }

    private String restoreJson(String json) {
        return mapStrings(json, placeholders::restore);
    }

    private static String mapStrings(String json, java.util.function.UnaryOperator<String> change) {
        JsonNode node;
        try {
            node = JSON.readTree(json.isBlank() ? "{}" : json);
        } catch (RuntimeException malformed) {
            return change.apply(json);
        }
        return JSON.writeValueAsString(map(node, change));
    }

    private static JsonNode map(JsonNode node, java.util.function.UnaryOperator<String> change) {
        if (node.isString()) {
            return tools.jackson.databind.node.JsonNodeFactory.instance.stringNode(change.apply(node.asString()));
        }
        if (node instanceof ObjectNode object) {
            ObjectNode copy = JSON.createObjectNode();
            object.properties().forEach(e -> copy.set(e.getKey(), map(e.getValue(), change)));
            return copy;
        }
        if (node instanceof ArrayNode array) {
            ArrayNode copy = JSON.createArrayNode();
            array.forEach(item -> copy.add(map(item, change)));
            return copy;
        }
        return node;
    }

    /** Restores placeholders in streamed text, holding back a placeholder until its last chunk has come. */
    static final class RestoringSink implements TokenSink {

        private static final int LONGEST = 40;
        private static final Pattern UNFINISHED = Pattern.compile("⟨[A-Z_0-9]*\\z");

        private final TokenSink out;
        private final Placeholders placeholders;
        private final StringBuilder held = new StringBuilder();

        RestoringSink(TokenSink out, Placeholders placeholders) {
            this.out = out;
            this.placeholders = placeholders;
        }

        @Override
        public void accept(String text) {
            held.append(text);
            Matcher unfinished = UNFINISHED.matcher(held);
            int cut = unfinished.find() && held.length() - unfinished.start() <= LONGEST ? unfinished.start()
                    : held.length();
            if (cut > 0) {
                out.accept(placeholders.restore(held.substring(0, cut)));
                held.delete(0, cut);
            }
        }

        /** Sends what is held back: the call has ended. */
        void flush() {
            if (!held.isEmpty()) {
                out.accept(placeholders.restore(held.toString()));
                held.setLength(0);
            }
        }

        @Override
        public void discard() {
            held.setLength(0);
            out.discard();
        }
    }
}
