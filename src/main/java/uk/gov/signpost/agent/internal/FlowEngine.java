package uk.gov.signpost.agent.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import uk.gov.signpost.agent.FlowDefinition;
import uk.gov.signpost.agent.FlowDefinition.Condition;
import uk.gov.signpost.agent.FlowDefinition.Slot;
import uk.gov.signpost.agent.FlowSource;
import uk.gov.signpost.agent.Wording;
import uk.gov.signpost.model.Language;

/**
 * Carries out flow commands deterministically: start a flow, set or correct slots, cancel. After each command
 * it works out what to ask next, or that the flow is complete. It never talks to a model, so the same flow data
 * runs the same way online and offline.
 */
@Component
class FlowEngine {

    private final Map<String, FlowDefinition> flows;
    private final Map<String, FlowDefinition> welshFlows;
    private final Wording wording;

    FlowEngine(List<FlowSource> sources, Wording wording) {
        this.flows = byName(sources, Language.ENGLISH);
        this.welshFlows = byName(sources, Language.WELSH);
        this.wording = wording;
        if (!welshFlows.keySet().equals(flows.keySet())) {
            throw new IllegalStateException("Welsh flows " + welshFlows.keySet() + " differ from " + flows.keySet());
        }
    }

    private static Map<String, FlowDefinition> byName(List<FlowSource> sources, Language language) {
        return sources.stream().flatMap(s -> s.flows(language).stream())
                .collect(Collectors.toMap(FlowDefinition::name, f -> f, (a, b) -> {
                    throw new IllegalStateException("Two flows named " + a.name());
                }, LinkedHashMap::new));
    }

    private Map<String, FlowDefinition> in(Language language) {
        return language == Language.WELSH ? welshFlows : flows;
    }

    List<FlowDefinition> all() {
        return List.copyOf(flows.values());
    }

    Optional<FlowDefinition> find(@Nullable String name) {
        return name == null ? Optional.empty() : Optional.ofNullable(flows.get(name));
    }

    /** Starts a flow, filling every slot the known facts already answer. */
    Step start(String name, DialogueState state) {
        return start(name, state, Language.ENGLISH);
    }

    /** As {@link #start(String, DialogueState)}, asking in {@code language}. */
    Step start(String name, DialogueState state, Language language) {
        FlowDefinition flow = in(language).get(name);
        if (flow == null) {
            return Step.error(state, "There is no flow called " + name + ". Flows: " + flows.keySet());
        }
        DialogueState started = state.withFlow(name, Map.of());
        return advance(flow, derive(flow, started, Set.of()), flow.intro(), null, language);
    }

    /**
     * Records what the person said. Known slot names set (or correct) that slot; every value is also kept as a
     * fact, from which other slots may be derived.
     */
    Step setSlots(Map<String, Object> values, DialogueState state) {
        return setSlots(values, state, Language.ENGLISH);
    }

    /**
     * As {@link #setSlots(Map, DialogueState)}, asking in {@code language}. An answer may use the option labels
     * of either language ("Cymru" or "Wales").
     */
    Step setSlots(Map<String, Object> values, DialogueState state, Language language) {
        DialogueState next = state.withFacts(values);
        Optional<FlowDefinition> active = find(state.activeFlow()).map(f -> in(language).getOrDefault(f.name(), f));
        if (active.isEmpty()) {
            return Step.quiet(next);
        }
        FlowDefinition flow = active.get();
        FlowDefinition english = flows.get(flow.name());
        Map<String, Object> slots = new LinkedHashMap<>(next.slots());
        for (Map.Entry<String, Object> value : values.entrySet()) {
            slot(flow, value.getKey())
                    .flatMap(slot -> SlotValues.read(slot, value.getValue()))
                    .or(() -> slot(english, value.getKey()).flatMap(slot -> SlotValues.read(slot, value.getValue())))
                    .ifPresent(read -> slots.put(value.getKey(), read));
        }
        DialogueState derived = derive(flow, next.withSlots(slots), values.keySet());
        String requested = state.requestedSlot();
        String problem = requested != null && values.containsKey(requested)
                && !derived.slots().containsKey(requested) ? wording.text("flow.notUnderstood", language) : null;
        return advance(flow, derived, null, problem, language);
    }

    /** Stops the flow in progress. Facts the person gave are kept. */
    Step cancel(DialogueState state) {
        return cancel(state, Language.ENGLISH);
    }

    /** As {@link #cancel(DialogueState)}, saying so in {@code language}. */
    Step cancel(DialogueState state, Language language) {
        if (state.activeFlow() == null) {
            return Step.say(state, wording.text("flow.nothingToStop", language));
        }
        return Step.say(state.endFlow(), wording.text("flow.stopped", language));
    }

