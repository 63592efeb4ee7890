package uk.gov.signpost.employment.internal.calculators;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;
import uk.gov.signpost.platform.InvalidFieldException;

/**
 * Accommodation an employer provides, as GOV.UK asks about it: none, free, or charged at so much a day, for some
 * days a week (0 to 7). A charge must be more than £0.
 */
record Accommodation(Provided provided, @Nullable BigDecimal chargePerDay, int daysPerWeek) {

    static final Accommodation NONE = new Accommodation(Provided.NO, null, 0);

    enum Provided {
        @JsonProperty("no")
        NO,
        @JsonProperty("yes_free")
        YES_FREE,
        @JsonProperty("yes_charged")
        YES_CHARGED
    }

    Accommodation {
        if (provided == Provided.YES_CHARGED) {
            BigDecimal charge = Fields.required(chargePerDay, "accommodation.charge_per_day",
                    "Enter how much the employer charges for accommodation each day");
            if (charge.signum() <= 0) {
                throw new InvalidFieldException("accommodation_charge_not_positive", "accommodation.charge_per_day",
                        "Enter an accommodation charge per day of more than £0");
            }
        }
        if (daysPerWeek < 0 || daysPerWeek > 7) {
            throw new InvalidFieldException("accommodation_days_out_of_range", "accommodation.days_per_week",
                    "Enter a number of days a week between 0 and 7");
        }
    }
}
