package uk.gov.signpost.agent;

import java.util.List;
import java.util.Map;
import uk.gov.signpost.conversation.Card;
import uk.gov.signpost.model.Language;

/**
 * Supplied by a domain pack: turns the service keys a model suggested into cards that suit this person, for
 * example the careers service of the nation they live in, and adds the services its own routing rules give for
 * what the person has said about themselves.
 */
public interface SignpostResolver {

    /**
     * @param serviceKeys catalogue keys, most relevant first
     * @param personMessages everything the person has written in this conversation, oldest first
     * @param facts what the person has stated about themselves in this conversation (age, nation, carer…)
     * @param topic what the turn is about, used to say why each card is shown
     */
    List<Card> resolve(List<String> serviceKeys, List<String> personMessages, Map<String, Object> facts, String topic);

    /** As {@link #resolve(List, List, Map, String)}, with the cards worded in {@code language}. */
    default List<Card> resolve(List<String> serviceKeys, List<String> personMessages, Map<String, Object> facts,
            String topic, Language language) {
        return resolve(serviceKeys, personMessages, facts, topic);
    }
}
