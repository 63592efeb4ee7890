package uk.gov.signpost.web.internal;

import java.io.IOException;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;
import uk.gov.signpost.agent.ReplyInProgressException;
import uk.gov.signpost.agent.TurnListener;
import uk.gov.signpost.conversation.Message;
import uk.gov.signpost.platform.ServiceBusyException;
import uk.gov.signpost.platform.SignpostException;

/**
 * Runs a turn on a worker thread and streams it as server-sent events: {@code stored} when the person's message
 * is safe, {@code delta} for each piece of the reply ({@code reset} if the text so far is void because a model
 * failed part way), then {@code reply} with the whole reply ({@code held} instead if an adviser holds the
 * conversation, so the assistant does not reply), or {@code problem} if the turn failed. If the client goes away,
 * the turn still completes and is stored.
 *
 * <p>Every event after {@code stored} has an id that starts with the person's message id ({@code <message id>},
 * {@code <message id>:<n>}). A client that loses the stream sends that id back as {@code Last-Event-ID} to the
 * conversation's {@code events} address, on any instance, and gets the reply. When the reply cannot come on this
 * stream (another turn is answering the message, or this instance is shutting down), the stream ends with a
 * {@code reconnect} event carrying {@code last_event_id} and {@code retry_after_seconds}.
 */
@Component
class TurnStreamer {

    private static final Logger log = LoggerFactory.getLogger(TurnStreamer.class);
    private static final long TIMEOUT_MILLIS = 120_000;
    private static final long RECONNECT_AFTER_SECONDS = 1;

    private final Executor turns;
    private final Set<Listener> open = ConcurrentHashMap.newKeySet();

    TurnStreamer(Executor turnExecutor) {
        this.turns = turnExecutor;
    }

    /**
     * Streams a turn. {@code knownMessage} is the person's message when the client reconnects for a message it has
     * already sent; {@code done} runs when the turn has finished, whatever happened.
     */
    SseEmitter stream(Function<TurnListener, Message> turn, Function<Message, Object> finalEvent,
            @Nullable UUID knownMessage, Runnable done) {
        SseEmitter emitter = new SseEmitter(TIMEOUT_MILLIS);
        Listener listener = new Listener(emitter, knownMessage);
        open.add(listener);
        try {
            turns.execute(() -> {
                try {
                    Message reply = turn.apply(listener);
                    if (reply.role() == uk.gov.signpost.conversation.Role.USER) {
                        // An adviser holds the conversation: the message went to them and the assistant stays quiet.
                        listener.finish("held", new ApiModels.Held(reply.id(), true));
                    } else {
                        listener.finish("reply", finalEvent.apply(reply));
                    }
                } catch (ReplyInProgressException e) {
                    listener.reconnect(ReplyInProgressException.RETRY_AFTER.toSeconds());
                } catch (SignpostException e) {
                    listener.finish("problem", ProblemFactory.of(e));
                } catch (RuntimeException e) {
                    log.error("event=turn_failed error={}", e.getClass().getSimpleName(), e);
                    listener.finish("problem", ProblemFactory.internal());
                } finally {
                    open.remove(listener);
                    done.run();
                }
            });
        } catch (org.springframework.core.task.TaskRejectedException full) {
            open.remove(listener);
            done.run();
            throw new ServiceBusyException();
        }
        return emitter;
    }

    /**
     * Ends every stream still open with a {@code reconnect} event, for a clean shutdown: the turns behind them carry
     * on (and store their replies) while the executor winds down. Returns how many were closed.
     */
    int closeAll() {
        int closed = 0;
        for (Listener listener : open) {
            listener.reconnect(RECONNECT_AFTER_SECONDS);
            closed++;
        }
        open.clear();
        return closed;
    }

    private static final class Listener implements TurnListener {
        private final SseEmitter emitter;
        private volatile @Nullable UUID messageId;
        private int sequence;
        private boolean ended;

        Listener(SseEmitter emitter, @Nullable UUID knownMessage) {
            this.emitter = emitter;
            this.messageId = knownMessage;
        }

        @Override
        public void messageStored(Message message) {
            messageId = message.id();
            send("stored", new ApiModels.Stored(message.id()), message.id().toString());
        }

        @Override
        public void replyText(String text) {
            send("delta", new ApiModels.Delta(text), nextId());
        }

        @Override
        public void replyDiscarded() {
            send("reset", Map.of(), nextId());
        }

        synchronized void finish(String name, Object data) {
            send(name, data, nextId());
            end();
        }

        /** Tells the client to reconnect with the last event id, and ends the stream. */
        synchronized void reconnect(long afterSeconds) {
            if (ended) {
                return;
            }
            String last = Optional.ofNullable(messageId).map(UUID::toString).orElse("");
            try {
                emitter.send(SseEmitter.event().name("reconnect").id(last).reconnectTime(afterSeconds * 1000)
                        .data(new ApiModels.Reconnect(last, afterSeconds), MediaType.APPLICATION_JSON));
            } catch (IOException | IllegalStateException e) {
                // The client has gone already.
            }
            end();
        }

        private synchronized @Nullable String nextId() {
            UUID message = messageId;
            return message == null ? null : message + ":" + (++sequence);
        }

        private synchronized void send(String name, Object data, @Nullable String id) {
            if (ended) {
                return;
            }
            try {
                SseEmitter.SseEventBuilder event = SseEmitter.event();
                if (id != null) {
                    event.id(id);
                }
                emitter.send(event.name(name).data(data, MediaType.APPLICATION_JSON));
            } catch (IOException | IllegalStateException e) {
                // The client went away. The turn carries on, so that the reply is stored for when they return.
                ended = true;
            }
        }

        private synchronized void end() {
            if (!ended) {
                ended = true;
                try {
                    emitter.complete();
                } catch (IllegalStateException e) {
                    // Already completed.
                }
            }
        }
    }
}
