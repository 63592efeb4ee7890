package uk.gov.signpost.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Runs {@link ClusterHarness} on the jar this build made: both scenarios, then the section "Many instances" of
 * docs/benchmarks.md is rewritten with their reports. Tagged {@code cluster} and left out of the normal build; the
 * command is in docs/benchmarks.md. Needs PostgreSQL on 127.0.0.1:5432 and Debian's nginx.
 */
@Tag("cluster")
class ClusterHarnessIT {

    private static final String START = "<!-- cluster-harness:start -->";
    private static final String END = "<!-- cluster-harness:end -->";

    @Test
    void three_instances_behind_nginx_lose_nothing_when_one_is_killed_and_when_all_restart_in_turn()
            throws Exception {
        int citizens = Integer.getInteger("cluster.citizens", 300);
        Path reports = Files.createDirectories(Path.of("target", "cluster"));
        ClusterHarness harness = new ClusterHarness(Path.of(System.getProperty("signpost.test.jar")), reports,
                citizens);
        List<String> scenarios = List.of(System.getProperty("cluster.scenarios", "kill,rolling").split(","));
        StringBuilder section = new StringBuilder();
        boolean passed = true;
        for (String scenario : scenarios) {
            Report report = harness.run(scenario.strip());
            section.append(report.markdown()).append('\n');
            passed &= report.passed();
        }
        if (Boolean.parseBoolean(System.getProperty("cluster.write-docs", "true"))) {
            Path doc = Path.of("docs", "benchmarks.md");
            String text = Files.readString(doc);
            int start = text.indexOf(START);
            int end = text.indexOf(END);
            if (start >= 0 && end > start) {
                Files.writeString(doc, text.substring(0, start + START.length()) + "\n\n" + section
                        + text.substring(end));
            }
        }
        assertThat(passed).as("every check is 0; see target/cluster/*.md").isTrue();
    }
}
