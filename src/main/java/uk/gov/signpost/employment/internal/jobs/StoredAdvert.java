package uk.gov.signpost.employment.internal.jobs;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import uk.gov.signpost.employment.Nation;

/**
 * An advert as the index stored it, for showing and explaining a result.
 *
 * @param doc the Lucene document number in the index it came from
 * @param areas index area values ({@code national}, {@code remote}, {@code nation:wales}, {@code region:london})
 */
record StoredAdvert(int doc, String reference, String title, String department, String locationText,
        @Nullable Integer salaryMin, @Nullable Integer salaryMax, LocalDate closingDate, @Nullable String socCode,
        List<Place> places, Set<String> areas) {

    StoredAdvert {
        places = List.copyOf(places);
        areas = Set.copyOf(areas);
    }

    static String encodePlace(Place place) {
        GeoPoint point = place.point();
        return String.join("\t", place.name(), point == null ? "" : Double.toString(point.latitude()),
                point == null ? "" : Double.toString(point.longitude()), place.nation().key(),
                place.region() == null ? "" : place.region());
    }

    static Place decodePlace(String encoded) {
        String[] parts = encoded.split("\t", -1);
        GeoPoint point = parts[1].isEmpty()
                ? null
                : new GeoPoint(Double.parseDouble(parts[1]), Double.parseDouble(parts[2]));
        Nation nation = Nation.fromKey(parts[3]).orElseThrow();
        return new Place(parts[0], point, nation, parts[4].isEmpty() ? null : parts[4]);
    }
}
