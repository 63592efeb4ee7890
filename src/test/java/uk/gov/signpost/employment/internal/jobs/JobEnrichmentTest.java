package uk.gov.signpost.employment.internal.jobs;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class JobEnrichmentTest {

    @Test
    void reference_numbers_and_decoration_are_left_out_of_the_title_that_is_embedded() {
        assertThat(Enrichment.titleForMeaning("202310: Prison Officer - HMP Manchester"))
                .isEqualTo("Prison Officer - HMP Manchester");
        assertThat(Enrichment.titleForMeaning("Administrative Officer - Leeds (Ref: 81350)"))
                .isEqualTo("Administrative Officer - Leeds");
        assertThat(Enrichment.titleForMeaning("Senior Marine Officer Harwich - Ref :  5634"))
                .isEqualTo("Senior Marine Officer Harwich -");
        assertThat(Enrichment.titleForMeaning("**Home Office Intelligence - Field Intelligence Officer"))
                .isEqualTo("Home Office Intelligence - Field Intelligence Officer");
    }

    @Test
    void words_that_start_with_ref_are_kept() {
        assertThat(Enrichment.titleForMeaning("Reform Programme Manager")).isEqualTo("Reform Programme Manager");
        assertThat(Enrichment.titleForMeaning("Refugee Support Officer")).isEqualTo("Refugee Support Officer");
    }
}
