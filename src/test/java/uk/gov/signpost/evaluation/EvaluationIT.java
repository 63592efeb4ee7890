package uk.gov.signpost.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import uk.gov.signpost.model.Models;
import uk.gov.signpost.support.ApiClient;
import uk.gov.signpost.support.Browser;
import uk.gov.signpost.support.SignpostIntegrationTest;

/**
 * The evaluation suite: plays every scenario through the API against the configured model (offline unless
 * {@code -Deval.provider=fake-claude}, which goes through the Claude adapter to a local fake, or
 * {@code -Deval.provider=anthropic} with {@code ANTHROPIC_API_KEY}), writes {@code target/eval/result.json},
 * {@code report.html} and {@code inspect-log.json}, and fails the build when a headline figure falls below the
 * committed baseline by more than its tolerance. One application context serves every test here.
 *
 * <p>System properties: {@code eval.provider} (offline), {@code eval.capabilities} (comma-separated features to
 * count as present, such as {@code guardrails,memory}), {@code eval.repeat} (plays per scenario, overriding the
 * files), {@code eval.update-baseline=true} (record this run as the baseline instead of checking it),
 * {@code eval.compare-with} (another result.json to compare with in the report), {@code eval.grader=model}
 * (grade {@code judge:} criteria with the configured remote model; off offline).
 */
@SignpostIntegrationTest(properties = {"signpost.rate-limit.messages-per-minute=100000",
        "signpost.rate-limit.sessions-per-minute-per-address=100000"})
