package uk.gov.signpost.model.internal.offline.extraction;

import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * A full postcode ("cf10 1aa" becomes {@code postcode} "CF10 1AA" and {@code postcode_district} "CF10") or a bare
 * postcode district ("LS6"). The area letters must be one of the 124 postcode areas (with Guernsey, Jersey and
 * the Isle of Man), so "A1" and "PS5" are never postcodes. A bare district with a one-letter area (B, E, G, L, M,
 * N, S, W) also needs the word "postcode" or a phrase such as "live in", because "M1" and "B2" are more often a
 * motorway or a language level.
 * Words around it rule out reference numbers, grades, roads and certificates.
 */
final class PostcodeRule {

    private static final Set<String> AREAS = Set.of("AB", "AL", "B", "BA", "BB", "BD", "BH", "BL", "BN", "BR",
            "BS", "BT", "CA", "CB", "CF", "CH", "CM", "CO", "CR", "CT", "CV", "CW", "DA", "DD", "DE", "DG", "DH", "DL",
            "DN", "DT", "DY", "E", "EC", "EH", "EN", "EX", "FK", "FY", "G", "GL", "GU", "GY", "HA", "HD", "HG", "HP",
            "HR", "HS", "HU", "HX", "IG", "IM", "IP", "IV", "JE", "KA", "KT", "KW", "KY", "L", "LA", "LD", "LE", "LL",
            "LN", "LS", "LU", "M", "ME", "MK", "ML", "N", "NE", "NG", "NN", "NP", "NR", "NW", "OL", "OX", "PA", "PE",
            "PH", "PL", "PO", "PR", "RG", "RH", "RM", "S", "SA", "SE", "SG", "SK", "SL", "SM", "SN", "SO", "SP", "SR",
            "SS", "ST", "SW", "SY", "TA", "TD", "TF", "TN", "TQ", "TR", "TS", "TW", "UB", "W", "WA", "WC", "WD", "WF",
            "WN", "WR", "WS", "WV", "YO", "ZE");
    /** Look like districts but are usually something else: CO2, HS2 (the railway), "me2", UB40, WD40. */
    private static final Set<String> NOT_DISTRICTS = Set.of("CO2", "HS2", "ME2", "SK8", "UB40", "WD40");
    private static final Pattern FULL = Pattern.compile(
            "\\b([a-z]{1,2})([0-9][0-9a-z]?)\\s?([0-9][abd-hjlnp-uw-z]{2})\\b");
    private static final Pattern DISTRICT = Pattern.compile("\\b([a-z]{1,2})([0-9][0-9a-z]?)\\b(?!['.,]?\\d)");
    private static final Pattern REFERENCE_BEFORE = Pattern.compile(
            "\\b(?:ref|reference|id|job|vacancy|number|no|(?<!post )code|level|grade|band|class|type|form|licence"
                    + "|license|category|cat|model|version|room|flat|unit|seat|gate|platform|route|bus|size)\\b"
                    + "(?:\\s*(?:is|:|#|no\\.?|number))?\\W*$");
    private static final Pattern THE_BEFORE = Pattern.compile("\\b(?:the|a|an)\\s*$");
    private static final Pattern NOT_PLACE_AFTER = Pattern.compile(
            "^\\W*(?:motorway|road|rd|junction|j\\d+|certificate|cert|level|licen[cs]e|visa|form|grade|english"
                    + "|french|german|spanish|welsh|skills|award|qualification|course|exam|test|paper|size|bus|train"
                    + "|northbound|southbound|eastbound|westbound|traffic|steak|vitamin|standard)\\b");
    private static final Pattern PLACE_BEFORE = Pattern.compile(
            "(?:postcode|post code|postcode is|live in|living in|based in|i'm in|i am in|from|near|area)\\W*$");

    private PostcodeRule() {}

    static void read(Message message, Map<String, Object> found, @Nullable String expecting) {
        Matcher full = message.matcher(FULL);
        while (full.find()) {
            String area = full.group(1).toUpperCase(Locale.ROOT);
            if (AREAS.contains(area) && !REFERENCE_BEFORE.matcher(message.before(full.start(), 20)).find()) {
                String district = area + full.group(2).toUpperCase(Locale.ROOT);
                found.putIfAbsent("postcode", district + " " + full.group(3).toUpperCase(Locale.ROOT));
                found.putIfAbsent("postcode_district", district);
                message.claim(full);
            }
        }
        boolean askedForPostcode = expecting != null && expecting.contains("postcode")
                || message.normalised().matches("(?s).*\\bpost ?code\\b.*");
        Matcher district = message.matcher(DISTRICT);
        while (district.find() && !found.containsKey("postcode_district")) {
            String area = district.group(1).toUpperCase(Locale.ROOT);
            String code = area + district.group(2).toUpperCase(Locale.ROOT);
            String before = message.before(district.start(), 20);
            if (!AREAS.contains(area) || NOT_DISTRICTS.contains(code)
                    || NOT_PLACE_AFTER.matcher(message.after(district.end(), 20)).find()) {
                continue;
            }
            boolean placed = askedForPostcode || PLACE_BEFORE.matcher(before).find();
            boolean reference = REFERENCE_BEFORE.matcher(before).find();
            boolean accepted = area.length() == 1 ? placed && !reference && !THE_BEFORE.matcher(before).find()
                    : !reference;
            if (accepted) {
                found.put("postcode_district", code);
                message.claim(district);
            }
        }
    }
}
