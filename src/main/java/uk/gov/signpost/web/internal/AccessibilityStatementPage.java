package uk.gov.signpost.web.internal;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import tools.jackson.databind.json.JsonMapper;

/**
 * The accessibility statement, in the format of GOV.UK's sample statement. What it says about testing comes from
 * {@code accessibility/axe-results.json}, which the accessibility tests write ({@code AccessibilityIT}): the page
 * states checked, when, with which version of axe-core, and every failure found. The same tests fail the build
 * when that file no longer matches what they find, so the statement cannot drift from the service.
 */
@Controller
class AccessibilityStatementPage {

    static final String RESULTS = "accessibility/axe-results.json";

    private final Results results;

    AccessibilityStatementPage() {
        this.results = read();
    }

    @GetMapping("/accessibility")
    String statement(Model model) {
        Locale locale = LocaleContextHolder.getLocale();
        model.addAttribute("results", results);
        model.addAttribute("testedOn", LocalDate.parse(results.testedOn())
                .format(DateTimeFormatter.ofPattern("d MMMM yyyy", locale)));
        model.addAttribute("failing", results.states().stream().filter(s -> s.violations() > 0).toList());
        return "accessibility";
    }

    private static Results read() {
        try (InputStream in = new ClassPathResource(RESULTS).getInputStream()) {
            return JsonMapper.builder().build().readValue(in, Results.class);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read " + RESULTS, e);
        }
    }

    /**
     * The latest results of the automated accessibility checks.
     *
     * @param testedOn the date of the run, ISO 8601
     * @param tool the checker and its version, such as {@code axe-core 4.14.1}
     * @param rules the rule sets it ran
     * @param states each page state checked, by name
     */
    record Results(@JsonProperty("tested_on") String testedOn, String tool, List<String> rules, List<State> states) {

        Results {
            rules = List.copyOf(rules);
            states = List.copyOf(states);
        }
    }

    /** One page state: its name, the address it was checked at, and the rules it failed. */
    record State(String name, String path, int violations, List<String> rules) {

        State {
            rules = List.copyOf(rules);
        }
    }
}
