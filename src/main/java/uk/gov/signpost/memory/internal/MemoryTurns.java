package uk.gov.signpost.memory.internal;

import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;
import uk.gov.signpost.agent.ToolContext;
import uk.gov.signpost.agent.TurnMemory;
import uk.gov.signpost.conversation.OwnerId;
import uk.gov.signpost.memory.Channel;
import uk.gov.signpost.memory.ExistingFacts;
import uk.gov.signpost.model.TextEmbedder;

/**
 * Memory in the conversation. The UX, decided in docs/memory.md:
 * <ul>
 * <li>Ordinary facts the person states are saved with notice in the same reply ("I'll remember that you're
 * interested in admin. You can change this at any time."), and can be undone at once by saying "forget that …"
 * or on the page. Nothing is saved without the person being told.</li>
 * <li>Special-category facts (health) are never saved on notice: the assistant asks first, in plain words, and
 * saves only on a "yes", recording the consent. It asks when no flow question is waiting, so a "yes" can only
 * mean one thing. Anything but yes or no to that question counts as no.</li>
 * <li>"Forget …" finds the fact, asks to confirm, and on "yes" deletes it from memory and from the
 * conversation, so it leaves the next prompt too.</li>
 * <li>In a private conversation or with memory off, nothing is read and nothing new is kept.</li>
 * </ul>
 */
@Component
class MemoryTurns implements TurnMemory {

    static final String CHANGE = "You can change this at any time.";
    static final String WHERE = "You can see and change what I remember on the page \"What Signpost remembers"
            + " about you\".";

    private final FactStore store;
    private final MemoryJournal journal;
    private final MemoryActions actions;
    private final ObjectProvider<TextEmbedder> embedder;
    private final Clock clock;

    MemoryTurns(FactStore store, MemoryJournal journal, MemoryActions actions, ObjectProvider<TextEmbedder> embedder,
            Clock clock) {
        this.store = store;
        this.journal = journal;
        this.actions = actions;
        this.embedder = embedder;
        this.clock = clock;
    }

    @Override
    public Session open(ToolContext context, UUID messageId) {
        FactStore.TurnView view = store.forTurn(context.owner().value(), context.conversationId().value(),
                clock.instant());
        return new TurnSession(context, messageId, view);
    }

    private final class TurnSession implements Session {

        private final ToolContext context;
        private final UUID messageId;
        private final FactStore.TurnView view;
        private final OwnerId owner;
        private final UUID conversation;
        private boolean questionOpen;

        TurnSession(ToolContext context, UUID messageId, FactStore.TurnView view) {
            this.context = context;
            this.messageId = messageId;
            this.view = view;
            this.owner = context.owner();
            this.conversation = context.conversationId().value();
            this.questionOpen = view.questionKind() != null;
        }

        @Override
        public Map<String, Object> facts() {
            Map<String, Object> facts = new LinkedHashMap<>();
            if (view.active()) {
                view.facts().forEach((name, value) -> FactCatalogue.find(name)
                        .ifPresent(category -> facts.put(category.writesTo(), value)));
            }
            return facts;
        }

        @Override
        public Optional<Answer> answer(String text, Map<String, Object> conversationFacts) {
            if (view.questionKind() != null) {
                journal.clearQuestion(conversation);
                questionOpen = false;
                Optional<MemoryRequests.Kind> yesNo = MemoryRequests.answer(text);
                List<String> categories = List.of(view.questionCategories().split(","));
                if (view.questionKind().equals("consent")) {
                    return Optional.of(consent(categories, yesNo.orElse(null) == MemoryRequests.Kind.YES,
                            conversationFacts, yesNo.isPresent()))
                            .filter(answer -> yesNo.isPresent());
                }
                if (yesNo.isPresent()) {
                    return Optional.of(forget(view.questionKind(), categories,
                            yesNo.get() == MemoryRequests.Kind.YES));
                }
            }
            return MemoryRequests.read(text).flatMap(request -> switch (request.kind()) {
                case WHAT -> Optional.of(new Answer(what(), Set.of()));
                case OFF -> Optional.of(off());
                case FORGET_ALL -> Optional.of(ask("forget_all", List.of(),
                        "Do you want me to forget everything I remember about you? Reply yes or no."));
                case FORGET -> askToForget(request.subject(), conversationFacts);
                default -> Optional.empty();
            });
        }

        @Override
        public Kept keep(Map<String, Object> before, Map<String, Object> after, boolean busy) {
            if (!view.active()) {
                return Kept.NOTHING;
            }
            List<String> noticed = new ArrayList<>();
            List<FactCategory> needConsent = new ArrayList<>();
            for (FactCategory category : FactCatalogue.all()) {
                Optional<Object> now = FactCatalogue.valueIn(category, after);
                if (now.isEmpty()) {
                    continue;
                }
                boolean remembered = now.get().equals(view.facts().get(category.name()));
                if (category.special()) {
                    if (!remembered && !journal.refused(owner.value(), category.name(), conversation)) {
                        needConsent.add(category);
                    }
                } else if (!remembered && !now.equals(FactCatalogue.valueIn(category, before))) {
                    actions.save(owner, category, now.get(), conversation, messageId, Channel.CONVERSATION);
                    noticed.add(category.noticeFor(now.get()));
                }
            }
            String notice = noticed.isEmpty() ? "" : "I'll remember that " + join(noticed) + ". " + CHANGE;
            String question = "";
            if (!needConsent.isEmpty() && !busy && !questionOpen) {
                List<String> phrases = needConsent.stream()
                        .map(c -> c.noticeFor(FactCatalogue.valueIn(c, after).orElseThrow())).toList();
                question = consentQuestion(join(phrases));
                journal.ask(conversation, "consent", needConsent.stream().map(FactCategory::name).toList(),
                        clock.instant());
            }
            return new Kept(notice, question);
        }

