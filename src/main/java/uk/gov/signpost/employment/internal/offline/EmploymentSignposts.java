package uk.gov.signpost.employment.internal.offline;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import uk.gov.signpost.agent.SignpostResolver;
import uk.gov.signpost.conversation.Card;
import uk.gov.signpost.employment.Nation;
import uk.gov.signpost.employment.internal.catalogue.ServiceCatalogue;
import uk.gov.signpost.employment.internal.catalogue.ServiceView;
import uk.gov.signpost.employment.internal.geography.NationDetector;
import uk.gov.signpost.employment.internal.routing.RoutingPolicy;

/**
 * Turns suggested services into cards for this person, then adds what the routing rules give for the facts
 * they have stated (a carer gets Carer's Allowance, an 18 to 21 year old the Youth Guarantee). It works out
 * their nation from those facts or what they wrote, shows each service as that nation knows it, swaps in the
 * nation's equivalent where a service does not cover it, and drops duplicates.
 */
@Component
class EmploymentSignposts implements SignpostResolver {

    private static final Logger log = LoggerFactory.getLogger(EmploymentSignposts.class);

    private final ServiceCatalogue catalogue;
    private final NationDetector nations;
    private final Map<String, String> reasons;
    private final RoutingPolicy routing;

    EmploymentSignposts(ServiceCatalogue catalogue, NationDetector nations, EmploymentIntents intents,
            RoutingPolicy routing) {
        this.catalogue = catalogue;
        this.nations = nations;
        this.reasons = intents.reasons();
        this.routing = routing;
    }

    @Override
    public List<Card> resolve(List<String> serviceKeys, List<String> personMessages, Map<String, Object> facts,
            String intent) {
        Nation nation = nationOf(facts).or(() -> nations.detect(personMessages)).orElse(null);
        String reason = reasons.getOrDefault(intent, "This service may help you.");
        Set<String> shown = new LinkedHashSet<>();
        List<Card> cards = new ArrayList<>();
        for (String key : serviceKeys) {
            add(cards, shown, key, reason, nation);
        }
        for (RoutingPolicy.Recommendation routed : routing.recommend(facts)) {
            add(cards, shown, routed.service(), routed.reason(), nation);
        }
        return cards;
    }

    private void add(List<Card> cards, Set<String> shown, String key, String reason, @Nullable Nation nation) {
        Optional<ServiceView> service = catalogue.resolve(key, nation);
        if (service.isEmpty()) {
            log.debug("event=signpost_skipped key={} nation={}", key, nation);
            return;
        }
        ServiceView view = service.get();
        if (!shown.add(view.key())) {
            return;
        }
        String why = view.nationSpecific() && nation != null
                ? reason + " This is the service for people in " + nation.displayName() + "."
                : reason;
        cards.add(new Card(view.key(), view.name(), view.url(), view.purpose(), view.contact(), why));
    }

    private static Optional<Nation> nationOf(Map<String, Object> facts) {
        Object nation = facts.get("nation");
        return nation == null ? Optional.empty() : Nation.fromKey(String.valueOf(nation));
    }
}
