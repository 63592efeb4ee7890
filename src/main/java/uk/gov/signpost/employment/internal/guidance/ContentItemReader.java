package uk.gov.signpost.employment.internal.guidance;

import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import uk.gov.signpost.employment.internal.guidance.ContentApiClient.Fetch;
import uk.gov.signpost.employment.internal.guidance.GuidancePage.Section;

/**
 * Turns a GOV.UK Content API content item into a page of sections. The fields it uses (see
 * https://content-api.publishing.service.gov.uk and the content schemas at
 * https://docs.publishing.service.gov.uk/content-schemas):
 *
 * <ul>
 *   <li>{@code base_path}: the page's path, which must be the one asked for;
 *   <li>{@code title}, {@code document_type}, {@code locale} (only {@code en} is indexed) and
 *       {@code public_updated_at} (ISO 8601, the date GOV.UK shows as "Last updated");
 *   <li>{@code details.parts[]} for a {@code guide}: each part's {@code title}, {@code slug} and {@code body} (HTML).
 *       The first part is at the base path, the others at {@code base_path/slug};
 *   <li>{@code details.body} (HTML rendered from Govspeak) for other pages, such as {@code answer} and
 *       {@code detailed_guide}.
 * </ul>
 *
 * In the HTML, each {@code h2}, {@code h3} and {@code h4} starts a section. Govspeak gives headings an {@code id};
 * where one is missing, {@link HeadingAnchors} makes the one Govspeak would. Schemas with neither parts nor a body
 * (such as {@code step_by_step_nav} or {@code transaction}) are not read: the page already held is kept.
 */
final class ContentItemReader {

    private static final Set<String> HEADINGS = Set.of("h2", "h3", "h4");
    private static final Set<String> CONTAINERS = Set.of("div", "section", "article", "aside", "details", "figure");
    private static final Set<String> LISTS = Set.of("ul", "ol");

    private final JsonMapper json = JsonMapper.builder().build();

    Fetch read(String body, String requestedBasePath) {
        JsonNode item;
        try {
            item = json.readTree(body);
        } catch (JacksonException e) {
            return new Fetch.Failed("malformed_json");
        }
        String basePath = item.path("base_path").asString("");
        if (!basePath.equals(requestedBasePath)) {
            return new Fetch.Failed("different_base_path");
        }
        if (!"en".equals(item.path("locale").asString("en"))) {
            return new Fetch.Failed("not_english");
        }
        String title = item.path("title").asString("").strip();
        String documentType = item.path("document_type").asString("").strip();
        OffsetDateTime updatedAt;
        try {
            updatedAt = OffsetDateTime.parse(item.path("public_updated_at").asString(""));
        } catch (DateTimeParseException e) {
            return new Fetch.Failed("no_public_updated_at");
        }
        if (title.isEmpty() || documentType.isEmpty()) {
            return new Fetch.Failed("no_title");
        }
        String pageUrl = GuidancePage.GOV_UK + basePath;
        JsonNode details = item.path("details");
        List<Section> sections = new ArrayList<>();
        JsonNode parts = details.path("parts");
        if (parts.isArray() && !parts.isEmpty()) {
            boolean first = true;
            for (JsonNode part : parts.values()) {
                String partTitle = part.path("title").asString("").strip();
                String slug = part.path("slug").asString("").strip();
                if (partTitle.isEmpty() || slug.isEmpty() || !slug.matches("[a-z0-9-]+")) {
                    return new Fetch.Failed("bad_part");
                }
                String partUrl = first ? pageUrl : pageUrl + "/" + slug;
                sections.addAll(sections(partTitle, partUrl, part.path("body").asString("")));
                first = false;
            }
        } else if (details.path("body").isString()) {
            sections.addAll(sections(title, pageUrl, details.path("body").asString("")));
        } else {
            return new Fetch.Failed("unsupported_schema");
        }
        if (sections.isEmpty()) {
            return new Fetch.Failed("empty_body");
        }
        return new Fetch.Fetched(new GuidancePage(basePath, title, documentType, updatedAt, sections));
    }

    /** The sections of one HTML body: the words before the first heading go under {@code firstHeading}. */
    private static List<Section> sections(String firstHeading, String url, String html) {
        Collector collector = new Collector(firstHeading, url);
        collector.walk(Jsoup.parseBodyFragment(html).body());
        collector.finish();
        return collector.sections;
    }

    private static final class Collector {

        private final String pageUrl;
        private final HeadingAnchors anchors = new HeadingAnchors();
        private final List<Section> sections = new ArrayList<>();
        private final StringBuilder text = new StringBuilder();
        private String heading;
        private String url;

        Collector(String firstHeading, String pageUrl) {
            this.pageUrl = pageUrl;
            this.heading = firstHeading;
            this.url = pageUrl;
        }

        void walk(Element parent) {
            for (Element element : parent.children()) {
                String tag = element.normalName();
                if (HEADINGS.contains(tag)) {
                    finish();
                    heading = element.text().strip();
                    String id = element.id().isBlank() ? anchors.next(heading) : element.id();
                    if (!element.id().isBlank()) {
                        anchors.next(heading);
                    }
                    url = pageUrl + "#" + id;
                } else if (CONTAINERS.contains(tag)) {
                    walk(element);
                } else if (LISTS.contains(tag)) {
                    element.select("> li").forEach(item -> paragraph(item.text()));
                } else if ("table".equals(tag)) {
                    element.select("tr").forEach(row -> paragraph(row.text()));
                } else {
                    paragraph(element.text());
                }
            }
        }

        private void paragraph(String words) {
            String clean = words.replaceAll("\\s+", " ").strip();
            if (!clean.isEmpty()) {
                if (text.length() > 0) {
                    text.append("\n\n");
                }
                text.append(clean);
            }
        }

        void finish() {
            if (text.length() > 0 && !heading.isBlank()) {
                sections.add(new Section(heading, url, text.toString()));
            }
            text.setLength(0);
        }
    }
}
