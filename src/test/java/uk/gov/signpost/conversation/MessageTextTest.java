package uk.gov.signpost.conversation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import uk.gov.signpost.platform.InvalidFieldException;

class MessageTextTest {

    @Test
    void keeps_ordinary_text_without_surrounding_space() {
        assertThat(new MessageText("  I need a job in Leeds\n").value()).isEqualTo("I need a job in Leeds");
    }

    @Test
    void allows_new_lines_tabs_welsh_and_emoji() {
        String text = "Rwy'n chwilio am waith\n\tyng Nghaerdydd 🙂";
        assertThat(new MessageText(text).value()).isEqualTo(text);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " ", "\n\t  "})
    void rejects_an_empty_or_blank_message(String text) {
        assertThatThrownBy(() -> new MessageText(text))
                .isInstanceOfSatisfying(InvalidFieldException.class, e -> {
                    assertThat(e.code()).isEqualTo("message_empty");
                    assertThat(e.field()).isEqualTo("text");
                });
    }

    @Test
    void accepts_exactly_4000_characters_and_rejects_4001() {
        assertThat(new MessageText("a".repeat(4000)).value()).hasSize(4000);
        assertThatThrownBy(() -> new MessageText("a".repeat(4001)))
                .isInstanceOfSatisfying(InvalidFieldException.class,
                        e -> assertThat(e.code()).isEqualTo("message_too_long"));
    }

    @Test
    void counts_characters_not_utf16_units() {
        assertThat(new MessageText("🙂".repeat(4000)).value()).isNotEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"hello\u0000", "bell\u0007", "esc\u001b[31m", "bad \uFFFD byte", "lone \uD800 surrogate"})
    void rejects_control_characters_and_text_that_did_not_decode(String text) {
        assertThatThrownBy(() -> new MessageText(text))
                .isInstanceOfSatisfying(InvalidFieldException.class,
                        e -> assertThat(e.code()).isEqualTo("message_invalid_characters"));
    }
}
