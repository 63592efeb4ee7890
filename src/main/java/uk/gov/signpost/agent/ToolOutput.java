package uk.gov.signpost.agent;

import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import uk.gov.signpost.conversation.Card;

/**
 * What a tool produced.
 *
 * @param content the result for the model, usually JSON
 * @param cards signposts to show the person under the reply
 * @param say a plain-English sentence or two that states the result, written by code from the result, so that
 *     no model is needed to word it (and no model can change its figures)
 * @param links every link the result contains; the only links a reply may carry
 */
public record ToolOutput(String content, List<Card> cards, @Nullable String say, List<String> links) {

    public ToolOutput {
        Objects.requireNonNull(content, "content");
        cards = List.copyOf(cards);
        links = List.copyOf(links);
    }

    public static ToolOutput of(String content) {
        return new ToolOutput(content, List.of(), null, List.of());
    }
}
