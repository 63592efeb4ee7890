package uk.gov.signpost.employment.internal.guidance;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import uk.gov.signpost.employment.internal.guidance.GuidancePage.Section;

/**
 * Splits a bundled page's text into sections by its Markdown headings and gives each the address GOV.UK uses.
 *
 * <p>How the bundled data stores headings decides the address:
 * <ul>
 *   <li>Most pages ({@code answer}, {@code detailed_guide}, publications) are one HTML body whose {@code h2} to
 *       {@code h4} became {@code ##} to {@code ####}. Each heading gets the id GOV.UK gives it
 *       ({@link HeadingAnchors}), so the section is {@code page#id}.
 *   <li>A {@code guide} is several pages ("parts"), each at {@code /base-path/part-slug}, the first also at
 *       {@code /base-path}. The bundled text joined the parts with {@code ## part title}, and each part's own
 *       {@code h2}s also became {@code ##}, and the part slugs were not kept. So a {@code ##} is a part only when
 *       it is the first heading or when GOV.UK itself links to {@code /base-path/<heading id>} somewhere in the
 *       bundled pages. A heading under a known part links to {@code part#id}; anything else in a guide links to the
 *       guide, not to a guessed address that might not exist.
 *   <li>A {@code step_by_step_nav}'s steps link to the page: the step-by-step component's anchors are not
 *       Govspeak's.
 * </ul>
 * A refresh from the Content API replaces these pages with ones whose part slugs and heading ids are GOV.UK's own.
 */
final class MarkdownSections {

    private static final Pattern HEADING = Pattern.compile("^(#{1,6})\\s+(.*?)\\s*#*\\s*$");

    private final Set<String> knownUrls;

    /** @param knownUrls GOV.UK addresses that the bundled pages link to, so known to exist */
    MarkdownSections(Set<String> knownUrls) {
        this.knownUrls = Set.copyOf(knownUrls);
    }

    List<Section> split(String pageUrl, String pageTitle, String documentType, String markdown) {
        Addresses addresses = switch (documentType) {
            case "guide" -> new GuideAddresses(pageUrl);
            case "step_by_step_nav" -> (level, heading) -> pageUrl;
            default -> new BodyAddresses(pageUrl);
        };
        List<Section> sections = new ArrayList<>();
        String heading = pageTitle;
        String url = pageUrl;
        StringBuilder body = new StringBuilder();
        for (String line : markdown.split("\n", -1)) {
            Matcher match = HEADING.matcher(line);
            if (match.matches() && !PlainText.oneLine(match.group(2)).isEmpty()) {
                add(sections, heading, url, body);
                heading = PlainText.oneLine(match.group(2));
                url = addresses.next(match.group(1).length(), heading);
                body.setLength(0);
            } else {
                body.append(line).append('\n');
            }
        }
        add(sections, heading, url, body);
        return sections;
    }

    private static void add(List<Section> sections, String heading, String url, CharSequence body) {
        String text = PlainText.of(body.toString());
        if (!text.isEmpty()) {
            sections.add(new Section(heading, url, text));
        }
    }

    /** Where the next heading's section is. */
    private interface Addresses {
        String next(int level, String heading);
    }

    /** One body: every heading has an anchor on the page. */
    private static final class BodyAddresses implements Addresses {

        private final String pageUrl;
        private final HeadingAnchors anchors = new HeadingAnchors();

        BodyAddresses(String pageUrl) {
            this.pageUrl = pageUrl;
        }

        @Override
        public String next(int level, String heading) {
            return pageUrl + "#" + anchors.next(heading);
        }
    }

    /** A guide: parts at their own addresses, when we can tell which heading starts one. */
    private final class GuideAddresses implements Addresses {

        private final String pageUrl;
        private final Set<String> partsSeen = new java.util.HashSet<>();
        private boolean first = true;
        private @Nullable String partUrl;
        private HeadingAnchors anchors = new HeadingAnchors();

        GuideAddresses(String pageUrl) {
            this.pageUrl = pageUrl;
        }

        @Override
        public String next(int level, String heading) {
            if (level <= 2) {
                String candidate = pageUrl + "/" + HeadingAnchors.basic(heading);
                if (first || (knownUrls.contains(candidate) && partsSeen.add(candidate))) {
                    partUrl = first ? pageUrl : candidate;
                    first = false;
                    anchors = new HeadingAnchors();
                    return partUrl;
                }
                partUrl = null;
                return pageUrl;
            }
            return partUrl == null ? pageUrl : partUrl + "#" + anchors.next(heading);
        }
    }
}
