package uk.gov.signpost.handoff.internal;

import java.io.IOException;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;
import uk.gov.signpost.handoff.HandoffProperties;
import uk.gov.signpost.platform.LiveNotifications;

/**
 * Server-sent event streams fed by live notices: on connect, and after every notice on the topic (from any
 * instance), the stream reads fresh state and sends it as one named event. A comment every 20 seconds keeps
 * proxies from closing the connection and runs {@code heartbeat} (for example to note that a caseworker is still
 * there). Reads happen on this class's own threads, never on the listening thread.
 */
@Component
class LiveStreams implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(LiveStreams.class);

    private static final long HEARTBEAT_SECONDS = 20;

    private final LiveNotifications live;
    private final HandoffProperties properties;
    private final ScheduledExecutorService senders = Executors.newScheduledThreadPool(2, runnable -> {
        Thread thread = new Thread(runnable, "handoff-live-streams");
        thread.setDaemon(true);
        return thread;
    });

    LiveStreams(LiveNotifications live, HandoffProperties properties) {
        this.live = live;
        this.properties = properties;
    }

    SseEmitter open(String topic, String eventName, Supplier<Object> state, Runnable heartbeat) {
        SseEmitter emitter = new SseEmitter(properties.streamTimeout().toMillis());
        AtomicBoolean open = new AtomicBoolean(true);
        AtomicBoolean pending = new AtomicBoolean(false);
        Runnable send = () -> {
            pending.set(false);
            if (!open.get()) {
                return;
            }
            try {
                emitter.send(SseEmitter.event().name(eventName).data(state.get(), MediaType.APPLICATION_JSON));
            } catch (IOException | IllegalStateException e) {
                // Usually the page went away; logged so that a stream that stops early can be seen.
                log.info("event=live_stream_closed topic={} reason={}", topic, e.getClass().getSimpleName());
                open.set(false);
            } catch (RuntimeException e) {
                log.warn("event=live_stream_failed topic={} error={}", topic, e.getClass().getSimpleName());
                open.set(false);
                emitter.completeWithError(e);
            }
        };
        Runnable schedule = () -> {
            if (open.get() && pending.compareAndSet(false, true)) {
                senders.execute(send);
            }
        };
        LiveNotifications.Subscription subscription = live.subscribe(topic, new LiveNotifications.Subscriber() {
            @Override
            public void notice(String payload) {
                schedule.run();
            }

            @Override
            public void missed() {
                schedule.run();
            }
        });
        ScheduledFuture<?> beats = senders.scheduleAtFixedRate(() -> {
            if (!open.get()) {
                return;
            }
            try {
                heartbeat.run();
                emitter.send(SseEmitter.event().comment("still here"));
            } catch (IOException | RuntimeException e) {
                log.info("event=live_stream_closed topic={} reason={}", topic, e.getClass().getSimpleName());
                open.set(false);
            }
        }, HEARTBEAT_SECONDS, HEARTBEAT_SECONDS, TimeUnit.SECONDS);
        Runnable end = () -> {
            open.set(false);
            subscription.close();
            beats.cancel(false);
        };
        emitter.onCompletion(end);
        emitter.onTimeout(end);
        emitter.onError(e -> end.run());
        schedule.run();
        return emitter;
    }

    @Override
    public void destroy() {
        senders.shutdownNow();
    }
}
