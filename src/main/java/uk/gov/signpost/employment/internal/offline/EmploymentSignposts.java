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
import uk.gov.signpost.agent.Wording;
import uk.gov.signpost.conversation.Card;
import uk.gov.signpost.employment.Nation;
import uk.gov.signpost.employment.internal.catalogue.ServiceCatalogue;
import uk.gov.signpost.employment.internal.catalogue.ServiceView;
import uk.gov.signpost.employment.internal.geography.NationDetector;
import uk.gov.signpost.employment.internal.routing.RoutingPolicy;
import uk.gov.signpost.model.Language;

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
    private final Map<String, String> welshReasons;
    private final RoutingPolicy routing;
    private final Wording wording;

    EmploymentSignposts(ServiceCatalogue catalogue, NationDetector nations, EmploymentIntents intents,
            RoutingPolicy routing, Wording wording) {
        this.catalogue = catalogue;
        this.nations = nations;
        this.reasons = intents.reasons();
        this.welshReasons = intents.welshReasons();
        this.routing = routing;
        this.wording = wording;
    }

    @Override
    public List<Card> resolve(List<String> serviceKeys, List<String> personMessages, Map<String, Object> facts,
            String intent) {
        return resolve(serviceKeys, personMessages, facts, intent, Language.ENGLISH);
    }

    @Override
    public List<Card> resolve(List<String> serviceKeys, List<String> personMessages, Map<String, Object> facts,
            String intent, Language language) {
        Nation nation = nationOf(facts).or(() -> nations.detect(personMessages)).orElse(null);
        String reason = (language == Language.WELSH ? welshReasons : reasons).get(intent);
        if (reason == null) {
            reason = wording.text("signpost.default", language);
        }
        Set<String> shown = new LinkedHashSet<>();
        List<Card> cards = new ArrayList<>();
        for (String key : serviceKeys) {
            add(cards, shown, key, reason, nation, language);
        }
        for (RoutingPolicy.Recommendation routed : routing.recommend(facts)) {
            add(cards, shown, routed.service(), language == Language.WELSH ? routed.welshReason() : routed.reason(),
                    nation, language);
        }
        return cards;
    }

    private void add(List<Card> cards, Set<String> shown, String key, String reason, @Nullable Nation nation,
            Language language) {
        Optional<ServiceView> service = catalogue.resolve(key, nation, language);
        if (service.isEmpty()) {
            log.debug("event=signpost_skipped key={} nation={}", key, nation);
            return;
        }
        ServiceView view = service.get();
        if (!shown.add(view.key())) {
            return;
        }
        String why = view.nationSpecific() && nation != null
                ? reason + wording.text("signpost.nation." + nation.key(), language)
                : reason;
        cards.add(new Card(view.key(), view.name(), view.url(), view.purpose(), view.contact(), why));
    }

    private static Optional<Nation> nationOf(Map<String, Object> facts) {
        Object nation = facts.get("nation");
        return nation == null ? Optional.empty() : Nation.fromKey(String.valueOf(nation));
    }
}
