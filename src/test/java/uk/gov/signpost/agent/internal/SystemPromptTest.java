package uk.gov.signpost.agent.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import uk.gov.signpost.model.Language;

class SystemPromptTest {

    @Test
    void a_welsh_turn_tells_the_model_to_reply_in_welsh_after_the_part_that_is_cached() {
        String english = SystemPrompt.build(List.of(), DialogueState.EMPTY, Language.ENGLISH);
        String welsh = SystemPrompt.build(List.of(), DialogueState.EMPTY, Language.WELSH);

        assertThat(english).doesNotContain("Welsh");
        assertThat(welsh).contains("Reply in plain Welsh (Cymraeg)");
        assertThat(welsh).startsWith(english.substring(0, english.indexOf("\nWhere the dialogue stands")));
    }
}
