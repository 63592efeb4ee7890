package uk.gov.signpost.employment.internal.occupations;

import uk.gov.signpost.employment.internal.data.CsvFile;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * SOC 2020 unit groups to ISCO-08 unit groups, computed from the ONS coding index: for each SOC unit group, the
 * share of its index entries that ONS also coded to each ISCO-08 group. It is how SOC reaches ESCO, whose
 * occupations carry ISCO-08 codes.
 */
final class IscoCrosswalk {

    private final Map<String, List<IscoShare>> bySoc = new HashMap<>();

    static IscoCrosswalk read() {
        return new IscoCrosswalk();
    }

    private IscoCrosswalk() {
        CsvFile.read("data/occupations/soc2020/soc2020_to_isco08.csv", row -> bySoc
                .computeIfAbsent(row.get("soc2020"), key -> new ArrayList<>())
                .add(new IscoShare(row.get("isco08"), row.get("isco08_title"),
                        Double.parseDouble(row.get("share_of_soc_entries")))));
        bySoc.values().forEach(shares -> shares.sort((a, b) -> Double.compare(b.share(), a.share())));
    }

    /** The ISCO-08 groups of this SOC unit group, largest share first; empty for an unknown code. */
    List<IscoShare> iscoGroups(String socCode) {
        return List.copyOf(bySoc.getOrDefault(socCode, List.of()));
    }

    record IscoShare(String isco08, String title, double share) {
    }
}
