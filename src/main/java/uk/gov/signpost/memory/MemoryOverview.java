package uk.gov.signpost.memory;

import java.util.List;

/** Everything the person can see about their memory: whether it is on, the facts and the edit history. */
public record MemoryOverview(boolean enabled, List<RememberedFact> facts, List<MemoryChange> history) {

    public MemoryOverview {
        facts = List.copyOf(facts);
        history = List.copyOf(history);
    }
}
