package uk.gov.signpost.employment.internal.guidance;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads the GOV.UK pages that ship with Signpost ({@code data/guidance/govuk_pages_2024-11.jsonl}, see its
 * PROVENANCE.md). Only English pages are read: the search has no Welsh analyser yet, so the two Welsh pages in the
 * file would only add noise.
 */
final class BundledPages {

    static final String DEFAULT_LOCATION = "data/guidance/govuk_pages_2024-11.jsonl";

    private static final DateTimeFormatter TIMESTAMP = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ssXXX");
    private static final Pattern ABSOLUTE_LINK = Pattern.compile("https://www\\.gov\\.uk(/[^\\s)\\]#?\"']*)");
    private static final Pattern RELATIVE_LINK = Pattern.compile("]\\((/[^\\s)#?\"']*)");

    private final JsonMapper json = JsonMapper.builder().build();

    static List<GuidancePage> readDefault() {
        try (InputStream in = BundledPages.class.getClassLoader().getResourceAsStream(DEFAULT_LOCATION)) {
            if (in == null) {
                throw new IllegalStateException("Guidance data is missing from the classpath: " + DEFAULT_LOCATION);
            }
            return new BundledPages().read(in);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read " + DEFAULT_LOCATION, e);
        }
    }

    List<GuidancePage> read(InputStream jsonLines) throws IOException {
        List<JsonNode> rows = new ArrayList<>();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(jsonLines, StandardCharsets.UTF_8))) {
            String line;
            while ((line = reader.readLine()) != null) {
                if (!line.isBlank()) {
                    rows.add(json.readTree(line));
                }
            }
        }
        MarkdownSections sections = new MarkdownSections(linkedAddresses(rows));
        List<GuidancePage> pages = new ArrayList<>();
        for (JsonNode row : rows) {
            if ("en".equals(row.path("locale").asString("en"))) {
                pages.add(page(row, sections));
            }
        }
        if (pages.isEmpty()) {
            throw new IllegalStateException("Guidance data has no English pages");
        }
        return pages;
    }

    private static GuidancePage page(JsonNode row, MarkdownSections sections) {
        String basePath = text(row, "base_path");
        String title = PlainText.oneLine(text(row, "title"));
        String documentType = text(row, "document_type");
        String url = GuidancePage.GOV_UK + basePath;
        return new GuidancePage(basePath, title, documentType, timestamp(row, basePath),
                sections.split(url, title, documentType, row.path("text").asString("")));
    }

    /** Every GOV.UK address the pages link to, so an address known to exist. */
    private static Set<String> linkedAddresses(List<JsonNode> rows) {
        Set<String> addresses = new HashSet<>();
        for (JsonNode row : rows) {
            String text = row.path("text").asString("");
            for (Pattern pattern : List.of(ABSOLUTE_LINK, RELATIVE_LINK)) {
                Matcher match = pattern.matcher(text);
                while (match.find()) {
                    String path = match.group(1);
                    addresses.add(GuidancePage.GOV_UK + (path.length() > 1 && path.endsWith("/")
                            ? path.substring(0, path.length() - 1) : path));
                }
            }
        }
        return addresses;
    }

    private static OffsetDateTime timestamp(JsonNode row, String basePath) {
        String value = text(row, "public_updated_at");
        try {
            return OffsetDateTime.parse(value, TIMESTAMP);
        } catch (DateTimeParseException e) {
            throw new IllegalStateException("Guidance data for " + basePath + " has a bad public_updated_at: " + value);
        }
    }

    private static String text(JsonNode row, String field) {
        JsonNode value = row.get(field);
        if (value == null || !value.isString() || value.stringValue().isBlank()) {
            throw new IllegalStateException("Guidance data has a row without " + field);
        }
        return value.stringValue();
    }
}
