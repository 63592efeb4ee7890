package uk.gov.signpost.web.internal;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.availability.AvailabilityChangeEvent;
import org.springframework.boot.availability.ReadinessState;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;
import uk.gov.signpost.platform.ShuttingDownException;
import uk.gov.signpost.web.LifecycleProperties;

/**
 * Lets turns in and counts them out, so that an instance can stop without cutting a turn short. On shutdown it is
 * the first thing to stop (before the web server's own graceful shutdown): readiness goes down, new turns are
 * refused with 503 {@code shutting_down} and {@code Retry-After} (nothing stored, so the client or the load
 * balancer sends them to another instance), turns in flight are given up to the drain timeout to finish, and then
 * the streams still open are closed with a {@code reconnect} event ({@link TurnStreamer#closeAll}).
 */
@Component
class TurnGate implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(TurnGate.class);

    private final AtomicInteger inFlight = new AtomicInteger();
    private final ApplicationEventPublisher events;
    private final TurnStreamer streamer;
    private final Duration drainTimeout;
    private volatile boolean draining;
    private volatile boolean running;

    TurnGate(ApplicationEventPublisher events, TurnStreamer streamer, LifecycleProperties properties) {
        this.events = events;
        this.streamer = streamer;
        this.drainTimeout = properties.drainTimeout();
    }

    /** Admits a new turn, or refuses it if this instance is shutting down. Pair every call with {@link #exit}. */
    void enter() {
        if (draining) {
            throw new ShuttingDownException();
        }
        inFlight.incrementAndGet();
        if (draining) {
            inFlight.decrementAndGet();
            throw new ShuttingDownException();
        }
    }

    void exit() {
        inFlight.decrementAndGet();
    }

    boolean draining() {
        return draining;
    }

    /**
     * Also called when a stopped context starts again (the test framework pauses cached contexts between test
     * classes): the gate opens again and the instance is ready.
     */
    @Override
    public void start() {
        boolean wasDraining = draining;
        draining = false;
        running = true;
        if (wasDraining) {
            AvailabilityChangeEvent.publish(events, this, ReadinessState.ACCEPTING_TRAFFIC);
        }
    }

    @Override
    public void stop() {
        draining = true;
        AvailabilityChangeEvent.publish(events, this, ReadinessState.REFUSING_TRAFFIC);
        long deadline = System.nanoTime() + drainTimeout.toNanos();
        log.info("event=drain_started turns_in_flight={}", inFlight.get());
        while (inFlight.get() > 0 && System.nanoTime() < deadline) {
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        int closed = streamer.closeAll();
        log.info("event=drain_finished turns_in_flight={} streams_closed={}", inFlight.get(), closed);
        running = false;
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    /** Stop before everything else, the web server's graceful shutdown included. */
    @Override
    public int getPhase() {
        return Integer.MAX_VALUE;
    }
}
