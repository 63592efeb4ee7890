package uk.gov.signpost.agent;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.context.event.EventListener;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;
import uk.gov.signpost.model.LanguageModelContract;
import uk.gov.signpost.model.Models;
import uk.gov.signpost.model.fakes.FakeAnthropic;
import uk.gov.signpost.model.fakes.FakeProvider.Reply;
import uk.gov.signpost.model.internal.FailoverModel;
import uk.gov.signpost.support.ApiClient;
import uk.gov.signpost.support.ApiClient.Started;
import uk.gov.signpost.support.SignpostIntegrationTest;

/**
 * Signpost set up for Claude, with Claude failing: every turn still gets a reply, from offline mode, and none is
 * lost; once Claude recovers (after the circuit's open period, short here) the next turns use Claude again. The
 * whole application runs, through the HTTP API, against a fake Claude that speaks the Messages API.
 */
@SignpostIntegrationTest(properties = {
    "signpost.model.provider=anthropic",
    "signpost.model.anthropic.api-key=" + ClaudeFailoverIT.KEY,
    "signpost.model.anthropic.model=" + ClaudeFailoverIT.MODEL,
    "signpost.model.anthropic.timeout=1s",
    "signpost.model.anthropic.max-retries=0",
    "signpost.model.failover.open-for=1s",
    "signpost.model.offline.stream-chunk-delay=0s",
    "signpost.rate-limit.messages-per-minute=1000"})
class ClaudeFailoverIT {

    static final String KEY = "sk-ant-api03-failover-test";
    static final String MODEL = "claude-sonnet-4-6";
    private static final int TURNS = 100;
    private static final FakeAnthropic CLAUDE = FakeAnthropic.start(KEY, MODEL);

    @DynamicPropertySource
    static void claude(DynamicPropertyRegistry registry) {
        registry.add("signpost.model.anthropic.base-url", CLAUDE::baseUrl);
    }

    @AfterAll
    static void stop() {
        CLAUDE.close();
    }

    @LocalServerPort
    int port;

    @Autowired
    Models models;

    @Autowired
    CompletedTurns completed;

    ApiClient api;

    @BeforeEach
    void client() {
        api = new ApiClient(port);
        completed.clear();
    }

    @AfterEach
    void every_request_claude_got_kept_to_the_messages_protocol() {
        List<String> violations = CLAUDE.violations();
        CLAUDE.reset();
        assertThat(violations).isEmpty();
    }

    @Test
    void while_claude_answers_500_every_turn_gets_an_offline_reply_and_claude_answers_again_once_it_recovers() {
        CLAUDE.always(CLAUDE.error(500));
        everyTurnIsAnsweredOffline();
        CLAUDE.always(CLAUDE.sse("streamed-reply.sse"));
        claudeAnswersAgain();
    }

    @Test
    void while_claude_hangs_every_turn_gets_an_offline_reply_and_claude_answers_again_once_it_recovers() {
        CLAUDE.always(Reply.hang());
        everyTurnIsAnsweredOffline();
        List<String> violations = CLAUDE.violations();
        CLAUDE.reset(); // lets the hanging requests go
        assertThat(violations).isEmpty();
        CLAUDE.always(CLAUDE.sse("streamed-reply.sse"));
        claudeAnswersAgain();
    }

    private void everyTurnIsAnsweredOffline() {
        Started conversation = api.start();
        for (int i = 0; i < TURNS; i++) {
            ApiClient.Response turn = api.say(conversation, i % 2 == 0 ? "I need a job" : "I have been made redundant");
            assertThat(turn.status()).as("turn %d", i).isEqualTo(200);
            assertThat(turn.json().get("reply").get("text").asString()).as("turn %d", i).isNotBlank();
        }
        assertThat(completed.turns()).hasSize(TURNS).allSatisfy(turn -> {
            assertThat(turn.fallback()).isTrue();
            assertThat(turn.model()).isEqualTo("offline");
        });
        JsonNode history = api.get("/api/v1/conversations/" + conversation.id() + "/messages", conversation.auth())
                .json().get("messages");
        assertThat(history).as("every message and every reply is kept").hasSize(2 * TURNS);
        for (int i = 0; i < history.size(); i++) {
            assertThat(history.get(i).get("role").asString()).isEqualTo(i % 2 == 0 ? "user" : "assistant");
        }
        assertThat(CLAUDE.requests()).as("the open circuit spared Claude most calls").hasSizeLessThan(TURNS);
    }

    /** After the open period the breaker lets a trial call through; once one succeeds, turns use Claude again. */
    private void claudeAnswersAgain() {
        Started conversation = api.start();
        FailoverModel failover = (FailoverModel) models.forTurns();
        boolean recovered = false;
        // Bounded: each attempt waits out at most one open period; the first call to a recovered Claude may still
        // time out while this JVM warms up, and then the breaker opens again for one more period.
        for (int attempt = 0; attempt < 20 && !recovered; attempt++) {
            waitWhileOpen(failover);
            completed.clear();
            JsonNode reply = api.say(conversation, "Is there any training I could do?").json().get("reply");
            recovered = !completed.turns().get(0).fallback();
            if (recovered) {
                assertThat(reply.get("text").asString()).isEqualTo(LanguageModelContract.STREAMED_REPLY);
            }
        }
        assertThat(recovered).as("a turn is answered by Claude once it recovers").isTrue();

        completed.clear();
        for (int i = 0; i < 5; i++) {
            JsonNode reply = api.say(conversation, "And what about apprenticeships?").json().get("reply");
            assertThat(reply.get("text").asString()).isEqualTo(LanguageModelContract.STREAMED_REPLY);
        }
        assertThat(completed.turns()).hasSize(5).allSatisfy(turn -> {
            assertThat(turn.fallback()).isFalse();
            assertThat(turn.model()).isEqualTo(MODEL);
        });
        assertThat(failover.circuitState()).isEqualTo("CLOSED");
    }

    private static void waitWhileOpen(FailoverModel failover) {
        for (int i = 0; i < 200 && failover.circuitState().equals("OPEN"); i++) {
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    /** Collects the turns the application completes, as the operations module would see them. */
    static final class CompletedTurns {
        private final List<TurnCompleted> turns = new CopyOnWriteArrayList<>();

        @EventListener
        void on(TurnCompleted turn) {
            turns.add(turn);
        }

        List<TurnCompleted> turns() {
            return List.copyOf(turns);
        }

        void clear() {
            turns.clear();
        }
    }

    @TestConfiguration
    static class Listening {
        @Bean
        CompletedTurns completedTurns() {
            return new CompletedTurns();
        }
    }
}
