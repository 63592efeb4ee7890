package uk.gov.signpost.employment.internal.calculators;

import java.util.List;

/** Every minimum wage period we hold, from April 2019, with its source. */
record MinimumWageRates(String source, RateTable<MinimumWagePeriod> periods) {

    static final String RESOURCE = "employment/rates/minimum-wage-rates.json";

    static MinimumWageRates load() {
        RatesFile file = RateFiles.read(RESOURCE, RatesFile.class);
        return new MinimumWageRates(file.source(), new RateTable<>(file.periods()));
    }

    /** The file as written. {@code source_code} and {@code notes} are there for people, not for the sums. */
    record RatesFile(String source, String sourceCode, List<String> notes, List<MinimumWagePeriod> periods) {
    }
}
