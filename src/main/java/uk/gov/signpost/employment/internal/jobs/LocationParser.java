package uk.gov.signpost.employment.internal.jobs;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import uk.gov.signpost.employment.Nation;

/**
 * Turns an advert's free-text location ("Birmingham (B5 4UA) or London (E14 4HD) based with hybrid working", "Remote
 * working (anywhere in the UK)", "Wales") into {@link AdvertLocation}.
 *
 * <p>Full postcodes are the most precise, then the towns and local authorities in the {@link Gazetteer}. A region or
 * nation counts only when the advert names no place: "Exeter, South West England, EX1 3PB" is in Exeter, while
 * "South West England" alone means anywhere in that region. An advert that names all nine English regions is open
 * anywhere in England.
 *
 * <p>What it does not catch: counties on their own ("Hampshire"), buildings and military sites that are not in
 * {@code towns.csv} ("HMNB Portsmouth" is found through Portsmouth, "RNAD Coulport" through Coulport, but "Abbey Wood
 * North" only because Abbey Wood is listed), and bare postcode districts with no inward code ("M5"), which are too
 * easily confused with grades such as "G7".
 */
final class LocationParser {

    private static final Pattern FULL_POSTCODE = Pattern.compile(
            "(?<![A-Za-z0-9])([A-Za-z]{1,2}[0-9][0-9A-Za-z]?)\\s*([0-9][A-Za-z]{2})(?![A-Za-z0-9])");
    private static final Pattern SEGMENTS = Pattern.compile("[,;:/()\\[\\]]|\\s+or\\s+|\\s+and\\s+|\\s[-\u2013\u2014]\\s");
    private static final List<String> REMOTE_STARTS = List.of("remote", "home based", "homebased", "home working",
            "homeworking", "working from home", "work from home", "fully remote");
    private static final Set<String> NATIONAL_SEGMENTS = Set.of("national", "nationwide", "uk wide", "uk",
            "united kingdom", "great britain", "anywhere in the uk", "uk based", "national uk");
    private static final Pattern NATIONAL_PHRASES = Pattern.compile(
            "\\b(anywhere in the (uk|united kingdom)|across the (uk|united kingdom)|uk wide|nationwide"
                    + "|any (location|office|site) in the (uk|united kingdom))\\b");
    /** A town name followed by one of these words is a street or a building: "London Road", "Manchester House". */
    private static final Set<String> STREET_WORDS = Set.of("street", "st", "road", "rd", "lane", "avenue", "place",
            "house", "court", "square", "way", "drive", "close", "crescent", "terrace", "row");
    private static final Map<String, Nation> NATIONS = Map.of(
            "northern ireland", Nation.NORTHERN_IRELAND,
            "scotland", Nation.SCOTLAND,
            "wales", Nation.WALES,
            "england", Nation.ENGLAND);
    /** A town this close to a postcode in the same advert is the same place, named. */
    private static final double SAME_PLACE_MILES = 5;

    private final Gazetteer gazetteer;
    private final int maxNameWords;
    private final List<RegionForm> regionForms;

    LocationParser(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
        this.maxNameWords = gazetteer.names().keySet().stream().mapToInt(n -> n.split(" ").length).max().orElse(1);
        List<RegionForm> forms = new ArrayList<>();
        for (Gazetteer.Region region : gazetteer.regions()) {
            for (String written : region.writtenAs()) {
                forms.add(new RegionForm(Gazetteer.normalise(written), region.key()));
            }
        }
        forms.sort(Comparator.comparingInt((RegionForm f) -> f.text().length()).reversed());
        this.regionForms = List.copyOf(forms);
    }

