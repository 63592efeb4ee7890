package uk.gov.signpost.agent.internal;

import java.time.Duration;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Component;
import uk.gov.signpost.agent.ToolContext;
import uk.gov.signpost.agent.TurnListener;
import uk.gov.signpost.conversation.Card;
import uk.gov.signpost.conversation.Message;
import uk.gov.signpost.conversation.OwnerId;

/** The module's door to the turn loop, for {@link uk.gov.signpost.agent.ConversationTurns}. */
@Component
public class TurnRunner {

    private final TurnLoop loop;

    TurnRunner(TurnLoop loop) {
        this.loop = loop;
    }

    public Result run(Message message, ToolContext context, List<Message> history, TurnListener listener) {
        return new Result(loop.run(message, context, history, listener));
    }

    /** Saves the turn's trace against the stored reply. */
    public void record(Message message, OwnerId owner, Message reply, Result result) {
        loop.record(message.conversationId(), owner.value(), message, reply, result.answer);
    }

    /** What a turn produced, and what it cost. */
    public static final class Result {
        private final TurnLoop.Answer answer;

        Result(TurnLoop.Answer answer) {
            this.answer = answer;
        }

        public String text() {
            return answer.text();
        }

        public List<Card> cards() {
            return answer.cards();
        }

        /** Every link that tools returned in this turn. */
        public Set<String> links() {
            return answer.links();
        }

        public String model() {
            return answer.trace().model();
        }

        public int modelCalls() {
            return answer.trace().modelCalls();
        }

        public int toolCalls() {
            return answer.trace().toolCalls();
        }

        public boolean fallback() {
            return answer.trace().fallback();
        }

        public String topic() {
            return answer.topic();
        }

        public long promptTokens() {
            return answer.trace().usage().promptTokens();
        }

        public long overheadMicros() {
            return answer.trace().overheadNanos() / 1000;
        }

        public Duration duration() {
            return Duration.ofNanos(answer.trace().elapsedNanos());
        }
    }
}