@Import(EvaluationIT.Wiring.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class EvaluationIT {

    static final Path OUT = Path.of("target", "eval");
    /** {@code offline}, {@code fake-claude} (Claude's API path, answered locally) or {@code anthropic}. */
    private static final String PROVIDER = System.getProperty("eval.provider", "offline");
    private static final @Nullable ClaudeLikeFake FAKE = PROVIDER.equals("fake-claude") ? new ClaudeLikeFake() : null;

    @TestConfiguration(proxyBeanMethods = false)
    static class Wiring {
        @Bean
        static Recorder evaluationRecorder() {
            return new Recorder();
        }
    }

    @DynamicPropertySource
    static void model(DynamicPropertyRegistry registry) {
        registry.add("signpost.model.provider", () -> PROVIDER.equals("fake-claude") ? "anthropic" : PROVIDER);
        if (FAKE != null) {
            registry.add("signpost.model.anthropic.base-url", FAKE::baseUrl);
            registry.add("signpost.model.anthropic.api-key", () -> ClaudeLikeFake.KEY);
            registry.add("signpost.model.anthropic.model", () -> ClaudeLikeFake.MODEL);
        }
    }

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Recorder recorder;

    @Autowired
    Models models;

    private EvalRun run;
    private List<Scenario> scenarios;

    @BeforeAll
    void play_every_scenario() throws IOException {
        scenarios = ScenarioFiles.all();
        if (FAKE != null) {
            FAKE.decideWith(Recorder.unwrap(models.offline()));
        }
        run = play(scenarios);
        if (FAKE != null) {
            assertThat(FAKE.violations()).as("requests the real Anthropic API would refuse").isEmpty();
        }
        Files.createDirectories(OUT);
        Files.writeString(OUT.resolve("result.json"), JsonReports.result(run));
        Files.writeString(OUT.resolve("inspect-log.json"), JsonReports.inspectLog(run));
        List<Baseline.Difference> comparison;
        String comparedWith;
        String other = System.getProperty("eval.compare-with");
        if (other != null) {
            comparison = Baseline.compare(Comparisons.headlines(Path.of(other)), Baseline.headlines(run.overall()),
                    Baseline.read(Baseline.FILE).tolerance());
            comparedWith = other;
        } else {
            comparison = Baseline.read(Baseline.FILE).compare(run.overall());
            comparedWith = "the recorded baseline";
        }
        Files.writeString(OUT.resolve("report.html"), HtmlReport.render(run, comparison, comparedWith));
        System.out.println("Evaluation (" + run.model() + "), " + run.overall().runs() + " runs:\n"
                + Baseline.describe(comparison));
    }

    @AfterAll
    void stop_the_fake() {
        if (FAKE != null) {
            FAKE.close();
        }
    }

    private EvalRun play(List<Scenario> toPlay) {
        ScenarioRunner runner = new ScenarioRunner(new ApiClient(port), jdbc, recorder);
        Scorer scorer = new Scorer(ScenarioFiles.journeys(),
                "model".equals(System.getProperty("eval.grader")) && !PROVIDER.equals("offline")
                        ? Grader.using(Recorder.unwrap(models.forTurns())) : Grader.OFF);
        Integer repeat = Integer.getInteger("eval.repeat");
        Instant started = Instant.now();
        List<Scorer.Score> scores = new ArrayList<>();
        for (Scenario scenario : toPlay) {
            int times = repeat != null ? repeat : scenario.repeat();
            for (int attempt = 1; attempt <= times; attempt++) {
                scores.add(scorer.score(scenario, runner.play(scenario, attempt)));
            }
        }
        return new EvalRun(models.forTurns().name(), PROVIDER, Comparisons.commit(), started, Instant.now(),
                capabilities(), scores, ScenarioFiles.journeys());
    }

    private static Set<String> capabilities() {
        Set<String> capabilities = new HashSet<>();
        // Guardrails and memory are merged, so their scenarios count in the headline figures.
        for (String c : System.getProperty("eval.capabilities", "guardrails,memory").split(",")) {
            if (!c.isBlank()) {
                capabilities.add(c.strip());
            }
        }
        if (PROVIDER.equals("anthropic")) {
            capabilities.add("remote_model");
        }
        return capabilities;
    }

    @Test
    void the_suite_covers_every_journey_with_at_least_150_scenarios() {
        assertThat(scenarios).hasSizeGreaterThanOrEqualTo(150);
        assertThat(scenarios.stream().map(Scenario::journey).distinct())
                .containsAll(ScenarioFiles.journeys().journeys().keySet());
    }

    @Test
    void the_headline_figures_hold_the_recorded_baseline() {
        if (Boolean.getBoolean("eval.update-baseline")) {
            Baseline.write(Baseline.FILE, Baseline.read(Baseline.FILE).tolerance(), run.overall(),
                    "Recorded from commit " + run.commit() + " with the " + run.model() + " model.");
            return;
        }
        if (!PROVIDER.equals("offline")) {
            return; // the baseline is the offline model's; other models are compared in the report only
        }
        List<Baseline.Difference> differences = Baseline.read(Baseline.FILE).compare(run.overall());
        assertThat(differences.stream().filter(Baseline.Difference::regression).toList())
                .as("headline figures against the baseline:%n%s", Baseline.describe(differences))
                .isEmpty();
    }

    /**
     * Breaks the router (every service the model asks for becomes the next one in the catalogue) and replays the
     * one-turn scenarios that expect services. The gate's comparison, with the baseline's tolerance, must flag
     * the fall against the same scenarios played by the healthy router. Only those scenarios are replayed, to
     * keep the build fast.
     */
    @Test
    void the_gate_catches_a_broken_router() {
        List<Scenario> routed = scenarios.stream()
                .filter(s -> !run.pending(s) && s.turns().size() == 1 && !s.turns().get(0).expectations().signposts().isEmpty())
                .toList();
        assertThat(routed).hasSizeGreaterThan(20);
        Set<String> ids = new HashSet<>(routed.stream().map(Scenario::id).toList());
        Metrics healthy = Metrics.of(run.headlineScores().stream().filter(s -> ids.contains(s.scenario().id())).toList());
        EvalRun broken;
        recorder.breakRouter(true);
        try {
            broken = play(routed);
        } finally {
            recorder.breakRouter(false);
        }
        List<Baseline.Difference> differences = Baseline.compare(Baseline.headlines(healthy),
                Baseline.headlines(broken.overall()), Baseline.read(Baseline.FILE).tolerance());
        assertThat(differences).filteredOn(Baseline.Difference::regression)
                .extracting(Baseline.Difference::metric)
                .as(Baseline.describe(differences))
                .contains("routing_recall", "task_success");
    }

    @Test
    void the_report_opens_from_disk_with_no_network_and_shows_a_chart_per_journey_measure() throws IOException {
        Path report = OUT.resolve("report.html").toAbsolutePath();
        String html = Files.readString(report);
        assertThat(html).doesNotContain("<script", "src=\"http", "href=\"http", "@import", "url(");
        try (Browser browser = Browser.withoutJavaScript()) {
            WebDriver page = browser.driver();
            page.get(report.toUri().toString());
            assertThat(page.findElement(By.tagName("h1")).getText()).isEqualTo("How well Signpost answered");
            assertThat(page.findElements(By.cssSelector("figure svg"))).hasSize(2);
            assertThat(page.findElements(By.cssSelector("figure svg rect")))
                    .hasSize(4 * run.byJourney().size());
            browser.screenshot("eval-report");
        }
    }
}
