package uk.gov.signpost.employment.internal.jobs;

import uk.gov.signpost.employment.internal.data.CsvFile;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import uk.gov.signpost.employment.Nation;

/**
 * The places Signpost knows, from three files:
 *
 * <ul>
 *   <li>{@code data/geography/gb_outcodes.csv}: every postcode district in Great Britain with its coordinates (OS
 *       Code-Point Open);
 *   <li>{@code data/geography/gb_local_authority_districts.csv}: every local authority in Great Britain with its
 *       centroid;
 *   <li>{@code data/jobs/towns.csv} and {@code data/jobs/regions.csv}: towns that are not local authorities, each
 *       with the postcode district of its centre, and the English regions as sets of postcode areas (both compiled
 *       for Signpost; see that folder's PROVENANCE.md).
 * </ul>
 *
 * <p>It does not have coordinates for Northern Ireland (Code-Point Open covers Great Britain only): BT postcodes and
 * the Northern Irish towns in {@code towns.csv} are places with a nation but no point.
 */
final class Gazetteer {

    static final Pattern POSTCODE = Pattern.compile(
            "(?<![A-Za-z0-9])([A-Za-z]{1,2}[0-9][0-9A-Za-z]?)(?:\\s*([0-9][A-Za-z]{2}))?(?![A-Za-z0-9])");

    private final Map<String, Outcode> outcodes;
    private final Map<String, Entry> names;
    private final Map<String, Region> regions;
    private final Map<String, String> regionByPostcodeArea;

    private Gazetteer(Map<String, Outcode> outcodes, Map<String, Entry> names, Map<String, Region> regions,
            Map<String, String> regionByPostcodeArea) {
        this.outcodes = outcodes;
        this.names = names;
        this.regions = regions;
        this.regionByPostcodeArea = regionByPostcodeArea;
    }

    /** Reads the shipped files. */
    static Gazetteer load() {
        Map<String, Region> regions = new LinkedHashMap<>();
        Map<String, String> regionByArea = new HashMap<>();
        CsvFile.read("data/jobs/regions.csv", row -> {
            Region region = new Region(row.get("region"), row.get("name"),
                    List.of(row.get("written_as").split("\\|")));
            regions.put(region.key(), region);
            for (String area : row.get("postcode_areas").split(" ")) {
                if (regionByArea.put(area, region.key()) != null) {
                    throw new IllegalStateException("Postcode area " + area + " is in two regions");
                }
            }
        });

        Map<String, Outcode> outcodes = new HashMap<>();
        CsvFile.read("data/geography/gb_outcodes.csv", row -> {
            Nation nation = nation(row.get("country"));
            String area = row.get("postcode_area");
            Outcode outcode = new Outcode(row.get("outcode").toUpperCase(Locale.ROOT),
                    new GeoPoint(Double.parseDouble(row.get("latitude")), Double.parseDouble(row.get("longitude"))),
                    nation, nation == Nation.ENGLAND ? regionByArea.get(area) : null, tidyLad(row.get("lad_name")));
            outcodes.put(outcode.code(), outcode);
        });

        Map<String, Entry> names = new HashMap<>();
        CsvFile.read("data/jobs/towns.csv", row -> {
            String town = row.get("town");
            String code = row.get("outcode").toUpperCase(Locale.ROOT);
            Entry entry;
            if (isNorthernIrish(code)) {
                entry = new Entry(new Place(town, null, Nation.NORTHERN_IRELAND, null), null, false);
            } else {
                Outcode outcode = outcodes.get(code);
                if (outcode == null) {
                    throw new IllegalStateException("towns.csv gives " + town + " the unknown outcode " + code);
                }
                entry = new Entry(new Place(town, outcode.point(), outcode.nation(), outcode.region()),
                        outcode.lad(), false);
            }
            names.put(normalise(town), entry);
        });
        CsvFile.read("data/geography/gb_local_authority_districts.csv", row -> {
            Nation nation = nation(row.get("country"));
            String lad = tidyLad(row.get("lad_name"));
            String firstOutcode = row.get("outcodes").split(" ")[0];
            Outcode outcode = outcodes.get(firstOutcode);
            GeoPoint centroid = new GeoPoint(Double.parseDouble(row.get("centroid_latitude")),
                    Double.parseDouble(row.get("centroid_longitude")));
            Entry entry = new Entry(new Place(lad, centroid, nation, outcode == null ? null : outcode.region()),
                    lad, true);
            names.putIfAbsent(normalise(lad), entry);
            for (String part : row.get("lad_name_boundary_line").split(" - ")) {
                names.putIfAbsent(normalise(tidyLad(part)), entry);
            }
        });
        return new Gazetteer(Map.copyOf(outcodes), Map.copyOf(names), Map.copyOf(regions), Map.copyOf(regionByArea));
    }