        private Answer consent(List<String> categories, boolean yes, Map<String, Object> conversationFacts,
                boolean answered) {
            List<String> phrases = new ArrayList<>();
            for (String name : categories) {
                FactCategory category = FactCatalogue.find(name).orElseThrow();
                Optional<Object> value = FactCatalogue.valueIn(category, conversationFacts);
                if (value.isEmpty()) {
                    continue;
                }
                // The question as asked, with the fact itself left out, so a withdrawn consent reveals nothing.
                String wording = consentQuestion(category.neutral());
                if (yes && view.active()) {
                    journal.consent(owner.value(), name, "given", wording, conversation, messageId, clock.instant());
                    actions.save(owner, category, value.get(), conversation, messageId, Channel.CONVERSATION);
                    journal.record(owner.value(), null, name, "consent_given", Channel.CONVERSATION, clock.instant());
                    phrases.add(category.noticeFor(value.get()));
                } else {
                    journal.consent(owner.value(), name, "refused", wording + (answered ? "" : " (not answered)"),
                            conversation, messageId, clock.instant());
                    journal.record(owner.value(), null, name, "consent_refused", Channel.CONVERSATION,
                            clock.instant());
                }
            }
            if (yes && !view.active()) {
                return new Answer("Memory is off, so I have not kept it. I will only use it in this conversation.",
                        Set.of());
            }
            if (yes && !phrases.isEmpty()) {
                return new Answer("Thank you. I'll remember that " + join(phrases) + ". " + CHANGE, Set.of());
            }
            return new Answer("OK, I will not remember that. I will only use it in this conversation.", Set.of());
        }

        private Answer forget(String kind, List<String> categories, boolean yes) {
            if (!yes) {
                return new Answer("OK, I have not forgotten anything.", Set.of());
            }
            if (kind.equals("forget_all")) {
                actions.deleteAll(owner, Channel.CONVERSATION);
                return new Answer("Done. I have forgotten everything I remembered about you. " + WHERE,
                        MemoryActions.allNames());
            }
            Set<String> names = actions.forgetCategories(owner, categories, Channel.CONVERSATION);
            return new Answer("Done. I have forgotten that. " + WHERE, names);
        }

        private Optional<Answer> askToForget(String subject, Map<String, Object> conversationFacts) {
            Map<String, Object> candidates = new LinkedHashMap<>();
            for (FactCategory category : FactCatalogue.all()) {
                FactCatalogue.valueIn(category, conversationFacts).ifPresent(v -> candidates.put(category.name(), v));
            }
            actions.stored(owner).forEach(fact -> candidates.putIfAbsent(fact.category(), fact.value()));
            List<String> meant = FactMatcher.match(subject, candidates, embedder.getIfAvailable());
            if (meant.isEmpty()) {
                return Optional.of(new Answer("I could not tell which fact you mean. " + what(), Set.of()));
            }
            List<String> phrases = meant.stream()
                    .map(name -> FactCatalogue.find(name).orElseThrow().noticeFor(candidates.get(name))).toList();
            return Optional.of(ask("forget", meant,
                    "Do you want me to forget that " + join(phrases) + "? Reply yes or no."));
        }

        private Answer ask(String kind, List<String> categories, String question) {
            journal.ask(conversation, kind, categories, clock.instant());
            questionOpen = true;
            return new Answer(question, Set.of());
        }

        private Answer off() {
            actions.setEnabled(owner, false, ExistingFacts.KEEP, Channel.CONVERSATION);
            return new Answer("I have turned memory off. I will not remember anything new, and I will not use what"
                    + " I remembered before. To delete that too, say \"forget everything\". " + WHERE, Set.of());
        }

        private String what() {
            if (view.privateConversation()) {
                return "This is a private conversation, so I am not using or keeping anything I remember. " + WHERE;
            }
            if (!view.enabled()) {
                return "Memory is off, so I am not using or keeping anything. " + WHERE;
            }
            List<String> phrases = new ArrayList<>();
            view.facts().forEach((name, value) -> FactCatalogue.find(name)
                    .ifPresent(category -> phrases.add(category.noticeFor(value))));
            if (phrases.isEmpty()) {
                return "I do not remember anything about you yet. " + WHERE;
            }
            return "I remember that " + join(phrases) + ". To forget something, say \"forget\" and what it is, for"
                    + " example \"forget where I live\". " + WHERE;
        }
    }

    static String consentQuestion(String phrase) {
        return "You told me " + phrase + ". I can remember this so you do not have to"
                + " tell me again. Health information is sensitive, so I will only remember it if you say yes. You"
                + " can change your mind at any time. Shall I remember it? Reply yes or no.";
    }

    static String join(List<String> phrases) {
        if (phrases.size() == 1) {
            return phrases.get(0);
        }
        return String.join(", ", phrases.subList(0, phrases.size() - 1)) + " and " + phrases.get(phrases.size() - 1);
    }
}
