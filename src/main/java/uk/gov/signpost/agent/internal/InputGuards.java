package uk.gov.signpost.agent.internal;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.springframework.stereotype.Component;
import uk.gov.signpost.safety.CrisisAssessment;
import uk.gov.signpost.safety.CrisisDetector;
import uk.gov.signpost.safety.CrisisSeverity;
import uk.gov.signpost.safety.HarmfulRequestDetector;
import uk.gov.signpost.safety.InjectionAssessment;
import uk.gov.signpost.safety.InjectionDetector;
import uk.gov.signpost.safety.TextChannel;

/**
 * The guardrails on the person's message, in order, before any model sees it. Each records its decision in the
 * turn trace as a code and a score, never the text:
 * <ol>
 *   <li>{@code crisis}: signs of suicide, self-harm or immediate danger ({@link CrisisDetector}). A flag stops the
 *       turn with the crisis reply; score 0 (none), 0.5 (concern) or 1 (urgent). First, so that a person in crisis
 *       gets help even if the same message also trips another guard.</li>
 *   <li>{@code harmful}: benefit fraud, fake documents, discrimination, threats ({@link HarmfulRequestDetector}).
 *       A flag stops the turn with a polite refusal that points to the legitimate route; score 0 or 1.</li>
 *   <li>{@code injection_user}: attempts to make the assistant drop its rules ({@link InjectionDetector}, user
 *       channel). A flag stops the turn: the message never reaches the model, so it cannot be obeyed; score is
 *       the detector's.</li>
 * </ol>
 *
 * <p>What it does <em>not</em> catch: whatever the detectors miss (their Javadoc and {@code docs/safety.md} say
 * what); signs or requests spread over several messages, since only the latest message is judged; a request that
 * only becomes harmful through what the model is later asked to do with a tool's result. A stopped turn is not
 * appealable in the conversation: a false alarm costs the person one kind, unneeded reply, and they can say
 * what they meant in other words.
 */
@Component
class InputGuards {

    private final CrisisDetector crisis;
    private final HarmfulRequestDetector harmful;
    private final InjectionDetector injection;

    InputGuards(CrisisDetector crisis, HarmfulRequestDetector harmful, InjectionDetector injection) {
        this.crisis = crisis;
        this.harmful = harmful;
        this.injection = injection;
    }

    /** Why a turn stops before the model, if it does. */
    Optional<Stop> check(String personText, TurnTrace trace) {
        return check(personText, trace, false);
    }

    /**
     * Why a turn stops before the model, if it does. When the person is answering a flow's question and only the
     * crisis detector's learnt layers flagged the message ({@code similar_to_crisis}, no phrase rule), the turn goes on
     * and gets a short support note with the Samaritans number instead ({@link Kind#SUPPORT_NOTE}): short answers
     * such as "somewhere by the sea" sit close to crisis examples in MiniLM's space, and a full crisis reply there
     * would derail someone who was simply answering. A request to forget something remembered that only the learnt
     * layers flagged is left to the memory step. Neither applies to a phrase rule's flag.
     */
    Optional<Stop> check(String personText, TurnTrace trace, boolean answeringQuestion) {
        CrisisAssessment found = crisis.assess(personText);
        trace.check("crisis", found.code(), severityScore(found.severity()));
        boolean learntOnly = found.flagged() && found.code().equals(SIMILAR_TO_CRISIS);
        if (learntOnly && MEMORY_REQUEST.matcher(personText).find()) {
            // "Forget that I told you about my back" is a request about stored data; the memory step answers it.
            trace.check("crisis_waived", "memory_request", severityScore(found.severity()));
        } else if (learntOnly && answeringQuestion) {
            trace.check("crisis_note", found.code(), severityScore(found.severity()));
            return Optional.of(new Stop(Kind.SUPPORT_NOTE, "note"));
        } else if (found.flagged()) {
            return Optional.of(new Stop(Kind.CRISIS, found.severity() == CrisisSeverity.URGENT ? "urgent" : "concern"));
        }
        String category = harmful.assess(personText);
        trace.check("harmful", category, "none".equals(category) ? 0 : 1);
        if (!"none".equals(category)) {
            return Optional.of(new Stop(Kind.HARMFUL, category));
        }
        InjectionAssessment attempt = injection.assess(personText, TextChannel.USER);
        trace.check("injection_user", attempt.code(), attempt.score());
        if (attempt.flagged()) {
            return Optional.of(new Stop(Kind.INJECTION, attempt.code()));
        }
        return Optional.empty();
    }

    private static double severityScore(CrisisSeverity severity) {
        return switch (severity) {
            case NONE -> 0;
            case CONCERN -> 0.5;
            case URGENT -> 1;
        };
    }

    enum Kind {
        CRISIS, HARMFUL, INJECTION,
        /** Not a stop: the turn goes on, and the reply ends with a short support note. */
        SUPPORT_NOTE
    }

    static final String SIMILAR_TO_CRISIS = "similar_to_crisis";

    /** The shape of a request to forget something remembered ("forget that I told you about…"). */
    private static final Pattern MEMORY_REQUEST = Pattern.compile(
            "(?i)^\\W*(?:please |can you |could you |would you )*(?:forget|delete|erase|remove) (?:that|what|about"
                    + "|the bit|my)\\b");

    /**
     * A turn stopped by a guard.
     *
     * @param code the severity for a crisis ({@code urgent}, {@code concern}), the category for a harmful request,
     *     the detector's code for an injection
     */
    record Stop(Kind kind, String code) {

        /** The reply's paragraphs, as keys of the guardrails bundle. */
        List<String> replyKeys() {
            return switch (kind) {
                case CRISIS -> List.of("crisis." + code);
                case HARMFUL -> List.of(HARMFUL_REPLIES.contains(code) ? "harmful." + code : "harmful.other");
                case INJECTION -> List.of("injection");
                case SUPPORT_NOTE -> List.of("crisis.note");
            };
        }

        /** Signpost cards from the service catalogue that carry the legitimate route. */
        List<String> cardKeys() {
            return switch (kind) {
                case CRISIS -> List.of("samaritans_crisis", "human_adviser");
                case HARMFUL -> switch (code) {
                    case "discrimination" -> List.of("acas");
                    case "fake_documents", "threat" -> List.of("citizens_advice");
                    default -> List.of();
                };
                case INJECTION -> List.of();
                case SUPPORT_NOTE -> List.of("samaritans_crisis");
            };
        }

        /** Links the reply may carry (from {@code safety/support-contacts.json}). */
        List<String> links() {
            return kind == Kind.HARMFUL && code.equals("fraud") ? List.of(REPORT_BENEFIT_FRAUD) : List.of();
        }

        /** The topic recorded for the turn. */
        String topic() {
            return switch (kind) {
                case CRISIS, SUPPORT_NOTE -> "crisis";
                case HARMFUL -> "declined";
                case INJECTION -> "declined";
            };
        }
    }

    static final String REPORT_BENEFIT_FRAUD = "https://www.gov.uk/report-benefit-fraud";
    private static final List<String> HARMFUL_REPLIES = List.of("fraud", "fake_documents", "discrimination", "threat");
}
