package uk.gov.signpost.employment.internal.guidance;

import java.util.regex.Pattern;

/**
 * Turns the Markdown-like text of the bundled pages into plain text: links keep their words and lose their
 * addresses, and list markers, emphasis, table bars and escapes go. Excerpts are built from this, so search results
 * carry no links of their own: the only link a result gives is its section's URL.
 */
final class PlainText {

    private static final Pattern MARKDOWN_LINK = Pattern.compile("!?\\[\\s*([^\\]]*?)\\s*]\\([^)]*\\)");
    private static final Pattern TEXT_THEN_URL = Pattern.compile("\\s*\\((?:https?://|mailto:|/)[^\\s)]*\\)");
    private static final Pattern BARE_URL = Pattern.compile("\\s*\\bhttps?://[^\\s)]+");
    private static final Pattern ABBREVIATION = Pattern.compile("(?m)^\\s*\\*\\[[^\\]]+]:.*$");
    private static final Pattern ESCAPE = Pattern.compile("\\\\([\\\\`*_{}\\[\\]()#+\\-.!|>])");
    private static final Pattern EMPHASIS = Pattern.compile("\\*\\*|__");
    private static final Pattern LIST_MARKER = Pattern.compile("(?m)^[ \\t]*(?:[-*+]|\\d+\\.)[ \\t]+");
    private static final Pattern LONE_MARKER = Pattern.compile("(?m)^[ \\t]*[-*+][ \\t]*$");
    private static final Pattern TABLE_BAR = Pattern.compile("[ \\t]*\\|[ \\t]*");
    private static final Pattern SPACES = Pattern.compile("[ \\t\\u00a0]+");
    private static final Pattern BLANK_LINES = Pattern.compile("\\n\\s*\\n+");

    private PlainText() {}

    static String of(String markdown) {
        String text = ABBREVIATION.matcher(markdown).replaceAll("");
        text = MARKDOWN_LINK.matcher(text).replaceAll(m -> quote(m.group(1)));
        text = TEXT_THEN_URL.matcher(text).replaceAll("");
        text = BARE_URL.matcher(text).replaceAll("");
        text = ESCAPE.matcher(text).replaceAll("$1");
        text = EMPHASIS.matcher(text).replaceAll("");
        text = LONE_MARKER.matcher(text).replaceAll("");
        text = LIST_MARKER.matcher(text).replaceAll("");
        text = TABLE_BAR.matcher(text).replaceAll(" ");
        text = SPACES.matcher(text).replaceAll(" ");
        text = text.lines().map(String::strip).reduce((a, b) -> a + "\n" + b).orElse("");
        return BLANK_LINES.matcher(text).replaceAll("\n\n").strip();
    }

    /** One line, for headings and excerpts. */
    static String oneLine(String markdown) {
        return of(markdown).replaceAll("\\s+", " ").strip();
    }

    private static String quote(String replacement) {
        return java.util.regex.Matcher.quoteReplacement(replacement);
    }
}
