package uk.gov.signpost.employment.internal.geography;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.stereotype.Component;
import uk.gov.signpost.employment.Nation;
import uk.gov.signpost.employment.internal.data.CsvFile;
import uk.gov.signpost.model.PlaceResolver;

/**
 * Works out which nation a person lives in from what they wrote: a nation's name, a postcode or postcode
 * district, or a local authority or large town. Postcode districts and local authorities come from OS
 * Code-Point Open (Great Britain); Northern Ireland postcodes all start with BT.
 *
 * <p>The latest message that names a place wins. It does not resolve place names shared between nations
 * (Bangor is in Wales and in Northern Ireland, so it is ignored), and it does not know small towns and villages
 * unless a postcode is given.
 */
@Component
public class NationDetector implements PlaceResolver {

    private static final Pattern POSTCODE = Pattern.compile(
            "\\b([A-Z]{1,2}[0-9][0-9A-Z]?)(?:\\s*[0-9][A-Z]{2})?\\b", Pattern.CASE_INSENSITIVE);
    private static final Map<String, Nation> NATION_WORDS = Map.ofEntries(
            Map.entry("northern ireland", Nation.NORTHERN_IRELAND),
            Map.entry("wales", Nation.WALES),
            Map.entry("cymru", Nation.WALES),
            Map.entry("scotland", Nation.SCOTLAND),
            Map.entry("england", Nation.ENGLAND));
    /** Large towns in Northern Ireland, which the GB postcode data does not cover. */
    private static final List<String> NORTHERN_IRISH_TOWNS = List.of(
            "belfast", "derry", "londonderry", "lisburn", "newry", "armagh", "enniskillen", "omagh",
            "coleraine", "ballymena", "newtownabbey", "craigavon", "portadown", "larne", "strabane");
    private static final List<String> AMBIGUOUS = List.of("bangor", "newport", "richmond", "angus");

    private static final Pattern WORD = Pattern.compile("[\\p{L}][\\p{L}'-]*");

    private final Map<String, Nation> outcodes = new HashMap<>();
    private final Map<String, Nation> places = new HashMap<>();
    private final int longestPlace;

    public NationDetector() {
        CsvFile.read("data/geography/gb_outcodes.csv", row -> outcodes.put(row.get("outcode").toUpperCase(Locale.ROOT),
                fromCountry(row.get("country"))));
        CsvFile.read("data/geography/gb_local_authority_districts.csv", row -> {
            Nation nation = fromCountry(row.get("country"));
            addPlace(row.get("lad_name"), nation);
            for (String part : row.get("lad_name_boundary_line").split(" - ")) {
                addPlace(part, nation);
            }
        });
        NORTHERN_IRISH_TOWNS.forEach(town -> places.put(town, Nation.NORTHERN_IRELAND));
        NATION_WORDS.forEach(places::put);
        AMBIGUOUS.forEach(places::remove);
        this.longestPlace = places.keySet().stream().mapToInt(p -> p.split(" ").length).max().orElse(1);
    }

    /** The nation named most recently in these messages, oldest first. */
    public Optional<Nation> detect(List<String> messages) {
        for (int i = messages.size() - 1; i >= 0; i--) {
            Optional<Nation> found = detect(messages.get(i));
            if (found.isPresent()) {
                return found;
            }
        }
        return Optional.empty();
    }

    @Override
    public Optional<String> nation(String text) {
        return detect(text).map(Nation::key);
    }

    /** The first nation this message points to, if any. */
    public Optional<Nation> detect(String message) {
        Matcher postcode = POSTCODE.matcher(message);
        while (postcode.find()) {
            String outcode = postcode.group(1).toUpperCase(Locale.ROOT);
            if (outcode.startsWith("BT") && outcode.length() > 2 && Character.isDigit(outcode.charAt(2))) {
                return Optional.of(Nation.NORTHERN_IRELAND);
            }
            Nation nation = outcodes.get(outcode);
            if (nation != null && looksLikePostcode(postcode.group())) {
                return Optional.of(nation);
            }
        }
        return firstPlace(message.toLowerCase(Locale.ROOT));
    }

    /** Looks up every run of one to a few words, longest first, so "northern ireland" beats "ireland". */
    private Optional<Nation> firstPlace(String text) {
        List<String> words = new java.util.ArrayList<>();
        Matcher word = WORD.matcher(text);
        while (word.find()) {
            words.add(word.group());
        }
        for (int start = 0; start < words.size(); start++) {
            for (int length = Math.min(longestPlace, words.size() - start); length >= 1; length--) {
                Nation nation = places.get(String.join(" ", words.subList(start, start + length)));
                if (nation != null) {
                    return Optional.of(nation);
                }
            }
        }
        return Optional.empty();
    }

    /** "LS1", "ls1 4ap" and "CF10" are postcodes; "a1" in "a1 skills" could be, so it must be upper case. */
    private static boolean looksLikePostcode(String token) {
        return token.length() >= 3 && (token.equals(token.toUpperCase(Locale.ROOT)) || token.contains(" "));
    }

    private void addPlace(String name, Nation nation) {
        String place = name.toLowerCase(Locale.ROOT)
                .replace(".", "")
                .replace("city of ", "")
                .replace(" city", "")
                .replace("county of ", "")
                .replaceAll("\\s*\\(.*\\)", "")
                .strip();
        if (place.length() >= 4) {
            places.putIfAbsent(place, nation);
        }
    }

    private static Nation fromCountry(String country) {
        return Nation.fromKey(country.toLowerCase(Locale.ROOT).replace(' ', '-'))
                .orElseThrow(() -> new IllegalStateException("Unknown country " + country));
    }
}
