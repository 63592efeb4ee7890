package uk.gov.signpost.evaluation;

import java.util.List;

/** What happened when a scenario was played once: each turn as the person saw it, and as the trace saw it. */
record Transcript(String scenarioId, int attempt, List<Turn> turns) {

    Transcript {
        turns = List.copyOf(turns);
    }

    /**
     * One turn.
     *
     * @param status the HTTP status of the reply
     * @param cards the keys of the cards shown, in order
     * @param cardUrls the links of those cards
     * @param calls tool calls with their arguments, from the model and the agent tools
     * @param toolLinks every link a tool or the router returned in this turn
     * @param historyIntact for a turn after a break: whether reading the conversation back gave every earlier
     *     message
     */
    record Turn(String say, int status, String text, List<String> cards, List<String> cardUrls,
            List<Recorder.Call> calls, List<String> toolLinks, Trace trace, long millis, boolean historyIntact) {
        Turn {
            cards = List.copyOf(cards);
            cardUrls = List.copyOf(cardUrls);
            calls = List.copyOf(calls);
            toolLinks = List.copyOf(toolLinks);
        }
    }

    /** The turn_trace row: model, calls, tokens, cost, guardrail checks (as {@code name:code}) and outcome. */
    record Trace(String model, int modelCalls, long inputTokens, long outputTokens, double costPence, long totalMillis,
            List<String> checks, String outcome) {
        static final Trace MISSING = new Trace("none", 0, 0, 0, 0, 0, List.of(), "missing");

        Trace {
            checks = List.copyOf(checks);
        }

        long tokens() {
            return inputTokens + outputTokens;
        }
    }
}