    /**
     * The place someone typed: a postcode ({@code LS1 4AP}), a postcode district ({@code LS1}), a town or a local
     * authority.
     */
    Optional<Place> resolve(String text) {
        String trimmed = text.strip();
        Matcher postcode = POSTCODE.matcher(trimmed);
        if (postcode.matches()) {
            Optional<Place> district = outcode(postcode.group(1));
            if (district.isPresent()) {
                return district;
            }
        }
        return Optional.ofNullable(names.get(normalise(trimmed))).map(Entry::place);
    }

    /** A postcode district such as {@code LS1}, named as written in upper case. */
    Optional<Place> outcode(String code) {
        String upper = code.toUpperCase(Locale.ROOT);
        if (isNorthernIrish(upper)) {
            return Optional.of(new Place(upper, null, Nation.NORTHERN_IRELAND, null));
        }
        Outcode outcode = outcodes.get(upper);
        return outcode == null
                ? Optional.empty()
                : Optional.of(new Place(upper, outcode.point(), outcode.nation(), outcode.region()));
    }

    /** The local authority most of a postcode district lies in. */
    Optional<String> ladOf(String outcode) {
        return Optional.ofNullable(outcodes.get(outcode.toUpperCase(Locale.ROOT))).map(Outcode::lad);
    }

    /** Towns and local authorities by their normalised name (see {@link #normalise}). */
    Map<String, Entry> names() {
        return names;
    }

    Collection<Region> regions() {
        return regions.values();
    }

    Optional<Region> region(String key) {
        return Optional.ofNullable(regions.get(key));
    }

    /** Lower case, letters and digits only, with single spaces: "St. Helens" and "st helens" are the same place. */
    static String normalise(String text) {
        String lower = text.toLowerCase(Locale.ROOT).replace("'", "").replace("\u2019", "").replace("&", " and ");
        return lower.replaceAll("[^a-z0-9]+", " ").strip();
    }

    private static boolean isNorthernIrish(String outcode) {
        return outcode.length() > 2 && outcode.startsWith("BT") && Character.isDigit(outcode.charAt(2));
    }

    /** "City of Bristol" is Bristol; "Caerdydd - Cardiff (B)" is Cardiff; "Lancaster District (B)" is Lancaster. */
    private static String tidyLad(String name) {
        return name.replaceAll("\\s*\\(.*\\)", "")
                .replaceAll("(?i)\\s+District$", "")
                .replaceAll("(?i)^(The )?City of ", "")
                .replaceAll("(?i)^County of ", "")
                .replaceAll("(?i) City$", "")
                .replaceAll("^.* - ", "")
                .strip();
    }

    private static Nation nation(String country) {
        return Nation.fromKey(country.toLowerCase(Locale.ROOT).replace(' ', '-'))
                .orElseThrow(() -> new IllegalStateException("Unknown country " + country));
    }

    /** One postcode district. */
    record Outcode(String code, GeoPoint point, Nation nation, @Nullable String region, String lad) {}

    /**
     * A named place.
     *
     * @param lad the local authority it is in, when known
     * @param localAuthority true when the name is a whole local authority, not a town
     */
    record Entry(Place place, @Nullable String lad, boolean localAuthority) {}

    /** An English region, with the ways adverts write its name. */
    record Region(String key, String name, List<String> writtenAs) {

        Region {
            writtenAs = List.copyOf(writtenAs);
        }
    }
}
