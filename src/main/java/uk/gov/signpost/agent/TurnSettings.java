package uk.gov.signpost.agent;

import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The feature switches that apply to one person's turns, from the pilot cohort they are in.
 *
 * @param cohort the cohort's name, for traces and outcome counts ({@code none} when no pilot is running)
 * @param offlineModel whether turns use offline mode only, even when a remote model is configured
 * @param tools the domain tools the model may use, or {@code null} for all of them; flow commands are always
 *     allowed
 * @param memory whether facts about the person may be remembered between conversations
 */
public record TurnSettings(String cohort, boolean offlineModel, @Nullable Set<String> tools, boolean memory) {

    /** Everything on: what turns use when no pilot is running. */
    public static final TurnSettings ALL_ON = new TurnSettings("none", false, null, true);

    public TurnSettings {
        Objects.requireNonNull(cohort, "cohort");
        tools = tools == null ? null : Set.copyOf(tools);
    }

    /** Whether the model may use the named domain tool. */
    public boolean allowsTool(String name) {
        return tools == null || tools.contains(name);
    }

    /** Supplied by the module that runs the pilot. Asked once at the start of every turn, so it must be cheap. */
    @FunctionalInterface
    public interface Source {
        TurnSettings forOwner(uk.gov.signpost.conversation.OwnerId owner);
    }
}
