package uk.gov.signpost.agent;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A guided flow, held as data: the slots it fills, in order, and the tool it runs when they are filled. The
 * flow engine runs it the same way whichever model (or none) is talking.
 *
 * @param name a stable name such as {@code check_support}
 * @param description what it is for, for the model
 * @param intro what the assistant says when the flow starts
 * @param slots the answers it needs, asked in this order
 * @param complete what happens when every slot that applies is filled
 */
public record FlowDefinition(
        String name, String description, String intro, List<Slot> slots, Completion complete) {

    public FlowDefinition {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(intro, "intro");
        Objects.requireNonNull(complete, "complete");
        slots = List.copyOf(slots);
    }

    /**
     * One answer the flow needs.
     *
     * @param type {@code choice} (one of the options), {@code multi_choice} (one or more), {@code text} or
     *     {@code number}
     * @param options option values and the labels people see, in order
     * @param askWhen ask only when another slot has one of these values
     * @param derive ways to fill the slot from facts the person has already given
     */
    public record Slot(
            String name,
            String ask,
            String type,
            @Nullable Map<String, String> options,
            @JsonProperty("ask_when") @Nullable Condition askWhen,
            @Nullable List<Derivation> derive) {

        public Slot {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(ask, "ask");
            Objects.requireNonNull(type, "type");
            if (!List.of("choice", "multi_choice", "text", "number").contains(type)) {
                throw new IllegalArgumentException("Unknown slot type " + type + " for " + name);
            }
            options = options == null ? Map.of() : options;
            derive = derive == null ? List.of() : List.copyOf(derive);
        }
    }

    /** True when {@code slot}'s value is one of {@code in} (for a list value: when any element is). */
    public record Condition(String slot, List<String> in) {}

    /**
     * Fills a slot from a fact.
     *
     * @param from the fact, such as {@code age}
     * @param kind {@code copy}, {@code threshold} (then/else around {@code atLeast}), {@code present} (then when
     *     the fact is known and not empty) or {@code buckets} (a list of numbers into option values)
     */
    public record Derivation(
            String from,
            String kind,
            @JsonProperty("at_least") @Nullable BigDecimal atLeast,
            @Nullable String then,
            @JsonProperty("else") @Nullable String otherwise,
            @Nullable Map<String, List<Integer>> buckets) {}

    /**
     * @param tool the tool to run with the slots
     * @param arguments how to build its arguments: {@code "$slots"} for every slot as a map, {@code "$slot:x"}
     *     for one slot, anything else as a constant
     */
    public record Completion(String tool, Map<String, String> arguments) {}
}
