package uk.gov.signpost.handoff.internal;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.springframework.stereotype.Component;
import uk.gov.signpost.conversation.ConversationId;
import uk.gov.signpost.handoff.Availability;
import uk.gov.signpost.handoff.Handoff;
import uk.gov.signpost.handoff.HandoffStatus;
import uk.gov.signpost.handoff.OtherService;
import uk.gov.signpost.handoff.PersonView;
import uk.gov.signpost.platform.LiveNotifications;

/** The door to the person's view of a handoff, for {@link uk.gov.signpost.handoff.Handoffs}. */
@Component
public class PersonSide {

    private final HandoffStore store;
    private final AdviserPresence presence;
    private final OtherServices others;
    private final LiveNotifications live;

    PersonSide(HandoffStore store, AdviserPresence presence, OtherServices others, LiveNotifications live) {
        this.store = store;
        this.presence = presence;
        this.others = others;
        this.live = live;
    }

    public Optional<PersonView> view(ConversationId conversation, Locale locale) {
        return store.latestFor(conversation).map(handoff -> view(handoff, locale));
    }

    public LiveNotifications.Subscription watch(ConversationId conversation, Runnable changed) {
        return live.subscribe(LiveTopics.conversation(conversation), new LiveNotifications.Subscriber() {
            @Override
            public void notice(String payload) {
                changed.run();
            }

            @Override
            public void missed() {
                changed.run();
            }
        });
    }

    private PersonView view(Handoff handoff, Locale locale) {
        Availability availability = handoff.status().open() ? presence.now() : Availability.AVAILABLE;
        List<OtherService> services = availability == Availability.AVAILABLE && handoff.status()
                != HandoffStatus.CLOSED ? List.of() : others.all(locale);
        return new PersonView(handoff.id(), handoff.status(), handoff.urgency(), store.position(handoff).orElse(null),
                handoff.adviserName(), availability, presence.openingHours(locale), handoff.transcriptConsent(),
                services);
    }
}
