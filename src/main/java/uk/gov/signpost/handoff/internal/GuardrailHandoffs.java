package uk.gov.signpost.handoff.internal;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import uk.gov.signpost.agent.SafetyFlagRaised;
import uk.gov.signpost.agent.TurnCompleted;
import uk.gov.signpost.handoff.HandoffProperties;

/**
 * Handoffs that guardrails open, without the person asking: signs of a crisis open an urgent one at once; a
 * complaint about the service, and several turns in a row with no useful answer (no signposts, no recognised
 * topic), open a priority one. The person is
 * told on their page; the adviser sees the summary and shared facts, not the conversation, unless the person
 * agrees to share it (for example by saying yes to the crisis reply's offer of an adviser).
 *
 * <p>What it does not catch: a complaint that does not use the word (see {@code ComplaintCheck} in the agent
 * module; the model can still open one through the {@code request_handoff} tool with the reason {@code complaint});
 * replies that were on topic but still not useful to the person.
 */
@Component
class GuardrailHandoffs {

    private static final Logger log = LoggerFactory.getLogger(GuardrailHandoffs.class);

    private final OpenHandoffs handoffs;
    private final JdbcClient jdbc;
    private final HandoffProperties properties;

    GuardrailHandoffs(OpenHandoffs handoffs, JdbcClient jdbc, HandoffProperties properties) {
        this.handoffs = handoffs;
        this.jdbc = jdbc;
        this.properties = properties;
    }

    @EventListener
    void on(SafetyFlagRaised flag) {
        try {
            handoffs.open(flag.conversationId(),
                    SafetyFlagRaised.COMPLAINT.equals(flag.kind()) ? "complaint" : "crisis", "guardrail", false);
        } catch (RuntimeException e) {
            // The person still gets the guardrail's reply; the failure is logged for operators.
            log.error("event=handoff_open_failed conversation={} kind={} error={}", flag.conversationId(),
                    flag.kind(), e.getClass().getSimpleName(), e);
        }
    }

    @EventListener
    void on(TurnCompleted turn) {
        boolean unhelpful = turn.signposts() == 0 && "other".equals(turn.topic());
        try {
            Integer streak = jdbc.sql("insert into handoff_conversation_watch (conversation_id, last_topic,"
                            + " unhelpful_turns) select c.id, ?, ? from conversation c where c.id = ?"
                            + " on conflict (conversation_id) do update set last_topic = excluded.last_topic,"
                            + " unhelpful_turns = case when ? then handoff_conversation_watch.unhelpful_turns + 1"
                            + " else 0 end returning unhelpful_turns")
                    .params(turn.topic(), unhelpful ? 1 : 0, turn.conversationId().value(), unhelpful)
                    .query(Integer.class).optional().orElse(0);
            if (properties.unhelpfulTurns() > 0 && streak >= properties.unhelpfulTurns()) {
                handoffs.open(turn.conversationId(), "repeated_failure", "guardrail", false);
                jdbc.sql("update handoff_conversation_watch set unhelpful_turns = 0 where conversation_id = ?")
                        .param(turn.conversationId().value()).update();
            }
        } catch (RuntimeException e) {
            log.error("event=handoff_watch_failed conversation={} error={}", turn.conversationId(),
                    e.getClass().getSimpleName(), e);
        }
    }
}
