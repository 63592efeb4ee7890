package uk.gov.signpost.agent.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import uk.gov.signpost.agent.AgentProperties;
import uk.gov.signpost.agent.AgentTool;
import uk.gov.signpost.agent.CitationGuard;
import uk.gov.signpost.agent.SafetyFlagRaised;
import uk.gov.signpost.agent.SignpostResolver;
import uk.gov.signpost.agent.ToolContext;
import uk.gov.signpost.agent.ToolInputException;
import uk.gov.signpost.agent.ToolCompleted;
import uk.gov.signpost.agent.ToolOutput;
import uk.gov.signpost.agent.TurnListener;
import uk.gov.signpost.agent.TurnSettings;
import uk.gov.signpost.agent.Wording;
import uk.gov.signpost.conversation.Card;
import uk.gov.signpost.conversation.ConversationId;
import uk.gov.signpost.conversation.Message;
import uk.gov.signpost.conversation.Role;
import uk.gov.signpost.model.Commands;
import uk.gov.signpost.model.DialogueContext;
import uk.gov.signpost.model.EmbeddingScope;
import uk.gov.signpost.model.Language;
import uk.gov.signpost.model.LanguageModel;
import uk.gov.signpost.model.ModelMessage;
import uk.gov.signpost.model.ModelRequest;
import uk.gov.signpost.model.ModelResponse;
import uk.gov.signpost.model.Models;
import uk.gov.signpost.model.ProviderTime;
import uk.gov.signpost.model.TokenSink;
import uk.gov.signpost.model.ToolCall;
import uk.gov.signpost.model.ToolResult;

/**
 * The turn loop. Load the dialogue state; call the model with the tools; run the commands and tools it asks
 * for (errors go back to it as text); stop when it has answered, when only commands ran (the flow engine has
 * already worded the reply, so no further call is needed), or when a budget runs out. Every step goes into
 * the turn trace.
 */
@Component
class TurnLoop {

    private static final Logger log = LoggerFactory.getLogger(TurnLoop.class);
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final Models models;
    private final FlowEngine flows;
    private final ToolBox toolBox;
    private final SignpostResolver signposts;
    private final Confirmations confirmations;
    private final DialogueStateStore states;
    private final TurnTraceStore traces;
    private final AgentProperties limits;
    private final Clock clock;
    private final Guardrails guardrails;
    private final Wording wording;
    private final MemoryStep memory;
    private final CitationGuard citations = new CitationGuard();
    private final TurnSettings.Source settings;
    private final ApplicationEventPublisher events;
    private final TurnSpans spans;

    TurnLoop(Models models, FlowEngine flows, ToolBox toolBox, SignpostResolver signposts,
            Confirmations confirmations, DialogueStateStore states, TurnTraceStore traces, AgentProperties limits,
            Clock clock, Guardrails guardrails, Wording wording, ObjectProvider<TurnSettings.Source> settings,
            ApplicationEventPublisher events, MemoryStep memory, TurnSpans spans) {
        this.events = events;
        this.spans = spans;
        this.models = models;
        this.settings = settings.getIfAvailable(() -> owner -> TurnSettings.ALL_ON);
        this.flows = flows;
        this.toolBox = toolBox;
        this.signposts = signposts;
        this.confirmations = confirmations;
        this.states = states;
        this.traces = traces;
        this.limits = limits;
        this.clock = clock;
        this.guardrails = guardrails;
        this.wording = wording;
        this.memory = memory;
    }

    /**
     * Runs the turn that answers {@code message}, given the conversation up to it. The message is embedded once
     * for everything in the turn that reads it in MiniLM's space (guards, offline intents).
     */
    Answer run(Message message, ToolContext context, List<Message> history, TurnListener listener) {
        try (EmbeddingScope scope = EmbeddingScope.open()) {
            return runInScope(message, context, history, listener);
        }
    }

