package uk.gov.signpost.employment.internal.schemes;

import java.util.Arrays;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import uk.gov.signpost.employment.EmploymentSituation;
import uk.gov.signpost.employment.EmploymentSituation.Benefit;
import uk.gov.signpost.employment.EmploymentSituation.EmploymentStatus;

/** Something about a person that a scheme's condition can test, named as in the data and the API. */
enum Fact {
    AGE("age", Kind.NUMBER, Set.of()),
    EMPLOYMENT_STATUS("employment_status", Kind.CHOICE,
            Arrays.stream(EmploymentStatus.values()).map(EmploymentStatus::key).collect(Collectors.toSet())),
    BENEFITS("benefits", Kind.SET, Arrays.stream(Benefit.values()).map(Benefit::key).collect(Collectors.toSet())),
    DISABILITY_OR_HEALTH_CONDITION("disability_or_health_condition", Kind.YES_NO, Set.of()),
    HOURS_PER_WEEK("hours_per_week", Kind.NUMBER, Set.of()),
    PERMITTED_WORK("permitted_work", Kind.YES_NO, Set.of()),
    HAS_LEVEL_3_QUALIFICATION("has_level_3_qualification", Kind.YES_NO, Set.of());

    /** What kind of value a fact has, which decides the tests that make sense on it. */
    enum Kind {
        NUMBER,
        CHOICE,
        SET,
        YES_NO
    }

    private final String key;
    private final Kind kind;
    private final Set<String> options;

    Fact(String key, Kind kind, Set<String> options) {
        this.key = key;
        this.kind = kind;
        this.options = options;
    }

    String key() {
        return key;
    }

    Kind kind() {
        return kind;
    }

    /** The values a choice or set fact can take. */
    Set<String> options() {
        return options;
    }

    static Optional<Fact> fromKey(String key) {
        return Arrays.stream(values()).filter(f -> f.key.equals(key)).findFirst();
    }

    /**
     * The fact's value in a situation, or null if the person has not said: a {@link Double} for numbers, a
     * {@link String} for a choice, a {@code Set<String>} for a set and a {@link Boolean} for yes or no.
     */
    @Nullable
    Object valueIn(EmploymentSituation situation) {
        return switch (this) {
            case AGE -> situation.age() == null ? null : situation.age().doubleValue();
            case EMPLOYMENT_STATUS -> situation.employmentStatus() == null ? null : situation.employmentStatus().key();
            case BENEFITS -> situation.benefits() == null
                    ? null
                    : situation.benefits().stream().map(Benefit::key).collect(Collectors.toSet());
            case DISABILITY_OR_HEALTH_CONDITION -> situation.disabilityOrHealthCondition();
            case HOURS_PER_WEEK -> situation.hoursPerWeek();
            case PERMITTED_WORK -> situation.permittedWork();
            case HAS_LEVEL_3_QUALIFICATION -> situation.hasLevel3Qualification();
        };
    }
}
