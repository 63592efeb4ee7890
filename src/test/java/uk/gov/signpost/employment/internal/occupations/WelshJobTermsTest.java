package uk.gov.signpost.employment.internal.occupations;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.StringReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Welsh job words become the English the adverts and the coding index use; other text is left alone. */
class WelshJobTermsTest {

    private static final WelshJobTerms TERMS = WelshJobTerms.load();

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', value = {
        "swyddi gofal|care",
        "gyrrwr|driver",
        "athro|teacher",
        "Athrawes|teacher",
        "swyddog gweinyddol|administrative officer",
        "Dw i'n chwilio am swydd fel gyrrwr lori|lorry driver",
        "hoffwn i fod yn yrrwr bws|bus driver",
        "gwaith gofal plant|childcare",
        "swyddi gwag i nyrsys|nurse",
        "cynorthwyydd addysgu|teaching assistant",
        "swyddi TG|IT",
    })
    void welsh_job_words_become_english(String welsh, String english) {
        assertThat(TERMS.inEnglish(welsh)).isEqualTo(english);
    }

    @ParameterizedTest
    @CsvSource({"administrative officer", "care assistant", "I am a driver", "Canolfan Byd Gwaith"})
    void text_without_a_welsh_job_word_is_left_as_written(String text) {
        assertThat(TERMS.inEnglish(text)).isEqualTo(text);
    }

    @Test
    void a_term_is_found_in_its_mutated_forms() {
        assertThat(WelshJobTerms.mutations("cyfrifydd"))
                .containsExactly("cyfrifydd", "gyfrifydd", "nghyfrifydd", "chyfrifydd");
        assertThat(WelshJobTerms.mutations("gyrrwr lori")).containsExactly("gyrrwr lori", "yrrwr lori", "ngyrrwr lori");
        assertThat(WelshJobTerms.mutations("dadansoddwr")).contains("ddadansoddwr", "nadansoddwr");
        assertThat(TERMS.inEnglish("fy nghyfrifydd")).isEqualTo("accountant");
    }

    @Test
    void a_glossary_row_without_a_source_stops_the_service_starting() {
        String csv = "welsh,english,kind,source\ngyrrwr,driver,term,\n";

        org.assertj.core.api.Assertions.assertThatThrownBy(
                        () -> WelshJobTerms.read(new BufferedReader(new StringReader(csv))))
                .hasMessageContaining("source");
    }
}
