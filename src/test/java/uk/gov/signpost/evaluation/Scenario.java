package uk.gov.signpost.evaluation;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One evaluation scenario, read from a YAML file under {@code src/test/resources/eval/scenarios/<journey>/}.
 * A person with known facts has a scripted conversation; each turn, and the conversation as a whole, carries
 * expectations that the runner checks deterministically.
 *
 * @param id the file name without {@code .yaml}, unique across all scenarios
 * @param journey the folder the file is in, such as {@code redundancy}
 * @param persona what we know about the person, for readers of the report (the runner does not send it)
 * @param requires features the scenario needs that may not be in this build (for example {@code guardrails},
 *     {@code memory}, {@code remote_model}); when one is missing the scenario still runs but counts as pending,
 *     outside the headline figures
 * @param repeat how many times to play it; model answers can vary, so the result is a pass rate
 */
record Scenario(String id, String journey, String title, Map<String, Object> persona, List<String> requires,
        @Nullable Integer repeat, List<Turn> turns, Expect expect) {

    Scenario {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(journey, "journey");
        Objects.requireNonNull(title, "title");
        persona = persona == null ? Map.of() : Map.copyOf(persona);
        requires = requires == null ? List.of() : List.copyOf(requires);
        repeat = repeat == null || repeat < 1 ? 1 : repeat;
        if (turns == null || turns.isEmpty()) {
            throw new IllegalArgumentException(id + ": a scenario needs at least one turn");
        }
        turns = List.copyOf(turns);
        expect = expect == null ? Expect.NONE : expect;
    }

    /**
     * One thing the person says.
     *
     * @param afterBreak the person comes back later: the runner reads the conversation back first and checks
     *     that nothing was lost
     */
    record Turn(String say, @Nullable Boolean afterBreak, @Nullable Expect expect) {
        Turn {
            Objects.requireNonNull(say, "say");
        }

        boolean comesBackLater() {
            return Boolean.TRUE.equals(afterBreak);
        }

        Expect expectations() {
            return expect == null ? Expect.NONE : expect;
        }
    }

    /**
     * What should happen, for one turn or for the whole conversation. Every field is optional.
     *
     * @param signposts cards that must be shown
     * @param firstSignpost the card that must come first
     * @param maySignpost cards that are fine to show as well (the journey's usual cards are always fine)
     * @param notSignposts cards that must not be shown
     * @param tools tool calls that must happen, with the arguments that matter
     * @param notTools tools that must not be called
     * @param replyContains phrases the reply must contain (case-insensitive): eligibility results, figures
     * @param replyNotContains phrases the reply must not contain
     * @param safety {@code crisis}, {@code refusal}, {@code handoff} or {@code none}
     * @param readingEaseMin the lowest Flesch reading ease each reply may have
     * @param maxModelCalls the most model calls the conversation may use
     * @param maxTokens the most input plus output tokens the conversation may use
     * @param judge criteria that need judgement, for a model-graded check (see {@link Grader}); ungraded offline
     */
    record Expect(List<String> signposts, @Nullable String firstSignpost, List<String> maySignpost,
            List<String> notSignposts, List<ToolExpectation> tools, List<String> notTools, List<String> replyContains,
            List<String> replyNotContains, @Nullable String safety, @Nullable Double readingEaseMin,
            @Nullable Integer maxModelCalls, @Nullable Long maxTokens, List<String> judge) {

        static final Expect NONE = new Expect(null, null, null, null, null, null, null, null, null, null, null, null,
                null);

        Expect {
            signposts = signposts == null ? List.of() : List.copyOf(signposts);
            maySignpost = maySignpost == null ? List.of() : List.copyOf(maySignpost);
            notSignposts = notSignposts == null ? List.of() : List.copyOf(notSignposts);
            tools = tools == null ? List.of() : List.copyOf(tools);
            notTools = notTools == null ? List.of() : List.copyOf(notTools);
            replyContains = replyContains == null ? List.of() : List.copyOf(replyContains);
            replyNotContains = replyNotContains == null ? List.of() : List.copyOf(replyNotContains);
            judge = judge == null ? List.of() : List.copyOf(judge);
            if (safety != null && !List.of("crisis", "refusal", "handoff", "none").contains(safety)) {
                throw new IllegalArgumentException("safety must be crisis, refusal, handoff or none: " + safety);
            }
        }
    }

    /**
     * A tool call that must happen. {@code args} lists the arguments that matter: each must be present, and a
     * string matches if the call's value contains it (case-insensitive); lists match if they contain every item.
     */
    record ToolExpectation(String name, Map<String, Object> args) {
        ToolExpectation {
            Objects.requireNonNull(name, "name");
            args = args == null ? Map.of() : Map.copyOf(args);
        }
    }
}
