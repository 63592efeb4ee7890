package uk.gov.signpost.employment.internal.calculators;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * The minimum wage rates for one period (1 April to 31 March): an hourly rate for each age band, the apprentice
 * rate, the accommodation offset per day and the age the National Living Wage starts at.
 */
record MinimumWagePeriod(LocalDate from, LocalDate to, List<AgeBand> ageBands, BigDecimal apprenticeHourlyRate,
        BigDecimal accommodationOffsetPerDay, int nationalLivingWageFromAge) implements DatedRow {

    /** An hourly rate for everyone aged {@code fromAge} or over, up to the next band. */
    record AgeBand(int fromAge, BigDecimal hourlyRate) {

        AgeBand {
            hourlyRate = Money.exactPounds(hourlyRate);
        }
    }

    MinimumWagePeriod {
        if (ageBands.isEmpty() || ageBands.get(0).fromAge() != 0) {
            throw new IllegalArgumentException("The minimum wage row from " + from + " needs a band from age 0");
        }
        for (int i = 1; i < ageBands.size(); i++) {
            if (ageBands.get(i).fromAge() <= ageBands.get(i - 1).fromAge()) {
                throw new IllegalArgumentException("The age bands from " + from + " must be in rising order");
            }
        }
        ageBands = List.copyOf(ageBands);
        apprenticeHourlyRate = Money.exactPounds(apprenticeHourlyRate);
        accommodationOffsetPerDay = Money.exactPounds(accommodationOffsetPerDay);
    }

    BigDecimal hourlyRateForAge(int age) {
        AgeBand band = ageBands.get(0);
        for (AgeBand candidate : ageBands) {
            if (candidate.fromAge() <= age) {
                band = candidate;
            }
        }
        return band.hourlyRate();
    }
}
