package uk.gov.signpost.employment;

import java.util.Arrays;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import uk.gov.signpost.platform.InvalidFieldException;

/**
 * What a person has told us about their situation, for {@link EmploymentSchemes}. Only the nation is needed; a
 * {@code null} means they have not said, and a scheme that depends on it comes back as "maybe".
 *
 * @param nation where they live
 * @param age their age in years
 * @param employmentStatus whether and how they work now
 * @param benefits the benefits they get; empty means none, {@code null} means they have not said
 * @param disabilityOrHealthCondition whether they have a disability or a physical or mental health condition
 * @param hoursPerWeek how many hours of paid work they do in a usual week
 * @param permittedWork whether their work is "permitted work" agreed with a work coach (people on ESA)
 * @param hasLevel3Qualification whether they already have a level 3 qualification, such as A levels
 * @throws InvalidFieldException naming the field (as {@code situation.age} and so on) when a value is out of range
 */
public record EmploymentSituation(
        Nation nation,
        @Nullable Integer age,
        @Nullable EmploymentStatus employmentStatus,
        @Nullable Set<Benefit> benefits,
        @Nullable Boolean disabilityOrHealthCondition,
        @Nullable Double hoursPerWeek,
        @Nullable Boolean permittedWork,
        @Nullable Boolean hasLevel3Qualification) {

    public EmploymentSituation {
        if (nation == null) {
            throw new InvalidFieldException("missing_value", "situation.nation",
                    "Say which nation you live in: england, scotland, wales or northern-ireland");
        }
        if (age != null && (age < 0 || age > 120)) {
            throw new InvalidFieldException("invalid_value", "situation.age", "Enter an age from 0 to 120");
        }
        if (hoursPerWeek != null && (hoursPerWeek.isNaN() || hoursPerWeek < 0 || hoursPerWeek > 168)) {
            throw new InvalidFieldException("invalid_value", "situation.hours_per_week",
                    "Enter the hours you work in a week, from 0 to 168");
        }
        benefits = benefits == null ? null : Set.copyOf(benefits);
    }

    /** Only the nation, so that every other fact is unknown. */
    public static EmploymentSituation in(Nation nation) {
        return new EmploymentSituation(nation, null, null, null, null, null, null, null);
    }

    /** How a person works now. */
    public enum EmploymentStatus {
        EMPLOYED("employed"),
        SELF_EMPLOYED("self_employed"),
        UNEMPLOYED("unemployed"),
        /** Has a job to start or to go back to. */
        STARTING_WORK("starting_work"),
        IN_FULL_TIME_EDUCATION("in_full_time_education");

        private final String key;

        EmploymentStatus(String key) {
            this.key = key;
        }

        public String key() {
            return key;
        }

        public static Optional<EmploymentStatus> fromKey(String key) {
            return Arrays.stream(values()).filter(s -> s.key.equals(key)).findFirst();
        }
    }

    /** Benefits that decide whether some schemes are open to a person. */
    public enum Benefit {
        UNIVERSAL_CREDIT("universal_credit"),
        JOBSEEKERS_ALLOWANCE("jobseekers_allowance"),
        EMPLOYMENT_AND_SUPPORT_ALLOWANCE("employment_and_support_allowance"),
        INCOME_SUPPORT("income_support");

        private final String key;

        Benefit(String key) {
            this.key = key;
        }

        public String key() {
            return key;
        }

        public static Optional<Benefit> fromKey(String key) {
            return Arrays.stream(values()).filter(b -> b.key.equals(key)).findFirst();
        }
    }
}
