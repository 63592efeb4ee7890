package uk.gov.signpost.agent;

import java.util.List;
import uk.gov.signpost.conversation.Card;

/**
 * Supplied by a domain pack: turns the service keys a model suggested into cards that suit this person, for
 * example the careers service of the nation they live in.
 */
public interface SignpostResolver {

    /**
     * @param serviceKeys catalogue keys, most relevant first
     * @param personMessages everything the person has written in this conversation, oldest first
     * @param intent the intent the model recognised, used to say why each card is shown
     */
    List<Card> resolve(List<String> serviceKeys, List<String> personMessages, String intent);
}
