package uk.gov.signpost.agent;

import java.util.List;
import uk.gov.signpost.model.Language;

/** Supplied by a domain pack: the guided flows it offers, as data. */
public interface FlowSource {

    List<FlowDefinition> flows();

    /**
     * The same flows worded in {@code language}: the same names, slots, option values and branching, with the
     * intro, questions and option labels in that language. A pack with English flows only need not override it.
     */
    default List<FlowDefinition> flows(Language language) {
        return flows();
    }
}