    private Answer runInScope(Message message, ToolContext context, List<Message> history, TurnListener listener) {
        Instant started = clock.instant();
        TurnTrace trace = new TurnTrace();
        DialogueStateStore.Start start = states.start(message.conversationId());
        TurnSettings turnSettings = settings.forOwner(context.owner());
        MemoryStep.Opened remembered = memory.open(context, message, start.state(), turnSettings.memory());
        Turn turn = new Turn(remembered.state(), context, listener);
        turn.settings = turnSettings;
        Map<String, Object> factsBefore = turn.state.facts();
        long tokensBefore = start.tokensUsed();
        Locale language = turn.language().locale();
        Optional<InputGuards.Stop> guarded = guardrails.input().check(message.text(), trace,
                turn.state.requestedSlot() != null);
        Optional<InputGuards.Stop> supportNote = guarded.filter(stop -> stop.kind() == InputGuards.Kind.SUPPORT_NOTE);
        Optional<InputGuards.Stop> stopped = guarded.filter(stop -> stop.kind() != InputGuards.Kind.SUPPORT_NOTE);
        stopped.ifPresent(stop -> answerStopped(stop, turn, language, trace));
        if (stopped.isEmpty() && ComplaintCheck.isComplaint(message.text())) {
            // The turn goes on (the complaint may come with a question); an adviser is asked to follow it up.
            trace.check("complaint", "complaint", 1);
            events.publishEvent(new SafetyFlagRaised(context.conversationId(), SafetyFlagRaised.COMPLAINT));
            turn.say(guardrails.replies().text("complaint.passedOn", language));
        }
        // Requests about memory ("forget that…") are answered without the model, unless a guard already answered.
        Optional<MemoryStep.Handled> aboutMemory = stopped.isPresent() ? Optional.empty()
                : remembered.handle(message.text(), turn.state);
        aboutMemory.ifPresent(handled -> {
            turn.state = handled.state();
            turn.say(handled.say());
            trace.outcome("memory");
        });
        LanguageModel model = turn.settings.offlineModel() ? models.offline()
                : models.forTurns(guardrails.remoteCall(trace));
        List<ModelMessage> messages = window(history, message);
        String text = "";
        for (int step = 0; stopped.isEmpty() && aboutMemory.isEmpty(); step++) {
            Optional<String> stop = budgetStop(step, trace, tokensBefore, started);
            if (stop.isPresent()) {
                trace.check("budget", stop.get(), 1);
                trace.outcome("budget_" + stop.get());
                turn.say(wording.text("assistant.budget", turn.language()));
                break;
            }
            ModelRequest request = new ModelRequest(SystemPrompt.build(flows.all(), turn.state, turn.language()),
                    messages, toolBox.definitions(flows.all(), turn.settings), context(turn.state, turn.language()),
                    limits.maxOutputTokens());
            ModelResponse response = callModel(step, model, request, new TokenSink() {
                @Override
                public void accept(String text) {
                    listener.replyText(text);
                }

                @Override
                public void discard() {
                    listener.replyDiscarded();
                }
            }, trace);
            text = response.text();
            if (models.isFallback(response) && !turn.notedFallback) {
                turn.notedFallback = true;
            }
            if (!response.wantsTools()) {
                break;
            }
            List<ToolResult> results = new ArrayList<>();
            boolean onlyCommands = true;
            for (ToolCall call : response.toolCalls()) {
                if (trace.toolCalls() >= limits.maxToolCallsPerTurn()) {
                    results.add(new ToolResult(call.id(), call.name(), "Tool call limit reached for this turn.", true));
                    continue;
                }
                long toolStart = System.nanoTime();
                Executed executed = spans.tool(call.name(), () -> execute(call, turn), e -> e.result().error());
                trace.tool(call.name(), executed.result().error() ? "error" : "ok", System.nanoTime() - toolStart);
                results.add(executed.result());
                onlyCommands &= executed.terminal();
            }
            turn.askPendingQuestion();
            if (onlyCommands) {
                break;
            }
            // Only results that go back to a model need neutralising and fencing; after commands alone, none do.
            List<ToolResult> fenced = results.stream().map(result -> guardrails.toolContent().guard(result, trace))
                    .toList();
            messages = new ArrayList<>(messages);
            messages.add(new ModelMessage.Assistant(response.text(), response.toolCalls()));
            messages.add(new ModelMessage.ToolResults(fenced));
            text = "";
        }
        supportNote.ifPresent(note -> {
            note.replyKeys().forEach(key -> turn.say(guardrails.replies().text(key, language)));
            turn.addCards(signposts.resolve(note.cardKeys(), turn.context.personMessages(), turn.state.facts(),
                    note.topic(), turn.language()));
        });
        MemoryStep.Closed kept = remembered.close(factsBefore, turn.state);
        OutputGuards.Reviewed reviewed = reviewOutput(text, model, messages, turn, language, trace);
        String reply = guardLinks(kept.around(compose(reviewed.text(), turn)), turn, trace);
        double ease = ReadingEase.score(reply);
        trace.check("reading_ease", ReadingEase.band(ease), ease);
        if (reviewed.changed()) {
            listener.replyDiscarded();
            listener.replyText(reply);
        }
        log.info("event=turn_loop_done conversation={} message={} model_calls={} tool_calls={} outcome={}",
                message.conversationId(), message.id(), trace.modelCalls(), trace.toolCalls(), trace.outcome());
        if (turn.topic.equals("other") && turn.state.activeFlow() != null) {
            turn.topic = turn.state.activeFlow();
        }
        return new Answer(reply, List.copyOf(turn.cards), Set.copyOf(turn.links), trace, started, turn.topic,
                kept.state());
    }

