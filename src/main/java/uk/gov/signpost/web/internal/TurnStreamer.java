package uk.gov.signpost.web.internal;

import java.io.IOException;
import java.util.concurrent.Executor;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;
import uk.gov.signpost.agent.TurnListener;
import uk.gov.signpost.conversation.Message;
import uk.gov.signpost.platform.ServiceBusyException;
import uk.gov.signpost.platform.SignpostException;

/**
 * Runs a turn on a worker thread and streams it as server-sent events: {@code stored} when the person's message
 * is safe, {@code delta} for each piece of the reply ({@code reset} if the text so far is void because a model
 * failed part way), then {@code reply} with the whole reply ({@code held} instead if an adviser holds the conversation, so the
 * assistant does not reply), or {@code problem} if the turn failed. If the client goes away, the turn still completes and is stored.
 */
@Component
class TurnStreamer {

    private static final Logger log = LoggerFactory.getLogger(TurnStreamer.class);
    private static final long TIMEOUT_MILLIS = 120_000;

    private final Executor turns;

    TurnStreamer(Executor turnExecutor) {
        this.turns = turnExecutor;
    }

    SseEmitter stream(Function<TurnListener, Message> turn, Function<Message, Object> finalEvent) {
        SseEmitter emitter = new SseEmitter(TIMEOUT_MILLIS);
        Listener listener = new Listener(emitter);
        try {
            turns.execute(() -> {
            try {
                Message reply = turn.apply(listener);
                if (reply.role() == uk.gov.signpost.conversation.Role.USER) {
                    // An adviser holds the conversation: the message went to them and the assistant stays quiet.
                    listener.send("held", new ApiModels.Held(reply.id(), true));
                } else {
                    listener.send("reply", finalEvent.apply(reply));
                }
                emitter.complete();
            } catch (SignpostException e) {
                listener.send("problem", ProblemFactory.of(e));
                emitter.complete();
            } catch (RuntimeException e) {
                log.error("event=turn_failed error={}", e.getClass().getSimpleName(), e);
                listener.send("problem", ProblemFactory.internal());
                emitter.complete();
            }
            });
        } catch (org.springframework.core.task.TaskRejectedException full) {
            throw new ServiceBusyException();
        }
        return emitter;
    }

    private static final class Listener implements TurnListener {
        private final SseEmitter emitter;
        private volatile boolean open = true;

        Listener(SseEmitter emitter) {
            this.emitter = emitter;
        }

        @Override
        public void messageStored(Message message) {
            send("stored", new ApiModels.Stored(message.id()));
        }

        @Override
        public void replyText(String text) {
            send("delta", new ApiModels.Delta(text));
        }

        @Override
        public void replyDiscarded() {
            send("reset", java.util.Map.of());
        }

        void send(String name, Object data) {
            if (!open) {
                return;
            }
            try {
                emitter.send(SseEmitter.event().name(name).data(data, MediaType.APPLICATION_JSON));
            } catch (IOException | IllegalStateException e) {
                // The client went away. The turn carries on, so that the reply is stored for when they return.
                open = false;
            }
        }
    }
}
