package uk.gov.signpost.support;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;

/**
 * Runs axe-core 4.14.1 (a copy in {@code src/test/resources/axe}, see its PROVENANCE.md) in the page a browser is
 * showing, and reports what it finds as readable text. The page must allow JavaScript, because axe runs in it.
 *
 * <p>It checks the WCAG 2.0, 2.1 and 2.2 A and AA rules and axe's best practices. Automated checks find only part
 * of what fails WCAG (about a third of the success criteria): they do not judge whether text is clear, whether
 * focus order makes sense or whether a screen reader announces things once. Keyboard and reflow tests, and people,
 * cover some of the rest.
 */
public final class Axe {

    /** The rule sets axe runs. */
    public static final List<String> TAGS =
            List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22a", "wcag22aa", "best-practice");

    private static final String SOURCE = load();

    /** The checker and its version, from the header of the committed {@code axe.min.js}: "axe-core 4.14.1". */
    public static final String VERSION = "axe-core " + SOURCE.replaceFirst("(?s)^/\\*! axe v([0-9.]+).*", "$1");

    private static final String RUN = """
            const done = arguments[arguments.length - 1];
            axe.run(document, {runOnly: {type: 'tag', values: arguments[0]}, resultTypes: ['violations']})
              .then(r => done(r.violations.map(v => ({
                  id: v.id, impact: v.impact || 'unknown', help: v.help,
                  nodes: v.nodes.map(n => ({target: n.target.join(' '), html: n.html.substring(0, 160)}))}))))
              .catch(e => done([{id: 'axe-error', impact: 'critical', help: String(e), nodes: []}]));
            """;

    private Axe() {}

    /** The violations on the page as it is now; empty when axe finds none. */
    @SuppressWarnings("unchecked")
    public static List<Violation> check(WebDriver page) {
        page.manage().timeouts().scriptTimeout(Duration.ofSeconds(60));
        JavascriptExecutor js = (JavascriptExecutor) page;
        if (!Boolean.TRUE.equals(js.executeScript("return typeof window.axe === 'object'"))) {
            js.executeScript(SOURCE);
        }
        List<Map<String, Object>> raw = (List<Map<String, Object>>) js.executeAsyncScript(RUN, TAGS);
        List<Violation> violations = new ArrayList<>();
        for (Map<String, Object> v : raw) {
            List<String> targets = new ArrayList<>();
            for (Map<String, Object> node : (List<Map<String, Object>>) v.get("nodes")) {
                targets.add(node.get("target") + "  " + node.get("html"));
            }
            violations.add(new Violation((String) v.get("id"), (String) v.get("impact"), (String) v.get("help"),
                    targets));
        }
        return violations;
    }

    /** One failed rule and the elements it failed on. */
    public record Violation(String rule, String impact, String help, List<String> targets) {

        public Violation {
            targets = List.copyOf(targets);
        }

        @Override
        public String toString() {
            StringBuilder text = new StringBuilder(rule + " (" + impact + "): " + help);
            targets.forEach(t -> text.append("\n      at ").append(t));
            return text.toString();
        }
    }

    private static String load() {
        try (InputStream in = Axe.class.getResourceAsStream("/axe/axe.min.js")) {
            if (in == null) {
                throw new IllegalStateException("axe.min.js is missing from src/test/resources/axe");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