    /** Saves the trace, and the dialogue state the turn ended in, once the reply is stored. */
    void record(ConversationId conversation, UUID owner, Message message, @Nullable Message reply, Answer answer) {
        traces.save(conversation, owner, message.id(), reply == null ? null : reply.id(), answer.trace(), answer.started(),
                answer.state());
    }

    private Executed execute(ToolCall call, Turn turn) {
        JsonNode arguments;
        try {
            arguments = JSON.readTree(call.arguments().isBlank() ? "{}" : call.arguments());
            if (!arguments.isObject()) {
                throw new IllegalArgumentException("not an object");
            }
        } catch (RuntimeException e) {
            return Executed.error(call, "The arguments were not a JSON object. Call " + call.name() + " again.");
        }
        if (!call.name().equals(Commands.CONFIRM) && !call.name().equals(Commands.DECLINE)) {
            withdrawPending(turn);
        }
        switch (call.name()) {
            case Commands.START_FLOW:
                turn.topic = arguments.path("flow").asString("other");
                return step(call, turn, flows.start(arguments.path("flow").asString(""), turn.state, turn.language()));
            case Commands.SET_SLOTS:
                Map<String, Object> slots = JSON.convertValue(arguments.path("slots"),
                        JSON.getTypeFactory().constructMapType(Map.class, String.class, Object.class));
                return step(call, turn, flows.setSlots(slots == null ? Map.of() : slots, turn.state, turn.language()));
            case Commands.CANCEL_FLOW:
                return step(call, turn, flows.cancel(turn.state, turn.language()));
            case Commands.CONFIRM:
            case Commands.DECLINE:
                return answerConfirmation(call, turn, call.name().equals(Commands.CONFIRM));
            case Commands.HANDOFF:
                turn.topic = "handoff";
                return handoff(call, turn, arguments.path("reason").asString("person_asked"));
            case Commands.RECOMMEND_SERVICES:
                List<String> keys = new ArrayList<>();
                arguments.path("services").forEach(k -> keys.add(k.asString()));
                if (turn.topic.equals("other")) {
                    turn.topic = arguments.path("topic").asString("other");
                }
                List<Card> cards = signposts.resolve(keys, turn.context.personMessages(), turn.state.facts(), turn.topic,
                        turn.language());
                turn.addCards(cards);
                return Executed.ok(call, JSON.writeValueAsString(Map.of("shown",
                        cards.stream().map(Card::key).toList())), true);
            default:
                return runTool(call, turn, arguments, false);
        }
    }

    /** Runs a domain tool; a side-effect tool is turned into a question for the person instead. */
    private Executed runTool(ToolCall call, Turn turn, JsonNode arguments, boolean fromFlow) {
        Optional<AgentTool> found = toolBox.tool(call.name()).filter(t -> turn.settings.allowsTool(t.name()));
        if (found.isEmpty()) {
            return Executed.error(call, "There is no tool called " + call.name() + ".");
        }
        AgentTool tool = found.get();
        if (tool.sideEffect()) {
            JsonNode settled;
            try {
                settled = tool.settle(arguments, turn.context);
            } catch (ToolInputException e) {
                return Executed.error(call, e.getMessage());
            }
            String summary = tool.confirmationSummary(settled, turn.language());
            turn.state = turn.state.awaiting(confirmations.ask(turn.context.conversationId(), tool.name(),
                    JSON.writeValueAsString(settled), summary));
            turn.say(summary + " " + wording.text("assistant.replyYesOrNo", turn.language()));
            return Executed.ok(call, "{\"status\":\"waiting_for_the_person_to_confirm\"}", true);
        }
        try {
            ToolOutput output = tool.run(arguments, turn.context);
            turn.noteEvidence(output);
            events.publishEvent(new ToolCompleted(turn.context.conversationId(), tool.name()));
            turn.addCards(output.cards());
            turn.links.addAll(output.links());
            if (output.say() != null) {
                turn.say(output.say());
            }
            return Executed.ok(call, output.content(), fromFlow || output.say() != null);
        } catch (ToolInputException e) {
            return Executed.inputError(call, e.getMessage());
        } catch (RuntimeException e) {
            log.error("event=tool_failed tool={} error={}", call.name(), e.getClass().getSimpleName(), e);
            return Executed.error(call, "The " + call.name() + " tool failed. Try another way or say so.");
        }
    }

