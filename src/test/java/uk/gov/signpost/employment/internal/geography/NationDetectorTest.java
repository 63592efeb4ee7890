package uk.gov.signpost.employment.internal.geography;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;
import uk.gov.signpost.employment.Nation;

class NationDetectorTest {

    private static final NationDetector detector = new NationDetector();

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            I live in Cardiff                         | WALES
            rwy'n byw yng Nghymru, ond dw i yn Abertawe | WALES
            my postcode is CF10 1AA                   | WALES
            near LS1 please                           | ENGLAND
            looking for work in Leeds                 | ENGLAND
            I'm in Glasgow                            | SCOTLAND
            we moved to the highlands, IV2            | SCOTLAND
            I live in Belfast                         | NORTHERN_IRELAND
            my postcode is BT7 1NN                    | NORTHERN_IRELAND
            i'm from northern ireland                 | NORTHERN_IRELAND
            Edinburgh                                 | SCOTLAND
            """)
    void finds_the_nation_from_places_and_postcodes(String text, Nation expected) {
        assertThat(detector.detect(text)).contains(expected);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            I want a job
            my English is not good
            I have an A1 certificate
            I live in Bangor
            """)
    void says_nothing_when_there_is_no_clear_place(String text) {
        assertThat(detector.detect(text)).isEmpty();
    }

    @Test
    void the_latest_message_that_names_a_place_wins() {
        assertThat(detector.detect(List.of("I used to live in Leeds", "now I live in Swansea", "what help is there?")))
                .contains(Nation.WALES);
    }
}
