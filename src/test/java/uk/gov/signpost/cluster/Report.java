package uk.gov.signpost.cluster;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/** One scenario's figures and checks, as Markdown for docs/benchmarks.md. */
record Report(String scenario, String markdown, boolean passed) {

    static final class Builder {
        private final String scenario;
        private final int citizens;
        private final int instances;
        private final List<String> timeline = new ArrayList<>();
        private Map<String, Long> checks = Map.of();
        private String load = "";
        private String machine = "";

        Builder(String scenario, int citizens, int instances) {
            this.scenario = scenario;
            this.citizens = citizens;
            this.instances = instances;
        }

        void event(String what, Duration at) {
            timeline.add(String.format("| %.1f s | %s |", at.toMillis() / 1000.0, what));
        }

        void load(Citizen.Log log, Duration elapsed, long bookedInDatabase) {
            List<Citizen.Turn> turns = log.turns();
            List<Citizen.Turn> ok = turns.stream().filter(Citizen.Turn::ok).toList();
            long[] all = millis(ok);
            long[] retried = millis(ok.stream().filter(t -> t.attempts() > 1).toList());
            long[] streamed = millis(ok.stream().filter(Citizen.Turn::streamed).toList());
            StringBuilder out = new StringBuilder();
            out.append("| Figure | Value |\n|---|---|\n");
            out.append(row("Simulated citizens (one thread each, 1 in 3 streaming)", Integer.toString(citizens)));
            out.append(row("Conversations started", Integer.toString(log.conversations.size())));
            out.append(row("Turns acknowledged (reply received)", Integer.toString(ok.size())));
            out.append(row("Load duration", ClusterHarness.seconds(elapsed)));
            out.append(row("Throughput", String.format("%.1f turns/s", ok.size() / (elapsed.toMillis() / 1000.0))));
            out.append(row("Turn latency p50 / p90 / p99 / max (ms), all turns", percentiles(all)));
            out.append(row("Turn latency p50 / p99 (ms), streamed turns (to the last event)", p50p99(streamed)));
            out.append(row("Turns that needed more than one attempt", Integer.toString(retried.length)));
            out.append(row("Their latency p50 / p99 / max (ms), retries included", p50p99max(retried)));
            out.append(row("Retries by cause", describe(log.retries)));
            out.append(row("Booking attempts by outcome", describe(log.bookingOutcomes)));
            out.append(row("Live bookings stored", Long.toString(bookedInDatabase)));
            load = out.toString();
        }

        void races(DoubleBookings.Races races) {
            load += row("Slot races (" + races.slots() + " video slots, " + races.people() + " people each, booking"
                    + " at once straight to the three instances): responses", races.outcomes().toString());
        }

        void cut(int sent, int storedWithoutReply) {
            load += row("Turns sent straight to instance 1 just before its kill -9, then again with the same key"
                    + " through nginx", Integer.toString(sent));
            load += row("Of those, stored with no reply yet when it died", Integer.toString(storedWithoutReply));
        }

        void checks(Map<String, Long> checks) {
            this.checks = checks;
        }

        void machine(String loadBefore, String loadAfter, String others) {
            machine = "Machine: 2 cores, 24 GB, OpenJDK " + System.getProperty("java.version") + ", PostgreSQL on"
                    + " 127.0.0.1:5432 (shared with other work), nginx " + nginxVersion() + ". Load average (1, 5,"
                    + " 15 min) " + loadBefore + " before and " + loadAfter + " after. Running beside the harness: "
                    + others + ".";
        }

        Report build() {
            boolean passed = !checks.isEmpty() && checks.values().stream().allMatch(v -> v == 0);
            StringBuilder md = new StringBuilder();
            md.append("### Scenario: ").append(scenario.equals("kill")
                    ? "kill -9 one instance and restart another, under load"
                    : "rolling restart of all three instances, under load").append("\n\n");
            md.append("Run on ").append(LocalDate.now()).append(", ").append(instances)
                    .append(" instances behind nginx. ").append(machine).append("\n\n");
            md.append(load).append('\n');
            md.append("| At | What happened |\n|---|---|\n");
            timeline.forEach(line -> md.append(line).append('\n'));
            md.append('\n').append("| Check | Count |\n|---|---|\n");
            checks.forEach((check, count) -> md.append("| ").append(check).append(" | ").append(count).append(" |\n"));
            md.append('\n').append(passed ? "All checks are 0." : "**Some checks are not 0.**").append('\n');
            return new Report(scenario, md.toString(), passed);
        }

        private static String row(String figure, String value) {
            return "| " + figure + " | " + value + " |\n";
        }

        private static long[] millis(List<Citizen.Turn> turns) {
            return turns.stream().mapToLong(t -> t.nanos() / 1_000_000).sorted().toArray();
        }

        private static long at(long[] sorted, double q) {
            if (sorted.length == 0) {
                return 0;
            }
            int index = (int) Math.ceil(q * sorted.length) - 1;
            return sorted[Math.max(0, Math.min(sorted.length - 1, index))];
        }

        private static String percentiles(long[] s) {
            return at(s, 0.5) + " / " + at(s, 0.9) + " / " + at(s, 0.99) + " / " + at(s, 1.0);
        }

        private static String p50p99(long[] s) {
            return at(s, 0.5) + " / " + at(s, 0.99);
        }

        private static String p50p99max(long[] s) {
            return s.length == 0 ? "none" : at(s, 0.5) + " / " + at(s, 0.99) + " / " + at(s, 1.0);
        }

        private static String describe(Map<String, java.util.concurrent.atomic.AtomicLong> counts) {
            if (counts.isEmpty()) {
                return "none";
            }
            return new TreeMap<>(counts).entrySet().stream().map(e -> e.getKey() + " " + e.getValue().get())
                    .collect(Collectors.joining(", "));
        }

        private static String nginxVersion() {
            try {
                Process p = new ProcessBuilder("nginx", "-v").redirectErrorStream(true).start();
                String out = new String(p.getInputStream().readAllBytes()).strip();
                p.waitFor();
                return out.replace("nginx version: ", "");
            } catch (Exception e) {
                return "(version unknown)";
            }
        }
    }
}