    private Executed step(ToolCall call, Turn turn, FlowEngine.Step step) {
        turn.state = step.state();
        if (step.say() != null && !step.error()) {
            turn.say(step.say());
        }
        turn.question = step.ask();
        if (step.error()) {
            return Executed.error(call, step.say() == null ? "That command did not work." : step.say());
        }
        if (step.completeTool() != null) {
            ToolCall completion = new ToolCall(call.id() + "_complete", step.completeTool(),
                    JSON.writeValueAsString(step.arguments()));
            Executed done = runTool(completion, turn, JSON.valueToTree(step.arguments()), true);
            if (done.result().error()) {
                // The flow's answers did not suit its tool: say so, with what to change in the tool's own words
                // (worded in the conversation's language, Wording.invalidInput) without the field name.
                String sorry = wording.text("assistant.flowToolFailed", turn.language());
                turn.say(done.worded() ? sorry + " " + done.result().content().replaceFirst("^[a-z_.]+: ", "") : sorry);
            }
            return new Executed(new ToolResult(call.id(), call.name(), done.result().content(),
                    done.result().error()), true);
        }
        Map<String, String> content = new java.util.LinkedHashMap<>();
        content.put("say", step.say() == null ? "" : step.say());
        content.put("next_question", step.ask() == null ? "" : step.ask());
        return Executed.ok(call, JSON.writeValueAsString(content), true);
    }

    private Executed answerConfirmation(ToolCall call, Turn turn, boolean yes) {
        if (turn.state.pendingConfirmation() == null) {
            return Executed.error(call, "Nothing is waiting for the person's confirmation.");
        }
        Optional<Confirmations.Pending> pending = confirmations.answer(turn.state.pendingConfirmation(), yes);
        turn.state = turn.state.awaiting(null);
        if (pending.isEmpty()) {
            return Executed.error(call, "That question has already been answered.");
        }
        if (!yes) {
            turn.say(wording.text("assistant.declined", turn.language()));
            return Executed.ok(call, "{\"status\":\"declined\"}", true);
        }
        Optional<AgentTool> tool = toolBox.tool(pending.get().tool());
        if (tool.isEmpty() || !confirmations.claimForExecution(pending.get().id())) {
            return Executed.error(call, "The confirmed action could not be run.");
        }
        try {
            ToolOutput output = tool.get().run(JSON.readTree(pending.get().arguments()), turn.context);
            turn.noteEvidence(output);
            events.publishEvent(new ToolCompleted(turn.context.conversationId(), tool.get().name()));
            turn.addCards(output.cards());
            turn.links.addAll(output.links());
            if (output.say() != null) {
                turn.say(output.say());
            }
            return Executed.ok(call, output.content(), true);
        } catch (RuntimeException e) {
            log.error("event=confirmed_tool_failed tool={} error={}", pending.get().tool(),
                    e.getClass().getSimpleName(), e);
            turn.say(wording.text("assistant.confirmedFailed", turn.language()));
            return Executed.error(call, "The confirmed action failed.");
        }
    }

    private Executed handoff(ToolCall call, Turn turn, String reason) {
        if (toolBox.tool("request_handoff").isEmpty()) {
            return Executed.ok(call, "{\"status\":\"not_available\"}", true);
        }
        ToolCall request = new ToolCall(call.id(), "request_handoff", JSON.writeValueAsString(Map.of("reason", reason)));
        return runTool(request, turn, JSON.valueToTree(Map.of("reason", reason)), true);
    }