    AdvertLocation parse(String text) {
        String normalised = " " + Gazetteer.normalise(text) + " ";
        boolean remote = isRemote(text);
        boolean national = isNational(text, normalised);

        List<Place> places = new ArrayList<>();
        List<String> placeLads = new ArrayList<>();
        addPostcodes(text, places, placeLads);

        Set<String> regions = new LinkedHashSet<>();
        for (RegionForm form : regionForms) {
            String padded = " " + form.text() + " ";
            if (normalised.contains(padded)) {
                regions.add(form.region());
                normalised = normalised.replace(padded, " , ");
            }
        }
        Set<Nation> nations = EnumSet.noneOf(Nation.class);
        for (Map.Entry<String, Nation> nation : NATIONS.entrySet()) {
            String padded = " " + nation.getKey() + " ";
            if (normalised.contains(padded)) {
                nations.add(nation.getValue());
                normalised = normalised.replace(padded, " , ");
            }
        }
        addNamedPlaces(normalised, places, placeLads);

        if (!places.isEmpty()) {
            return new AdvertLocation(places, national, remote, Set.of(), Set.of());
        }
        if (regions.size() == gazetteer.regions().size()) {
            regions.clear();
            nations.add(Nation.ENGLAND);
        }
        return new AdvertLocation(List.of(), national, remote, nations, regions);
    }

    private void addPostcodes(String text, List<Place> places, List<String> placeLads) {
        Matcher postcode = FULL_POSTCODE.matcher(text);
        while (postcode.find()) {
            String written = (postcode.group(1) + " " + postcode.group(2)).toUpperCase(Locale.ROOT);
            gazetteer.outcode(postcode.group(1)).ifPresent(district -> {
                if (places.stream().noneMatch(p -> p.name().equals(written))) {
                    places.add(new Place(written, district.point(), district.nation(), district.region()));
                    placeLads.add(gazetteer.ladOf(postcode.group(1)).orElse(""));
                }
            });
        }
    }

    private void addNamedPlaces(String normalised, List<Place> places, List<String> placeLads) {
        String[] words = normalised.strip().split(" +");
        int i = 0;
        while (i < words.length) {
            int matched = 0;
            for (int n = Math.min(maxNameWords, words.length - i); n > 0 && matched == 0; n--) {
                Gazetteer.Entry entry = gazetteer.names().get(String.join(" ", Arrays.asList(words).subList(i, i + n)));
                boolean street = i + n < words.length && STREET_WORDS.contains(words[i + n]);
                if (entry != null && !street) {
                    add(entry, places, placeLads);
                    matched = n;
                }
            }
            i += Math.max(1, matched);
        }
    }

    private void add(Gazetteer.Entry entry, List<Place> places, List<String> placeLads) {
        Place place = entry.place();
        if (entry.localAuthority() && placeLads.contains(entry.lad())) {
            return;
        }
        int same = indexOfSamePlace(places, place);
        if (same < 0) {
            places.add(place);
            placeLads.add(entry.lad() == null ? "" : entry.lad());
            return;
        }
        Place postcode = places.get(same);
        if (!entry.localAuthority() && FULL_POSTCODE.matcher(postcode.name()).matches()) {
            places.set(same, new Place(place.name() + " (" + postcode.name() + ")", postcode.point(),
                    postcode.nation(), postcode.region()));
        }
    }

    private static int indexOfSamePlace(List<Place> places, Place place) {
        for (int i = 0; i < places.size(); i++) {
            Place other = places.get(i);
            if (other.name().startsWith(place.name())) {
                return i;
            }
            if (other.point() != null && place.point() != null
                    && other.point().milesTo(place.point()) < SAME_PLACE_MILES) {
                return i;
            }
        }
        return -1;
    }

    private static boolean isRemote(String text) {
        for (String segment : SEGMENTS.split(text.toLowerCase(Locale.ROOT))) {
            String words = Gazetteer.normalise(segment);
            if (REMOTE_STARTS.stream().anyMatch(words::startsWith)) {
                return true;
            }
        }
        return false;
    }

    private static boolean isNational(String text, String normalised) {
        for (String segment : SEGMENTS.split(text.toLowerCase(Locale.ROOT))) {
            if (NATIONAL_SEGMENTS.contains(Gazetteer.normalise(segment))) {
                return true;
            }
        }
        return NATIONAL_PHRASES.matcher(normalised).find();
    }

    private static String nextWord(String text, int from) {
        int start = from;
        while (start < text.length() && text.charAt(start) == ' ') {
            start++;
        }
        int end = start;
        while (end < text.length() && text.charAt(end) != ' ') {
            end++;
        }
        return text.substring(start, end);
    }

    private record RegionForm(String text, String region) {}
}
