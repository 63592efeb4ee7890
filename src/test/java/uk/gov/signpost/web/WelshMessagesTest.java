package uk.gov.signpost.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every piece of text a person reads is in a message bundle in English and in Welsh: no bundle lacks its Welsh
 * twin, no Welsh bundle lacks a key (or leaves it empty, or drops an argument), and no template has text of its
 * own outside {@code th:text} and the like. It cannot tell whether the Welsh is good Welsh; a Welsh speaker must.
 */
class WelshMessagesTest {

    private static final Path RESOURCES = Path.of("src", "main", "resources");
    private static final Pattern ARGUMENT = Pattern.compile("\\{(\\d+)");
    private static final Pattern TOKEN = Pattern.compile("<!--.*?-->|<(?:[^>\"']|\"[^\"]*\"|'[^']*')*>|[^<]+", Pattern.DOTALL);
    private static final Pattern LETTERS = Pattern.compile("\\p{L}{2,}");
    private static final Pattern REPLACED = Pattern.compile("\\sth:(text|utext|replace|insert)\\s*=");
    private static final Pattern LITERAL_ATTRIBUTE =
            Pattern.compile("\\s(aria-label|title|alt|placeholder|value)\\s*=\\s*\"([^\"]*)\"");

    @Test
    void every_english_bundle_has_a_welsh_bundle_with_every_key_filled_in_and_the_same_arguments() throws IOException {
        List<String> problems = new ArrayList<>();
        List<Path> bundles = englishBundles();
        assertThat(bundles).as("bundles found").hasSizeGreaterThanOrEqualTo(6);
        for (Path english : bundles) {
            Path welsh = english.resolveSibling(english.getFileName().toString().replace(".properties", "_cy.properties"));
            if (!Files.exists(welsh)) {
                problems.add(RESOURCES.relativize(welsh) + " is missing");
                continue;
            }
            Properties en = load(english);
            Properties cy = load(welsh);
            for (String key : new TreeSet<>(en.stringPropertyNames())) {
                String text = cy.getProperty(key);
                if (text == null || text.isBlank()) {
                    problems.add(RESOURCES.relativize(welsh) + " has no Welsh for " + key);
                } else if (!arguments(en.getProperty(key)).equals(arguments(text))) {
                    problems.add(RESOURCES.relativize(welsh) + ": " + key + " has arguments " + arguments(text)
                            + " but the English has " + arguments(en.getProperty(key)));
                }
            }
            for (String key : new TreeSet<>(cy.stringPropertyNames())) {
                if (!en.containsKey(key)) {
                    problems.add(RESOURCES.relativize(welsh) + " has " + key + ", which the English bundle lacks");
                }
            }
        }
        assertThat(problems).as("Welsh bundles").isEmpty();
    }

    @Test
    void templates_have_no_text_of_their_own_outside_message_keys() throws IOException {
        List<String> problems = new ArrayList<>();
        try (Stream<Path> files = Files.walk(RESOURCES.resolve("templates"))) {
            for (Path template : files.filter(p -> p.toString().endsWith(".html")).sorted().toList()) {
                problems.addAll(hardCodedText(template));
            }
        }
        assertThat(problems).as("hard-coded text in templates (use th:text=\"#{…}\")").isEmpty();
    }

    /** A text node counts as hard-coded unless the element it sits directly in replaces its text at run time. */
    private static List<String> hardCodedText(Path template) throws IOException {
        String html = Files.readString(template, StandardCharsets.UTF_8)
                .replaceAll("(?s)<script\\b.*?</script>", "<script></script>")
                .replaceAll("(?s)<svg\\b.*?</svg>", "<svg></svg>");
        List<String> problems = new ArrayList<>();
        String lastTag = "";
        Matcher token = TOKEN.matcher(html);
        while (token.find()) {
            String t = token.group();
            if (t.startsWith("<!--") || t.startsWith("<!")) {
                continue;
            }
            if (t.startsWith("<")) {
                lastTag = t;
                Matcher attribute = LITERAL_ATTRIBUTE.matcher(t);
                while (attribute.find()) {
                    if (LETTERS.matcher(attribute.group(2)).find() && !t.contains("th:" + attribute.group(1))
                            && !t.contains("th:attr")) {
                        problems.add(where(template, html, token.start()) + " " + attribute.group(1) + "=\""
                                + attribute.group(2) + "\"");
                    }
                }
            } else if (LETTERS.matcher(t).find()) {
                boolean replaced = !lastTag.startsWith("</") && REPLACED.matcher(lastTag).find();
                if (!replaced) {
                    problems.add(where(template, html, token.start()) + " \"" + t.strip() + "\"");
                }
            }
        }
        return problems;
    }

    private static String where(Path template, String html, int offset) {
        long line = html.substring(0, offset).chars().filter(c -> c == '\n').count() + 1;
        return RESOURCES.relativize(template) + ":" + line;
    }

    private static List<Path> englishBundles() throws IOException {
        List<Path> bundles = new ArrayList<>(List.of(RESOURCES.resolve("messages.properties")));
        try (Stream<Path> files = Files.list(RESOURCES.resolve("i18n"))) {
            files.filter(p -> p.toString().endsWith(".properties") && !p.getFileName().toString().contains("_"))
                    .sorted().forEach(bundles::add);
        }
        return bundles;
    }

    private static TreeSet<String> arguments(String text) {
        TreeSet<String> found = new TreeSet<>();
        Matcher m = ARGUMENT.matcher(text);
        while (m.find()) {
            found.add(m.group(1));
        }
        return found;
    }

    private static Properties load(Path file) throws IOException {
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            properties.load(reader);
        }
        return properties;
    }
}
