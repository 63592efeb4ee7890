package uk.gov.signpost.employment.internal.schemes;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import uk.gov.signpost.employment.EmploymentSituation;
import uk.gov.signpost.employment.EmploymentSituation.Benefit;
import uk.gov.signpost.employment.EmploymentSituation.EmploymentStatus;
import uk.gov.signpost.employment.Nation;

/** Builds situations for tests: {@code aPerson().in(WALES).aged(19).on(UNIVERSAL_CREDIT).build()}. */
final class SituationBuilder {

    private Nation nation = Nation.ENGLAND;
    private @Nullable Integer age;
    private @Nullable EmploymentStatus status;
    private @Nullable Set<Benefit> benefits;
    private @Nullable Boolean disability;
    private @Nullable Double hours;
    private @Nullable Boolean permittedWork;
    private @Nullable Boolean level3;

    private SituationBuilder() {}

    /** Someone in England who has told us nothing else. */
    static SituationBuilder aPerson() {
        return new SituationBuilder();
    }

    /** An unemployed 30 year old in England on Universal Credit with no health condition and a level 3. */
    static SituationBuilder aJobseeker() {
        return aPerson().aged(30).working(EmploymentStatus.UNEMPLOYED).on(Benefit.UNIVERSAL_CREDIT)
                .withoutDisability().withLevel3(true);
    }

    SituationBuilder in(Nation nation) {
        this.nation = nation;
        return this;
    }

    SituationBuilder aged(int age) {
        this.age = age;
        return this;
    }

    SituationBuilder working(EmploymentStatus status) {
        this.status = status;
        return this;
    }

    SituationBuilder on(Benefit... benefits) {
        this.benefits = benefits.length == 0 ? Set.of() : EnumSet.copyOf(List.of(benefits));
        return this;
    }

    SituationBuilder onNoBenefits() {
        return on();
    }

    SituationBuilder withDisability() {
        this.disability = true;
        return this;
    }

    SituationBuilder withoutDisability() {
        this.disability = false;
        return this;
    }

    SituationBuilder workingHours(double hours) {
        this.hours = hours;
        return this;
    }

    SituationBuilder permittedWork(boolean permittedWork) {
        this.permittedWork = permittedWork;
        return this;
    }

    SituationBuilder withLevel3(boolean level3) {
        this.level3 = level3;
        return this;
    }

    EmploymentSituation build() {
        return new EmploymentSituation(nation, age, status, benefits, disability, hours, permittedWork, level3);
    }
}
