package uk.gov.signpost.agent;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Limits on what one turn and one conversation may use, and what models cost.
 *
 * @param maxStepsPerTurn model calls allowed in one turn
 * @param maxToolCallsPerTurn tool calls allowed in one turn
 * @param maxTokensPerTurn prompt and output tokens allowed in one turn
 * @param maxTokensPerConversation tokens allowed across a whole conversation
 * @param turnTimeout wall time allowed for one turn
 * @param historyMessages how many recent messages the model sees; older ones are summarised by the facts and
 *     flow state in the system prompt
 * @param maxOutputTokens the most tokens a model may write in one call
 * @param prices pounds per million tokens, by model name
 */
@ConfigurationProperties("signpost.agent")
public record AgentProperties(
        int maxStepsPerTurn,
        int maxToolCallsPerTurn,
        long maxTokensPerTurn,
        long maxTokensPerConversation,
        Duration turnTimeout,
        int historyMessages,
        int maxOutputTokens,
        Map<String, Price> prices) {

    public AgentProperties {
        prices = prices == null ? Map.of() : Map.copyOf(prices);
        if (maxStepsPerTurn < 1 || maxToolCallsPerTurn < 1 || historyMessages < 1) {
            throw new IllegalArgumentException("Agent limits must be at least 1");
        }
    }

    /**
     * Pounds per million tokens.
     *
     * @param input prompt tokens read at full price
     * @param output tokens written
     * @param cacheRead prompt tokens read from the cache
     * @param cacheWrite prompt tokens written to the cache
     */
    public record Price(BigDecimal input, BigDecimal output, BigDecimal cacheRead, BigDecimal cacheWrite) {}
}
