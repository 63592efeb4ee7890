package uk.gov.signpost.employment.internal.eligibility;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import uk.gov.signpost.employment.BenefitsCheck;

/** Spring finds one {@link BenefitsCheck}, backed by the rules data that ships in the jar. */
class EligibilityWiringTest {

    private final ApplicationContextRunner context = new ApplicationContextRunner()
            .withUserConfiguration(EligibilityConfiguration.class, BenefitsChecker.class);

    @Test
    void the_benefits_check_is_a_bean_other_modules_can_use() {
        context.run(beans -> {
            assertThat(beans).hasSingleBean(BenefitsCheck.class);
            assertThat(beans.getBean(Rulebooks.class).welsh().rules()).hasSize(90);
        });
    }
}
