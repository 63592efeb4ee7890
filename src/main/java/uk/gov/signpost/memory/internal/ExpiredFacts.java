package uk.gov.signpost.memory.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import uk.gov.signpost.memory.Channel;

/**
 * Deletes facts past their expiry every hour. Turns never read an expired fact anyway; this makes sure it
 * does not stay in the database either, and the person sees "Forgotten because it was old" in their history.
 */
@Component
public class ExpiredFacts {

    private static final Logger log = LoggerFactory.getLogger(ExpiredFacts.class);

    private final FactStore facts;
    private final MemoryJournal journal;
    private final Clock clock;

    ExpiredFacts(FactStore facts, MemoryJournal journal, Clock clock) {
        this.facts = facts;
        this.journal = journal;
        this.clock = clock;
    }

    @Scheduled(initialDelayString = "PT1M", fixedDelayString = "PT1H")
    @Transactional
    public int deleteExpired() {
        Instant now = clock.instant();
        List<FactStore.StoredFact> gone = facts.deleteExpired(now);
        gone.forEach(fact -> journal.record(fact.owner(), fact.id(), fact.category(), "expired", Channel.SYSTEM,
                now));
        if (!gone.isEmpty()) {
            log.info("event=memory_facts_expired count={}", gone.size());
        }
        return gone.size();
    }
}