    /**
     * A question left from an earlier turn lapses once the person says something else, so a later "yes" cannot
     * act on it. A question asked in this turn stays open.
     */
    private void withdrawPending(Turn turn) {
        UUID pending = turn.state.pendingConfirmation();
        if (pending != null && pending.equals(turn.inheritedConfirmation)) {
            confirmations.withdraw(pending);
            turn.state = turn.state.awaiting(null);
        }
    }

    private Optional<String> budgetStop(int step, TurnTrace trace, long tokensBefore, Instant started) {
        if (step >= limits.maxStepsPerTurn()) {
            return Optional.of("steps");
        }
        if (trace.usage().promptTokens() + trace.usage().outputTokens() >= limits.maxTokensPerTurn()) {
            return Optional.of("turn_tokens");
        }
        if (tokensBefore + trace.usage().promptTokens() + trace.usage().outputTokens()
                >= limits.maxTokensPerConversation()) {
            return Optional.of("conversation_tokens");
        }
        if (clock.instant().isAfter(started.plus(limits.turnTimeout()))) {
            return Optional.of("time");
        }
        return Optional.empty();
    }

    private String compose(String modelText, Turn turn) {
        List<String> parts = new ArrayList<>();
        if (!modelText.isBlank()) {
            parts.add(modelText.strip());
        }
        parts.addAll(turn.said);
        if (turn.notedFallback) {
            parts.add(wording.text("assistant.fallbackNote", turn.language()));
        }
        if (parts.isEmpty()) {
            parts.add(wording.text("assistant.howCanIHelp", turn.language()));
        }
        return String.join("\n\n", parts);
    }

    /** A guard stopped the turn before the model: its reply, cards and links; a crisis also offers an adviser. */
    private void answerStopped(InputGuards.Stop stop, Turn turn, Locale language, TurnTrace trace) {
        trace.outcome("guard_" + stop.kind().name().toLowerCase(Locale.ROOT));
        turn.topic = stop.topic();
        withdrawPending(turn);
        GuardrailReplies replies = guardrails.replies();
        stop.replyKeys().forEach(key -> turn.say(replies.text(key, language)));
        turn.links.addAll(stop.links());
        turn.addCards(signposts.resolve(stop.cardKeys(), turn.context.personMessages(), turn.state.facts(),
                stop.topic(), turn.language()));
        if (stop.kind() == InputGuards.Kind.CRISIS) {
            events.publishEvent(new SafetyFlagRaised(turn.context.conversationId(),
                    stop.code().equals("urgent") ? SafetyFlagRaised.CRISIS_URGENT : SafetyFlagRaised.CRISIS_CONCERN));
            // The flow in progress stays as it is (paused, not lost); the person can answer its question later.
            if (toolBox.tool("request_handoff").isPresent()) {
                String offer = replies.text("crisis.adviser", language);
                turn.state = turn.state.awaiting(confirmations.ask(turn.context.conversationId(), "request_handoff",
                        JSON.writeValueAsString(Map.of("reason", "crisis")), offer));
                turn.say(offer);
            }
            if (turn.state.activeFlow() != null) {
                turn.say(replies.text("crisis.carryOn", language));
            }
        }
    }

    /** The output checks on the model's text, with one more model call if it fails them. */
    private OutputGuards.Reviewed reviewOutput(String text, LanguageModel model, List<ModelMessage> messages,
            Turn turn, Locale language, TurnTrace trace) {
        return guardrails.output().review(text, turn.evidence, turn.context.personMessages(), failure -> {
            ModelRequest again = new ModelRequest(SystemPrompt.build(flows.all(), turn.state, turn.language()) + "\n"
                    + OutputGuards.correction(failure), messages, toolBox.definitions(flows.all(), turn.settings),
                    context(turn.state, turn.language()), limits.maxOutputTokens());
            return callModel(-1, model, again, TokenSink.IGNORE, trace).text();
        }, () -> guardrails.replies().text("safeAnswer", language), trace);
    }

    /**
     * Calls the model in its span and records the call in the trace. Only the adapter's own time counts as the
     * model's ({@link ProviderTime}); the work in front of it (pseudonymising, the circuit breaker) is the agent's.
     */
    private ModelResponse callModel(int step, LanguageModel model, ModelRequest request, TokenSink sink,
            TurnTrace trace) {
        long callStart = System.nanoTime();
        ModelResponse response;
        long modelNanos;
        try (ProviderTime.Scope inModel = ProviderTime.open()) {
            response = spans.modelCall(step, () -> model.call(request, sink));
            modelNanos = inModel.nanosOr(System.nanoTime() - callStart);
        }
        trace.modelCall(response.model(), models.isFallback(response), response.usage(), modelNanos,
                limits.prices().get(response.model()));
        return response;
    }

