package uk.gov.signpost.memory.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import uk.gov.signpost.agent.ConversationFacts;
import uk.gov.signpost.conversation.OwnerId;
import uk.gov.signpost.memory.Channel;
import uk.gov.signpost.memory.ExistingFacts;
import uk.gov.signpost.memory.MemoryFactNotFoundException;
import uk.gov.signpost.memory.MemoryOverview;
import uk.gov.signpost.memory.MemoryProperties;
import uk.gov.signpost.memory.RememberedFact;
import uk.gov.signpost.platform.InvalidFieldException;

/**
 * The changes a person can make to their memory, from a conversation, a page or the API. Each one is recorded
 * in the edit history, and a deleted fact also leaves the person's conversations, so that no later prompt
 * carries it.
 */
@Component
public class MemoryActions {

    private static final Logger log = LoggerFactory.getLogger(MemoryActions.class);

    private final FactStore facts;
    private final MemoryJournal journal;
    private final ConversationFacts conversationFacts;
    private final MemoryProperties properties;
    private final Clock clock;

    MemoryActions(FactStore facts, MemoryJournal journal, ConversationFacts conversationFacts,
            MemoryProperties properties, Clock clock) {
        this.facts = facts;
        this.journal = journal;
        this.conversationFacts = conversationFacts;
        this.properties = properties;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public MemoryOverview overview(OwnerId owner) {
        Instant now = clock.instant();
        List<RememberedFact> shown = facts.list(owner.value()).stream()
                .filter(f -> f.expiresAt() == null || f.expiresAt().isAfter(now))
                .map(MemoryActions::view).toList();
        return new MemoryOverview(journal.enabled(owner.value()), shown, journal.history(owner.value()));
    }

    @Transactional(readOnly = true)
    public RememberedFact fact(OwnerId owner, UUID id) {
        return facts.find(owner.value(), id).map(MemoryActions::view).orElseThrow(MemoryFactNotFoundException::new);
    }

    /** Corrects one fact. The value is read as its category's type ("20" hours, "yes", "LS6"). */
    @Transactional
    public RememberedFact correct(OwnerId owner, UUID id, String value, Channel channel) {
        FactStore.StoredFact fact = facts.find(owner.value(), id).orElseThrow(MemoryFactNotFoundException::new);
        FactCategory category = FactCatalogue.find(fact.category()).orElseThrow(MemoryFactNotFoundException::new);
        Object parsed = category.parse(value).orElseThrow(() -> new InvalidFieldException("memory_value_invalid",
                "value", "Enter a value like the one shown for this fact."));
        facts.correct(owner.value(), id, parsed, clock.instant());
        journal.record(owner.value(), id, fact.category(), "corrected", channel, clock.instant());
        // The conversations keep what was said there; drop it so the corrected value is the one used.
        conversationFacts.forget(owner, FactCatalogue.factNames(category));
        log.info("event=memory_fact_corrected owner={} fact={} category={} channel={}", owner, id, fact.category(),
                channel.code());
        return fact(owner, id);
    }

    @Transactional
    public void delete(OwnerId owner, UUID id, Channel channel) {
        FactStore.StoredFact fact = facts.find(owner.value(), id).orElseThrow(MemoryFactNotFoundException::new);
        facts.delete(owner.value(), id);
        forgotten(owner, List.of(fact), "deleted", channel);
    }

    /** Deletes the facts of these categories, whether or not there are any. Returns the dialogue names to drop. */
    @Transactional
    public Set<String> forgetCategories(OwnerId owner, Collection<String> categories, Channel channel) {
        forgotten(owner, facts.deleteCategories(owner.value(), categories), "deleted", channel);
        Set<String> names = new LinkedHashSet<>();
        categories.forEach(c -> FactCatalogue.find(c).ifPresent(category -> names.addAll(FactCatalogue.factNames(category))));
        conversationFacts.forget(owner, names);
        return names;
    }

    @Transactional
    public int deleteAll(OwnerId owner, Channel channel) {
        List<FactStore.StoredFact> gone = facts.deleteAll(owner.value());
        forgotten(owner, gone, null, channel);
        journal.record(owner.value(), null, null, "deleted_all", channel, clock.instant());
        conversationFacts.forget(owner, allNames());
        return gone.size();
    }

    /** Turns memory on or off; when off, existing facts are kept unused or deleted, as the person chose. */
    @Transactional
    public void setEnabled(OwnerId owner, boolean enabled, ExistingFacts existing, Channel channel) {
        journal.setEnabled(owner.value(), enabled, clock.instant());
        journal.record(owner.value(), null, null, enabled ? "memory_on" : "memory_off", channel, clock.instant());
        if (!enabled && existing == ExistingFacts.DELETE) {
            List<FactStore.StoredFact> gone = facts.deleteAll(owner.value());
            forgotten(owner, gone, null, channel);
            journal.record(owner.value(), null, null, "memory_off_deleted", channel, clock.instant());
        }
        log.info("event=memory_setting_changed owner={} enabled={} existing={} channel={}", owner, enabled,
                existing, channel.code());
    }

    /** Saves a fact the person stated, and records it (one statement). */
    public UUID save(OwnerId owner, FactCategory category, Object value, @Nullable UUID conversation,
            @Nullable UUID message, Channel channel) {
        Instant now = clock.instant();
        Instant expires = properties.factLifetime().isZero() ? null : now.plus(properties.factLifetime());
        return facts.saveAndRecord(owner.value(), category.name(), value, category.sensitivity(), conversation,
                message, now, expires, channel.code());
    }

    List<FactStore.StoredFact> stored(OwnerId owner) {
        Instant now = clock.instant();
        return facts.list(owner.value()).stream()
                .filter(f -> f.expiresAt() == null || f.expiresAt().isAfter(now)).toList();
    }

    private void forgotten(OwnerId owner, List<FactStore.StoredFact> gone, @Nullable String action,
            Channel channel) {
        Instant now = clock.instant();
        Set<String> names = new LinkedHashSet<>();
        for (FactStore.StoredFact fact : gone) {
            if (action != null) {
                journal.record(owner.value(), fact.id(), fact.category(), action, channel, now);
            }
            FactCatalogue.find(fact.category()).ifPresent(category -> {
                names.addAll(FactCatalogue.factNames(category));
                if (category.special()) {
                    journal.consent(owner.value(), category.name(), "withdrawn",
                            "The person deleted the fact.", null, null, now);
                }
            });
        }
        conversationFacts.forget(owner, names);
        log.info("event=memory_facts_deleted owner={} count={} channel={}", owner, gone.size(), channel.code());
    }

    static Set<String> allNames() {
        Set<String> names = new LinkedHashSet<>();
        FactCatalogue.all().forEach(c -> names.addAll(FactCatalogue.factNames(c)));
        return names;
    }

    static RememberedFact view(FactStore.StoredFact fact) {
        return new RememberedFact(fact.id(), fact.category(), FactCategory.display(fact.value()), fact.sensitivity(),
                fact.sourceConversation(), fact.sourceMessage(), fact.savedAt(), fact.updatedAt(), fact.expiresAt());
    }
}
