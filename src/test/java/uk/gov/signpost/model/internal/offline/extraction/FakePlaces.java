package uk.gov.signpost.model.internal.offline.extraction;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import uk.gov.signpost.model.PlaceResolver;

/**
 * A few towns and nation names, and the nation of a text that is only a postcode or district ("CF10 1AA",
 * "LS6"). The real resolver lives in the employment pack; this one is small enough that a test shows which
 * nations come from the extractor's own postcode reading.
 */
final class FakePlaces implements PlaceResolver {

    private static final Map<String, String> PLACES = Map.ofEntries(
            Map.entry("cardiff", "wales"), Map.entry("caerdydd", "wales"), Map.entry("swansea", "wales"),
            Map.entry("wales", "wales"), Map.entry("cymru", "wales"), Map.entry("leeds", "england"),
            Map.entry("london", "england"), Map.entry("manchester", "england"), Map.entry("england", "england"),
            Map.entry("glasgow", "scotland"), Map.entry("edinburgh", "scotland"), Map.entry("scotland", "scotland"),
            Map.entry("belfast", "northern-ireland"), Map.entry("derry", "northern-ireland"),
            Map.entry("northern ireland", "northern-ireland"));
    private static final Map<String, String> AREAS = Map.of("CF", "wales", "SA", "wales", "LS", "england",
            "M", "england", "SW", "england", "G", "scotland", "EH", "scotland", "BT", "northern-ireland");
    private static final Pattern POSTCODE_ONLY = Pattern.compile("([A-Z]{1,2})[0-9][0-9A-Z]?(?: [0-9][A-Z]{2})?");
    private static final Pattern PLACE = Pattern.compile("\\b(" + String.join("|", PLACES.keySet()) + ")\\b");

    @Override
    public Optional<String> nation(String text) {
        Matcher postcode = POSTCODE_ONLY.matcher(text);
        if (postcode.matches()) {
            return Optional.ofNullable(AREAS.get(postcode.group(1)));
        }
        Matcher place = PLACE.matcher(text.toLowerCase(Locale.ROOT));
        return place.find() ? Optional.of(PLACES.get(place.group(1))) : Optional.empty();
    }
}
