package uk.gov.signpost.employment.internal.calculators;

import java.time.Clock;
import java.time.LocalDate;
import java.time.Month;
import uk.gov.signpost.platform.InvalidFieldException;

/**
 * The redundancy dates GOV.UK's calculator accepts, which depend on today. From January to August: 1 January four
 * years ago to 31 December this year. From September to December: 1 January three years ago to 31 December next
 * year.
 */
final class DismissalDateWindow {

    private final Clock clock;

    DismissalDateWindow(Clock clock) {
        this.clock = clock;
    }

    void check(LocalDate dismissalDate) {
        LocalDate today = LocalDate.now(clock);
        LocalDate first = firstDate(today);
        LocalDate last = lastDate(today);
        if (dismissalDate.isBefore(first) || dismissalDate.isAfter(last)) {
            throw new InvalidFieldException("date_out_of_range", "dismissal_date", "Enter a redundancy date between "
                    + Fields.govUkDate(first) + " and " + Fields.govUkDate(last));
        }
    }

    static LocalDate firstDate(LocalDate today) {
        int yearsBack = januaryToAugust(today) ? 4 : 3;
        return LocalDate.of(today.getYear() - yearsBack, Month.JANUARY, 1);
    }

    static LocalDate lastDate(LocalDate today) {
        int yearsOn = januaryToAugust(today) ? 0 : 1;
        return LocalDate.of(today.getYear() + yearsOn, Month.DECEMBER, 31);
    }

    private static boolean januaryToAugust(LocalDate today) {
        return today.getMonthValue() < Month.SEPTEMBER.getValue();
    }
}
