package uk.gov.signpost.agent;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Keeps a reply's links to those that a tool returned in the same turn: a model must not send people to an address
 * it made up or remembered. Every other link or address is taken out; a link keeps its words.
 *
 * <p>What it handles, in plain text and Markdown: inline links and images ({@code [words](url "title")}), reference
 * links and their definitions, autolinks ({@code <https://…>}), HTML anchors ({@code <a href="…">}), and bare
 * addresses starting {@code http://}, {@code https://} or {@code www.}, with sentence punctuation and unbalanced
 * brackets after a bare address left in the text. Relative links ({@code /universal-credit}, {@code #eligibility})
 * and {@code mailto:} links are never a tool's, so they go.
 *
 * <p>How addresses are compared: the scheme ({@code http} counts as {@code https}) and host are compared without
 * regard to case, a default port and a trailing slash are ignored, and query strings must be the same. A fragment
 * must be one a tool returned, except that a tool's {@code page#section} also allows {@code page}. An address that
 * is allowed is written as the tool wrote it, so {@code http://} becomes the tool's {@code https://}.
 *
 * <p>What it does not catch: addresses with no scheme and no {@code www.} ({@code gov.uk/benefits},
 * {@code example.com}), addresses spelt out or split ("example dot com", across lines), phone numbers and email
 * addresses written as text, look-alike hosts written in other scripts, and link syntaxes other than Markdown and
 * HTML. It does not judge whether an allowed link suits the sentence it is in.
 */
@Component
public final class CitationGuard {

    private static final Pattern DEFINITION = Pattern.compile(
            "(?m)^[ \\t]{0,3}\\[([^\\]\\n]+)]:[ \\t]*<?([^\\s>]+)>?"
                    + "(?:[ \\t]+(?:\"[^\"\\n]*\"|'[^'\\n]*'|\\([^)\\n]*\\)))?[ \\t]*(?:\\n|$)");

    private static final Pattern LINKS = Pattern.compile(
            // 1 href (double quotes), 2 href (single quotes), 3 words
            "<a\\b[^>]*?\\bhref\\s*=\\s*(?:\"([^\"]*)\"|'([^']*)')[^>]*>([\\s\\S]*?)</a\\s*>"
                    // 4 image mark, 5 words, 6 destination
                    + "|(!?)\\[((?:[^\\[\\]\\n]|\\[[^\\[\\]\\n]*])*)]\\(\\s*(<[^>\\n]*>|(?:[^()\\s]|\\([^()\\s]*\\))*)"
                    + "(?:\\s+(?:\"[^\"\\n]*\"|'[^'\\n]*'|\\([^)\\n]*\\)))?\\s*\\)"
                    // 7 words, 8 label
                    + "|\\[((?:[^\\[\\]\\n]|\\[[^\\[\\]\\n]*])*)]\\[([^\\]\\n]*)]"
                    // 9 autolink
                    + "|<((?:https?|ftp|mailto):[^>\\s]*)>"
                    // 10 bare address
                    + "|((?<![\\w@/.])(?:(?:https?|ftp)://|www\\.)[^\\s<>\"'`]+)",
            Pattern.CASE_INSENSITIVE);

    private static final String TRAILING = ".,;:!?'\"*_~…’”";
    private static final char REMOVED = '\u0000';

    /**
     * Takes out every link in {@code reply} that is not one of {@code toolUrls}.
     *
     * @param reply the reply as plain text or Markdown
     * @param toolUrls every URL that a tool returned in this turn
     */
    public Guarded guard(String reply, Collection<String> toolUrls) {
        return new Pass(Allowed.of(toolUrls)).run(reply);
    }

    /**
     * A reply with only allowed links.
     *
     * @param text the reply with other links taken out
     * @param stripped how many links or addresses were taken out
     * @param strippedUrls the addresses taken out, in order (for tests and review; they may be what a person wrote
     *     or what the model made up, so do not log them)
     */
    public record Guarded(String text, int stripped, List<String> strippedUrls) {

        public Guarded {
            strippedUrls = List.copyOf(strippedUrls);
            if (stripped != strippedUrls.size()) {
                throw new IllegalArgumentException("count and list of stripped links disagree");
            }
        }
    }

    /** The allowed addresses, by comparison key, each with the form to write. */
    private record Allowed(Map<String, String> byKey) {

        static Allowed of(Collection<String> toolUrls) {
            Map<String, String> byKey = new HashMap<>();
            for (String url : toolUrls) {
                String key = key(url);
                if (key == null) {
                    continue;
                }
                byKey.put(key, url.strip());
                int hash = url.indexOf('#');
                if (hash > 0) {
                    String page = url.substring(0, hash).strip();
                    String pageKey = key(page);
                    if (pageKey != null) {
                        byKey.putIfAbsent(pageKey, page);
                    }
                }
            }
            return new Allowed(byKey);
        }

        @Nullable
        String find(String url) {
            String key = key(url.startsWith("www.") || url.startsWith("WWW.") ? "https://" + url : url);
            return key == null ? null : byKey.get(key);
        }

        /** Scheme (http as https) and host in lower case, no default port, no trailing slash; or null if relative. */
        private static @Nullable String key(String url) {
            try {
                URI uri = new URI(url.strip());
                String scheme = uri.getScheme();
                if (scheme == null || uri.getRawAuthority() == null) {
                    return null;
                }
                scheme = scheme.toLowerCase(Locale.ROOT);
                if (!scheme.equals("http") && !scheme.equals("https")) {
                    return null;
                }
                String host = uri.getHost() == null ? uri.getRawAuthority() : uri.getHost();
                int port = uri.getPort();
                boolean defaultPort = port == -1 || port == 80 || port == 443;
                String path = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
                if (path.length() > 1 && path.endsWith("/")) {
                    path = path.substring(0, path.length() - 1);
                }
                return "https://" + host.toLowerCase(Locale.ROOT) + (defaultPort ? "" : ":" + port) + path
                        + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery())
                        + (uri.getRawFragment() == null ? "" : "#" + uri.getRawFragment());
            } catch (URISyntaxException e) {
                return null;
            }
        }
    }

    /** One run over one reply, counting what it takes out. */
    private static final class Pass {

        private final Allowed allowed;
        private final List<String> strippedUrls = new ArrayList<>();
        private final Set<String> strippedLabels = new HashSet<>();

        Pass(Allowed allowed) {
            this.allowed = allowed;
        }

        Guarded run(String reply) {
            String text = definitions(reply);
            text = links(text);
            text = tidy(text);
            return new Guarded(text, strippedUrls.size(), strippedUrls);
        }

        private String definitions(String text) {
            Matcher match = DEFINITION.matcher(text);
            StringBuilder out = new StringBuilder();
            while (match.find()) {
                String keep = allowed.find(match.group(2));
                if (keep == null) {
                    strippedUrls.add(match.group(2));
                    strippedLabels.add(match.group(1).strip().toLowerCase(Locale.ROOT));
                    match.appendReplacement(out, "");
                } else {
                    String line = "[" + match.group(1) + "]: " + keep + (match.group().endsWith("\n") ? "\n" : "");
                    match.appendReplacement(out, Matcher.quoteReplacement(line));
                }
            }
            match.appendTail(out);
            return out.toString();
        }

        private String links(String text) {
            Matcher match = LINKS.matcher(text);
            StringBuilder out = new StringBuilder();
            while (match.find()) {
                match.appendReplacement(out, Matcher.quoteReplacement(replace(match)));
            }
            match.appendTail(out);
            return out.toString();
        }

        private String replace(Matcher match) {
            if (match.group(3) != null) {
                String href = match.group(1) != null ? match.group(1) : match.group(2);
                return link(href, links(match.group(3)), keep -> "<a href=\"" + keep + "\">" + links(match.group(3))
                        + "</a>");
            }
            if (match.group(5) != null) {
                String destination = match.group(6);
                if (destination.startsWith("<") && destination.endsWith(">")) {
                    destination = destination.substring(1, destination.length() - 1);
                }
                String words = links(match.group(5));
                String image = match.group(4);
                return link(destination, words, keep -> image + "[" + words + "](" + keep + ")");
            }
            if (match.group(7) != null) {
                String label = (match.group(8).isBlank() ? match.group(7) : match.group(8)).strip();
                String words = links(match.group(7));
                return strippedLabels.contains(label.toLowerCase(Locale.ROOT))
                        ? words
                        : "[" + words + "][" + match.group(8) + "]";
            }
            if (match.group(9) != null) {
                return link(match.group(9), String.valueOf(REMOVED), keep -> "<" + keep + ">");
            }
            return bare(match.group(10));
        }

        private String link(String url, String words, java.util.function.Function<String, String> kept) {
            String keep = allowed.find(url);
            if (keep != null) {
                return kept.apply(keep);
            }
            strippedUrls.add(url);
            return words.isBlank() ? String.valueOf(REMOVED) : words;
        }

        /** A bare address, with sentence punctuation and unbalanced closing brackets given back to the text. */
        private String bare(String candidate) {
            int end = candidate.length();
            while (end > 0) {
                char last = candidate.charAt(end - 1);
                String url = candidate.substring(0, end);
                if (TRAILING.indexOf(last) >= 0
                        || (last == ')' && count(url, '(') < count(url, ')'))
                        || (last == ']' && count(url, '[') < count(url, ']'))) {
                    end--;
                } else {
                    break;
                }
            }
            String url = candidate.substring(0, end);
            String rest = candidate.substring(end);
            String keep = allowed.find(url);
            if (keep != null) {
                return keep + rest;
            }
            strippedUrls.add(url);
            return REMOVED + rest;
        }

        private static long count(String text, char c) {
            return text.chars().filter(x -> x == c).count();
        }

        /** Closes the gaps that taken-out addresses leave, and nothing else. */
        private static String tidy(String text) {
            if (text.indexOf(REMOVED) < 0) {
                return text;
            }
            return text.replaceAll("[ \\t]*\\(\\s*\\u0000\\s*\\)", "")
                    .replaceAll("[ \\t]+\\u0000(?=[ \\t])", "")
                    .replaceAll("[ \\t]+\\u0000(?=[.,;:!?])", "")
                    .replaceAll("(?m)[ \\t]+\\u0000(?=[ \\t]*$)", "")
                    .replace(String.valueOf(REMOVED), "");
        }
    }
}
