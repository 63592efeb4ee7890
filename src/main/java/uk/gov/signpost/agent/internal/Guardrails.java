package uk.gov.signpost.agent.internal;

import org.springframework.stereotype.Component;
import uk.gov.signpost.safety.Pseudonymiser;

/**
 * The guardrail chain of a turn, in the order the turn loop applies it (see {@code docs/safety.md}, "Guardrails in
 * the turn loop"):
 * <ol>
 *   <li>{@link InputGuards} on the person's message: crisis, harmful request, injection; a flag answers the turn
 *       without a model;</li>
 *   <li>{@link PrivateRemoteCall} around every call to an external model: personal data out, real values back;</li>
 *   <li>{@link ToolContentGuard} on every tool result: injections neutralised, content fenced as data;</li>
 *   <li>{@link OutputGuards} on the model's answer: claims, others' personal data, prompt leakage; regenerate once,
 *       then a safe answer;</li>
 *   <li>{@link uk.gov.signpost.agent.CitationGuard} and {@link ReadingEase} on the whole reply.</li>
 * </ol>
 */
@Component
record Guardrails(InputGuards input, ToolContentGuard toolContent, OutputGuards output, Pseudonymiser pseudonymiser,
        GuardrailReplies replies) {

    /** The per-turn wrapper for external model calls. */
    PrivateRemoteCall remoteCall(TurnTrace trace) {
        return new PrivateRemoteCall(pseudonymiser, trace);
    }
}
