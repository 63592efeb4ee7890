package uk.gov.signpost.operations.internal;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Duration;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import uk.gov.signpost.agent.TurnCompleted;
import uk.gov.signpost.conversation.ConversationDeleted;
import uk.gov.signpost.conversation.ConversationStarted;

/**
 * Turns the other modules' events into Prometheus metrics. Tags are low-cardinality labels (model, topic),
 * never ids or text.
 */
@Component
class TurnMetrics {

    private final MeterRegistry registry;
    private final Counter started;
    private final Counter deleted;
    private final Counter fallbacks;

    TurnMetrics(MeterRegistry registry) {
        this.registry = registry;
        this.started = Counter.builder("signpost.conversations.started").register(registry);
        this.deleted = Counter.builder("signpost.conversations.deleted").register(registry);
        // Registered at start-up, so the alert on fallbacks has a series (at 0) before the first one.
        this.fallbacks = Counter.builder("signpost.model.fallbacks")
                .description("Turns that offline mode answered because the configured model failed")
                .register(registry);
    }

    @EventListener
    void on(TurnCompleted turn) {
        Timer.builder("signpost.turn.duration")
                .description("Time from receiving a message to storing the reply")
                .tag("model", turn.model())
                .tag("topic", turn.topic())
                .publishPercentileHistogram()
                .register(registry)
                .record(Duration.ofMillis(turn.millis()));
        Counter.builder("signpost.signposts.shown").tag("topic", turn.topic()).register(registry)
                .increment(turn.signposts());
        Counter.builder("signpost.model.calls").tag("model", turn.model()).register(registry)
                .increment(turn.modelCalls());
        if (turn.fallback()) {
            fallbacks.increment();
        }
    }

    @EventListener
    void on(ConversationStarted event) {
        started.increment();
    }

    @EventListener
    void on(ConversationDeleted event) {
        deleted.increment();
    }
}
