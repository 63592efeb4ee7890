package uk.gov.signpost.employment.internal.offline;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import uk.gov.signpost.agent.SignpostResolver;
import uk.gov.signpost.conversation.Card;
import uk.gov.signpost.employment.Nation;
import uk.gov.signpost.employment.internal.catalogue.ServiceCatalogue;
import uk.gov.signpost.employment.internal.catalogue.ServiceView;
import uk.gov.signpost.employment.internal.geography.NationDetector;

/**
 * Turns suggested services into cards for this person. It works out their nation from what they wrote, shows
 * each service as that nation knows it, swaps in the nation's equivalent where a service does not cover it,
 * and drops duplicates.
 */
@Component
class EmploymentSignposts implements SignpostResolver {

    private static final Logger log = LoggerFactory.getLogger(EmploymentSignposts.class);

    private final ServiceCatalogue catalogue;
    private final NationDetector nations;
    private final Map<String, String> reasons;

    EmploymentSignposts(ServiceCatalogue catalogue, NationDetector nations, EmploymentIntents intents) {
        this.catalogue = catalogue;
        this.nations = nations;
        this.reasons = intents.reasons();
    }

    @Override
    public List<Card> resolve(List<String> serviceKeys, List<String> personMessages, String intent) {
        Nation nation = nations.detect(personMessages).orElse(null);
        String reason = reasons.getOrDefault(intent, "This service may help you.");
        Set<String> shown = new LinkedHashSet<>();
        List<Card> cards = new ArrayList<>();
        for (String key : serviceKeys) {
            Optional<ServiceView> service = catalogue.resolve(key, nation);
            if (service.isEmpty()) {
                log.debug("event=signpost_skipped key={} nation={}", key, nation);
                continue;
            }
            ServiceView view = service.get();
            if (!shown.add(view.key())) {
                continue;
            }
            String why = view.nationSpecific() && nation != null
                    ? reason + " This is the service for people in " + nation.displayName() + "."
                    : reason;
            cards.add(new Card(view.key(), view.name(), view.url(), view.purpose(), view.contact(), why));
        }
        return cards;
    }
}
