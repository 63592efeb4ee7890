package uk.gov.signpost.employment.internal.guidance;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Heading ids as GOV.UK (Govspeak, on kramdown) makes them, checked against ids seen in GOV.UK's own HTML. */
class GuidanceAnchorsTest {

    @Test
    void curly_quotes_and_brackets_are_dropped_and_spaces_become_hyphens() {
        assertThat(HeadingAnchors.basic("Holiday (or ‘annual leave’)")).isEqualTo("holiday-or-annual-leave");
        assertThat(HeadingAnchors.basic("What you’ll get")).isEqualTo("what-youll-get");
        assertThat(HeadingAnchors.basic("You cease to trade")).isEqualTo("you-cease-to-trade");
    }

    @Test
    void everything_before_the_first_letter_is_dropped() {
        assertThat(HeadingAnchors.basic("1. Paid maternity leave")).isEqualTo("paid-maternity-leave");
        assertThat(HeadingAnchors.basic("16 to 19 Bursary Fund")).isEqualTo("to-19-bursary-fund");
    }

    @Test
    void letters_outside_ascii_are_dropped_rather_than_transliterated() {
        assertThat(HeadingAnchors.basic("Gwneud cais ar-lein: Cymraeg â ŵ")).isEqualTo("gwneud-cais-ar-lein-cymraeg--");
    }

    @Test
    void a_heading_with_no_letters_is_called_section() {
        assertThat(new HeadingAnchors().next("2024")).isEqualTo("section");
    }

    @Test
    void repeated_headings_in_one_document_are_numbered_from_one() {
        HeadingAnchors anchors = new HeadingAnchors();

        assertThat(anchors.next("Eligibility")).isEqualTo("eligibility");
        assertThat(anchors.next("Eligibility")).isEqualTo("eligibility-1");
        assertThat(anchors.next("Eligibility")).isEqualTo("eligibility-2");
        assertThat(new HeadingAnchors().next("Eligibility")).isEqualTo("eligibility");
    }
}
