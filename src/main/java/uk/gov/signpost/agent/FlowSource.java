package uk.gov.signpost.agent;

import java.util.List;

/** Supplied by a domain pack: the guided flows it offers, as data. */
public interface FlowSource {

    List<FlowDefinition> flows();
}
