package uk.gov.signpost.pilot;

import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import uk.gov.signpost.agent.TurnSettings;

/**
 * A pilot cohort and its feature switches.
 *
 * @param name a short code such as {@code claude_full} or {@code offline_only}
 * @param model {@code remote} (the configured provider, falling back to offline) or {@code offline}
 * @param tools the domain tools allowed, or {@code null} for all
 * @param memory whether facts may be remembered between conversations
 * @param rolloutPercent the share of people (0 to 100) put into this cohort by the stable hash
 */
public record Cohort(String name, String model, @Nullable Set<String> tools, boolean memory, int rolloutPercent) {

    private static final Pattern NAME = Pattern.compile("[a-z][a-z0-9_]{1,31}");

    public Cohort {
        Objects.requireNonNull(name, "name");
        if (!NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("A cohort name is a short lower-case code");
        }
        if (!"remote".equals(model) && !"offline".equals(model)) {
            throw new IllegalArgumentException("A cohort's model is remote or offline");
        }
        if (rolloutPercent < 0 || rolloutPercent > 100) {
            throw new IllegalArgumentException("A rollout is between 0 and 100 per cent");
        }
        tools = tools == null ? null : Set.copyOf(tools);
    }

    /** The switches the agent applies to a turn for someone in this cohort. */
    public TurnSettings settings() {
        return new TurnSettings(name, "offline".equals(model), tools, memory);
    }
}
