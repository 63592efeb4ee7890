package uk.gov.signpost.memory.internal;

import java.time.Clock;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import uk.gov.signpost.conversation.OwnerId;
import uk.gov.signpost.memory.Channel;

/**
 * Gives one person's memory to another session after a resume: the facts (the newer of two of a kind wins),
 * the setting, consents, private marks and history.
 */
@Component
public class MemoryMove {

    private final FactStore facts;
    private final MemoryJournal journal;
    private final Clock clock;

    MemoryMove(FactStore facts, MemoryJournal journal, Clock clock) {
        this.facts = facts;
        this.journal = journal;
        this.clock = clock;
    }

    @Transactional
    public void move(OwnerId from, OwnerId to) {
        facts.move(from.value(), to.value());
        journal.move(from.value(), to.value());
        journal.record(to.value(), null, null, "resumed", Channel.RESUME, clock.instant());
    }
}
