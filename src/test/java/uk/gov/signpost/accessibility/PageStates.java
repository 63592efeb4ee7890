package uk.gov.signpost.accessibility;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import uk.gov.signpost.support.Axe;
import uk.gov.signpost.support.Browser;

/**
 * Checks each state of a page that a test reaches with axe, keeps a screenshot of it and records the outcome in
 * {@code target/accessibility/axe-results.tsv}, which an accessibility statement can be written from.
 */
final class PageStates {

    private static final Path RESULTS = Path.of("target", "accessibility", "axe-results.tsv");

    private final Browser browser;
    private final Map<String, List<Axe.Violation>> failures = new LinkedHashMap<>();
    private final List<Checked> results = new ArrayList<>();
    private int checked;

    PageStates(Browser browser) {
        this.browser = browser;
    }

    /** Checks the page as it is now, as the state called {@code name}. */
    void check(String name) {
        browser.screenshot("a11y-" + name);
        List<Axe.Violation> violations = Axe.check(browser.driver());
        checked++;
        record(name, browser.driver().getCurrentUrl(), violations);
        results.add(new Checked(name, browser.driver().getCurrentUrl().replaceAll("^https?://[^/]+", "")
                .replaceAll("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}", "{id}"),
                violations.stream().map(Axe.Violation::rule).distinct().sorted().toList()));
        if (!violations.isEmpty()) {
            failures.put(name, violations);
        }
    }

    int checked() {
        return checked;
    }

    /** What each state checked so far found, in the order checked. */
    List<Checked> results() {
        return List.copyOf(results);
    }

    /** One state's result: its address (ids replaced by {@code {id}}) and the rules it failed. */
    record Checked(String name, String path, List<String> rules) {}

    /** Fails, listing every violation of every state, if any state had one. */
    void assertNoViolations() {
        if (failures.isEmpty()) {
            return;
        }
        StringBuilder message = new StringBuilder("axe found violations in " + failures.size() + " of " + checked
                + " page states:");
        failures.forEach((state, violations) -> {
            message.append("\n  ").append(state).append(':');
            violations.forEach(v -> message.append("\n    ").append(v));
        });
        throw new AssertionError(message.toString());
    }

    private static synchronized void record(String name, String url, List<Axe.Violation> violations) {
        try {
            Files.createDirectories(RESULTS.getParent());
            String rules = String.join(",", violations.stream().map(Axe.Violation::rule).toList());
            Files.writeString(RESULTS, name + "\t" + url.replaceAll("^https?://[^/]+", "") + "\t" + violations.size()
                    + "\t" + rules + "\n", StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
