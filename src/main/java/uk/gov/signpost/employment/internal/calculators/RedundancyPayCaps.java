package uk.gov.signpost.employment.internal.calculators;

import java.util.List;

/** The weekly pay caps for Great Britain and for Northern Ireland, which differ, with their source. */
record RedundancyPayCaps(String source, RateTable<RedundancyPayCap> greatBritain,
        RateTable<RedundancyPayCap> northernIreland) {

    static final String RESOURCE = "employment/rates/redundancy-pay-caps.json";

    static RedundancyPayCaps load() {
        RatesFile file = RateFiles.read(RESOURCE, RatesFile.class);
        return new RedundancyPayCaps(file.source(), new RateTable<>(file.greatBritain()),
                new RateTable<>(file.northernIreland()));
    }

    /** The file as written. {@code source_code} and {@code notes} are there for people, not for the sums. */
    record RatesFile(String source, String sourceCode, List<String> notes, List<RedundancyPayCap> greatBritain,
            List<RedundancyPayCap> northernIreland) {
    }
}
