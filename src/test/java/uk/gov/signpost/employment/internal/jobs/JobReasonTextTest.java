package uk.gov.signpost.employment.internal.jobs;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;
import uk.gov.signpost.employment.JobMatch.Reason;
import uk.gov.signpost.employment.JobMatch.Reason.Kind;

class JobReasonTextTest {

    private final ReasonText text = new ReasonText(messages());

    @Test
    void matched_words_are_quoted_as_the_person_wrote_them() {
        assertThat(text.of(Reason.of(Kind.TITLE_WORDS, "Data", "analyst"), Locale.UK))
                .isEqualTo("The job title has \u201cData\u201d, \u201canalyst\u201d");
    }

    @Test
    void distances_read_naturally_however_small() {
        assertThat(text.of(Reason.of(Kind.DISTANCE, "0.0", "LS1", "Leeds (LS1 4AP)"), Locale.UK))
                .isEqualTo("Less than 0.1 miles from LS1, at Leeds (LS1 4AP)");
        assertThat(text.of(Reason.of(Kind.DISTANCE, "4.0", "LS1", "Leeds (LS27 7LE)"), Locale.UK))
                .isEqualTo("4.0 miles from LS1, at Leeds (LS27 7LE)");
        assertThat(text.of(Reason.of(Kind.DISTANCE, "12.3", "Leeds", "WF13 2AJ"), Locale.UK))
                .isEqualTo("12.3 miles from Leeds, at WF13 2AJ");
    }

    @Test
    void every_kind_of_reason_has_words() {
        assertThat(text.of(Reason.of(Kind.SAME_OCCUPATION, "Data analysts", "3544"), Locale.UK))
                .isEqualTo("The same kind of job as your search: Data analysts (SOC 2020 code 3544)");
        assertThat(text.of(Reason.of(Kind.IN_AREA, "Wales"), Locale.UK)).isEqualTo("The job can be anywhere in Wales");
        assertThat(text.of(Reason.of(Kind.REMOTE), Locale.UK)).isEqualTo("The job can be done from home");
    }

    private static ResourceBundleMessageSource messages() {
        ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
        messages.setBasenames("messages", "i18n/jobs");
        messages.setDefaultEncoding("UTF-8");
        messages.setFallbackToSystemLocale(false);
        return messages;
    }
}
