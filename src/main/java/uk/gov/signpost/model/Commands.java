package uk.gov.signpost.model;

import java.util.Set;

/**
 * The command vocabulary of guided flows, in the style of Rasa CALM: a model does not run a process itself; it
 * emits these commands as tool calls, and the agent's flow engine carries them out deterministically. Every
 * adapter (Claude, OpenAI-compatible, offline) uses the same names, so the same flows run in every mode.
 */
public final class Commands {

    /** Start a guided flow: {@code {"flow": "check_support"}}. */
    public static final String START_FLOW = "start_flow";
    /** Set or correct slots: {@code {"slots": {"age": 34, "nation": "wales"}}}. */
    public static final String SET_SLOTS = "set_slots";
    /** Stop the flow in progress. */
    public static final String CANCEL_FLOW = "cancel_flow";
    /** The person said yes to the action they were asked to confirm. */
    public static final String CONFIRM = "confirm";
    /** The person said no to the action they were asked to confirm. */
    public static final String DECLINE = "decline";
    /** Pass the conversation to a human adviser: {@code {"reason": "person_asked"}}. */
    public static final String HANDOFF = "handoff";
    /** Point the person to services: {@code {"services": ["jobcentre_plus"], "topic": "redundancy"}}. */
    public static final String RECOMMEND_SERVICES = "recommend_services";

    /** Commands whose results the flow engine words itself, so no further model call is needed. */
    public static final Set<String> ALL =
            Set.of(START_FLOW, SET_SLOTS, CANCEL_FLOW, CONFIRM, DECLINE, HANDOFF, RECOMMEND_SERVICES);

    private Commands() {}
}