    /** A reply may carry only links that a tool returned in this turn (cards included); any other goes. */
    private String guardLinks(String reply, Turn turn, TurnTrace trace) {
        Set<String> allowed = new LinkedHashSet<>(turn.links);
        turn.cards.forEach(card -> allowed.add(card.url()));
        CitationGuard.Guarded guarded = citations.guard(reply, allowed);
        trace.check("citations", guarded.stripped() == 0 ? "ok" : "links_stripped", guarded.stripped());
        return guarded.text();
    }

    /** The model sees the most recent messages only; the facts and flow state in the prompt carry the rest. */
    private List<ModelMessage> window(List<Message> history, Message message) {
        List<ModelMessage> all = new ArrayList<>();
        for (Message m : history) {
            all.add(m.role() == Role.USER ? new ModelMessage.Person(m.text())
                    : new ModelMessage.Assistant(m.text(), List.of()));
            if (m.id().equals(message.id())) {
                break;
            }
        }
        int from = Math.max(0, all.size() - limits.historyMessages());
        while (from < all.size() && !(all.get(from) instanceof ModelMessage.Person)) {
            from++;
        }
        return List.copyOf(all.subList(from, all.size()));
    }

    private DialogueContext context(DialogueState state, Language language) {
        return new DialogueContext(state.activeFlow(), state.requestedSlot(), state.pendingConfirmation() != null,
                flows.all().stream().map(f -> f.name()).toList(), language);
    }

    /** What one turn produced. */
    record Answer(String text, List<Card> cards, Set<String> links, TurnTrace trace, Instant started, String topic,
            DialogueState state) {}

    /**
     * @param worded whether an error's message is already in the conversation's language and fit to show the
     *     person (a {@link ToolInputException}'s is); others are for the model only
     */
    private record Executed(ToolResult result, boolean terminal, boolean worded) {
        Executed(ToolResult result, boolean terminal) {
            this(result, terminal, false);
        }

        static Executed ok(ToolCall call, String content, boolean terminal) {
            return new Executed(new ToolResult(call.id(), call.name(), content, false), terminal);
        }

        static Executed error(ToolCall call, String message) {
            return new Executed(new ToolResult(call.id(), call.name(), message, true), false);
        }

        static Executed inputError(ToolCall call, String message) {
            return new Executed(new ToolResult(call.id(), call.name(), message, true), false, true);
        }
    }

    /** The mutable state of one turn while it runs. */
    private static final class Turn {
        private DialogueState state;
        private final ToolContext context;
        private final TurnListener listener;
        private final List<String> said = new ArrayList<>();
        private final List<Card> cards = new ArrayList<>();
        private final Set<String> links = new LinkedHashSet<>();
        /** What domain tools returned in this turn, for the output checks; holds personal data, never log it. */
        private final List<String> evidence = new ArrayList<>();
        private boolean notedFallback;
        private TurnSettings settings = TurnSettings.ALL_ON;
        private String topic = "other";
        /** The flow's next question; only the last one asked in a step is put to the person. */
        private @Nullable String question;
        private final @Nullable UUID inheritedConfirmation;

        Turn(DialogueState state, ToolContext context, TurnListener listener) {
            this.state = state;
            this.inheritedConfirmation = state.pendingConfirmation();
            this.context = context;
            this.listener = listener;
        }

        Language language() {
            return context.language();
        }

        void say(String text) {
            if (!said.isEmpty() && said.get(said.size() - 1).equals(text)) {
                return; // two commands in one turn can lead to the same question; ask it once
            }
            said.add(text);
            listener.replyText((said.size() > 1 ? "\n\n" : "") + text);
        }

        void noteEvidence(ToolOutput output) {
            evidence.add(output.content());
            if (output.say() != null) {
                evidence.add(output.say());
            }
        }

        void askPendingQuestion() {
            if (question != null) {
                say(question);
                question = null;
            }
        }

        void addCards(List<Card> more) {
            for (Card card : more) {
                if (cards.stream().noneMatch(c -> c.key().equals(card.key()))) {
                    cards.add(card);
                }
            }
        }
    }
}