    /** Asks for the next slot, or reports the flow complete with the tool arguments. */
    private Step advance(FlowDefinition flow, DialogueState state, @Nullable String intro, @Nullable String problem,
            Language language) {
        String say = join(problem, intro);
        for (Slot slot : flow.slots()) {
            if (applies(slot, state.slots()) && !state.slots().containsKey(slot.name())) {
                String ask = slot.options().isEmpty() ? slot.ask() : slot.ask() + "\n\n" + answerHint(slot, language);
                return new Step(state.requesting(slot.name()), say, ask, null, Map.of(), false);
            }
        }
        Map<String, Object> answered = new LinkedHashMap<>();
        for (Slot slot : flow.slots()) {
            if (applies(slot, state.slots()) && state.slots().containsKey(slot.name())) {
                answered.put(slot.name(), state.slots().get(slot.name()));
            }
        }
        return new Step(state.endFlow(), say, null, flow.complete().tool(), arguments(flow, answered), false);
    }

    private static @Nullable String join(@Nullable String first, @Nullable String second) {
        boolean hasFirst = first != null && !first.isBlank();
        boolean hasSecond = second != null && !second.isBlank();
        if (hasFirst && hasSecond) {
            return first + " " + second;
        }
        return hasFirst ? first : hasSecond ? second : null;
    }

    /**
     * Fills empty slots from the facts. A slot already filled is derived again only when one of its facts was
     * just given, so that "actually, I live in Scotland" corrects the answer it had filled.
     */
    private static DialogueState derive(FlowDefinition flow, DialogueState state, Set<String> freshFacts) {
        Map<String, Object> slots = new LinkedHashMap<>(state.slots());
        for (Slot slot : flow.slots()) {
            boolean refresh = slot.derive().stream().anyMatch(d -> freshFacts.contains(d.from()));
            if (!slots.containsKey(slot.name()) || refresh) {
                SlotValues.derive(slot, state.facts()).ifPresent(v -> slots.put(slot.name(), v));
            }
        }
        return state.withSlots(slots);
    }

    private static boolean applies(Slot slot, Map<String, Object> slots) {
        Condition when = slot.askWhen();
        if (when == null) {
            return true;
        }
        Object value = slots.get(when.slot());
        if (value instanceof List<?> list) {
            return list.stream().anyMatch(v -> when.in().contains(String.valueOf(v)));
        }
        return value != null && when.in().contains(String.valueOf(value));
    }

    private static Map<String, Object> arguments(FlowDefinition flow, Map<String, Object> slots) {
        Map<String, Object> arguments = new LinkedHashMap<>();
        flow.complete().arguments().forEach((name, source) -> {
            if (source.equals("$slots")) {
                arguments.put(name, slots);
            } else if (source.startsWith("$slot:")) {
                Object value = slots.get(source.substring(6));
                if (value != null) {
                    arguments.put(name, value);
                }
            } else {
                arguments.put(name, source);
            }
        });
        return arguments;
    }

    private String answerHint(Slot slot, Language language) {
        List<String> labels = List.copyOf(slot.options().values());
        String joined = labels.size() == 1 ? labels.get(0)
                : String.join(", ", labels.subList(0, labels.size() - 1)) + " " + wording.text("flow.or", language)
                        + " " + labels.get(labels.size() - 1);
        return wording.text(slot.type().equals("multi_choice") ? "flow.answerMany" : "flow.answer", language, joined);
    }

    private static Optional<Slot> slot(FlowDefinition flow, String name) {
        return flow.slots().stream().filter(s -> s.name().equals(name)).findFirst();
    }

    /**
     * The result of one flow command.
     *
     * @param say what to tell the person, if anything (an introduction, or why an answer was not understood)
     * @param ask the question the flow needs answered next, if any; a later command in the same turn may replace
     *     it
     * @param completeTool the tool to run now that the flow is complete
     * @param arguments its arguments
     * @param error whether the command itself was wrong (returned to the model as an error)
     */
    record Step(DialogueState state, @Nullable String say, @Nullable String ask, @Nullable String completeTool,
            Map<String, Object> arguments, boolean error) {

        static Step quiet(DialogueState state) {
            return new Step(state, null, null, null, Map.of(), false);
        }

        static Step say(DialogueState state, String say) {
            return new Step(state, say, null, null, Map.of(), false);
        }

        static Step error(DialogueState state, String message) {
            return new Step(state, message, null, null, Map.of(), true);
        }
    }
}
