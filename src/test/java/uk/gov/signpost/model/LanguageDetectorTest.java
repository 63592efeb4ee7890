package uk.gov.signpost.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class LanguageDetectorTest {

    @ParameterizedTest
    @ValueSource(strings = {"Dw i'n chwilio am swydd", "Pa gymorth alla i ei gael?", "Ces i fy niswyddo ddoe",
            "Hoffwn siarad â pherson", "Mae gen i ddau o blant", "Rydw i'n byw yng Nghaerdydd", "Ydw", "Nac oes",
            "Diolch", "Dw i'n 34 oed", "Dwi isio gwaith yn Wrecsam plis", "ydy fy nghyflog yn ddigon?"})
    void welsh_is_recognised(String text) {
        assertThat(LanguageDetector.detect(text)).contains(Language.WELSH);
    }

    @ParameterizedTest
    @ValueSource(strings = {"I've just been made redundant", "I want to talk to a person", "Can I get Universal Credit?",
            "I am looking for a job in Cardiff", "no I don't", "What is the minimum wage?",
            "I live in Wales and I need help"})
    void english_is_recognised(String text) {
        assertThat(LanguageDetector.detect(text)).contains(Language.ENGLISH);
    }

    @ParameterizedTest
    @ValueSource(strings = {"LS1", "CF10 1AA", "admin", "16", "£16,000", "Cardiff", "plumber", "yes", "na"})
    void too_little_to_go_on_is_undecided(String text) {
        assertThat(LanguageDetector.detect(text)).isEqualTo(Optional.empty());
    }

    @Test
    void a_person_who_chose_welsh_is_answered_in_welsh_even_in_english() {
        assertThat(LanguageDetector.forTurn(Language.WELSH, List.of("I want a job"))).isEqualTo(Language.WELSH);
    }

    @Test
    void a_short_answer_keeps_the_language_of_the_conversation() {
        assertThat(LanguageDetector.forTurn(Language.ENGLISH, List.of("Dw i'n chwilio am swydd", "CF10")))
                .isEqualTo(Language.WELSH);
        assertThat(LanguageDetector.forTurn(Language.ENGLISH, List.of("I am looking for a job", "CF10")))
                .isEqualTo(Language.ENGLISH);
    }

    @Test
    void someone_who_switches_to_english_is_answered_in_english() {
        assertThat(LanguageDetector.forTurn(Language.ENGLISH,
                List.of("Dw i'n chwilio am swydd", "Sorry, can we do this in English please"))).isEqualTo(Language.ENGLISH);
    }

    @Test
    void nothing_clear_gives_english() {
        assertThat(LanguageDetector.forTurn(Language.ENGLISH, List.of("LS1"))).isEqualTo(Language.ENGLISH);
    }
}
