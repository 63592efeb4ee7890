package uk.gov.signpost.cluster;

import java.net.http.HttpClient;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * The issue 10 harness: three instances of the packaged application on loopback ports, one fresh PostgreSQL
 * database on the machine's server, Debian's nginx in front, and hundreds of simulated citizens (one thread each)
 * holding multi-turn conversations with the offline model while instances are killed and restarted. Then it checks
 * that nothing was lost or duplicated and that every conversation reads back whole from every instance, and writes
 * a report (see docs/benchmarks.md, "Many instances").
 *
 * <p>Scenarios: {@code kill} ({@code kill -9} one instance and restart it, restart another gracefully) and
 * {@code rolling} (a graceful restart of each instance in turn). Run it through {@code ClusterHarnessIT}, or
 * directly: {@code ClusterHarness <jar> <report folder> <citizens> <scenario>...}.
 */
public final class ClusterHarness {

    private static final String SERVER = "jdbc:postgresql://127.0.0.1:5432/";
    /** Everyone has arrived (see {@link Citizen#ARRIVALS}) and is some way into a conversation. */
    private static final Duration WARM_UP = Duration.ofSeconds(30);
    private static final Duration AFTER_CHAOS = Duration.ofSeconds(20);
    /** Fewer free call-backs than citizens who want one, so that many ask for the same slot at the same time. */
    private static final int SLOTS = 40;
    /** Video call-backs raced for by people on all three instances at once, two on each. */
    private static final int RACES = 10;
    private static final int RACERS_PER_INSTANCE = 2;
    /** Turns sent straight to the instance about to be killed, to be cut off mid-turn and sent again. */
    private static final int CUT_TURNS = 12;

    private final Path jar;
    private final Path folder;
    private final int citizens;

    ClusterHarness(Path jar, Path folder, int citizens) {
        this.jar = jar;
        this.folder = folder;
        this.citizens = citizens;
    }

    public static void main(String[] args) throws Exception {
        ClusterHarness harness = new ClusterHarness(Path.of(args[0]), Path.of(args[1]), Integer.parseInt(args[2]));
        List<Report> reports = new ArrayList<>();
        for (int i = 3; i < args.length; i++) {
            reports.add(harness.run(args[i]));
        }
        reports.forEach(r -> System.out.println(r.markdown()));
    }

    /** Runs one scenario on a fresh database and three fresh instances, and returns its report. */
    Report run(String scenario) throws Exception {
        Path runFolder = Files.createDirectories(folder.resolve(scenario));
        String database = "signpost_cluster_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        execute("create database " + database);
        String url = SERVER + database;
        String masterKey = newKey();
        int basePort = 18080 + (scenario.equals("kill") ? 0 : 10);
        int[] ports = {basePort + 1, basePort + 2, basePort + 3};
        String loadBefore = Machine.loadAverage();
        String othersBefore = Machine.otherWork();
        Report.Builder report = new Report.Builder(scenario, citizens, ports.length);
        try (Cluster cluster = new Cluster(jar, runFolder, url, masterKey, ports, basePort,
                Cluster.environment(
                        "SIGNPOST_OFFLINE_SIMULATED_LATENCY", "300ms",
                        "SIGNPOST_AGENT_TURN_TIMEOUT", "30s",
                        "SIGNPOST_DRAIN_TIMEOUT", "10s",
                        "SIGNPOST_DB_POOL_SIZE", "10"))) {
            long bootStarted = System.nanoTime();
            cluster.startAll();
            DoubleBookings.publishSlots(url, "phone", SLOTS);
            DoubleBookings.publishSlots(url, "video", RACES);
            Duration boot = Duration.ofNanos(System.nanoTime() - bootStarted);

            Citizen.Log log = new Citizen.Log();
            AtomicBoolean stop = new AtomicBoolean();
            HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2))
                    .version(HttpClient.Version.HTTP_1_1).build();
            Instant started = Instant.now();
            report.event("three instances ready (after " + seconds(boot) + ") and nginx started; citizens start"
                    + " arriving", Duration.ZERO);
            // One thread per citizen. The project runs on Java 17, which has no virtual threads; a few hundred
            // platform threads that mostly wait on sockets cost little.
            ExecutorService people = Executors.newFixedThreadPool(citizens);
            for (int i = 0; i < citizens; i++) {
                people.submit(new Citizen(http, cluster.balancer(), i, stop, log));
            }
            Thread.sleep(WARM_UP.toMillis());
            report.event("load running", Duration.between(started, Instant.now()));
            CutTurns cut = new CutTurns();
            if (scenario.equals("kill")) {
                cut.send(cluster, 0, CUT_TURNS, url);
                killAndRestart(cluster, report, started, () -> cut.resend(url, cluster.balancer(), stop, log));
            } else {
                rollingRestart(cluster, report, started);
            }
            long raceStarted = System.nanoTime();
            DoubleBookings.Races races = DoubleBookings.race(url, cluster, RACES, RACERS_PER_INSTANCE);
            report.event(races.slots() + " slots raced for, " + races.people() + " people each across the three"
                    + " instances", Duration.between(started, Instant.now()));
            Thread.sleep(Math.max(0, AFTER_CHAOS.toMillis() - (System.nanoTime() - raceStarted) / 1_000_000));
            stop.set(true);
            people.shutdown();
            people.awaitTermination(5, TimeUnit.MINUTES);
            cut.await();
            Instant finished = Instant.now();
            report.event("every citizen finished its conversation", Duration.between(started, finished));
            report.load(log, Duration.between(started, finished), DoubleBookings.booked(url));
            report.races(races);
            Map<String, Long> checks = new Verification(url, cluster, log, races).run();
            if (scenario.equals("kill")) {
                report.cut(cut.sent(), cut.storedWithoutReply());
                checks.put("The kill -9 caught none of the turns sent to it mid-turn (it proved nothing)",
                        cut.storedWithoutReply() > 0 ? 0L : 1L);
            }
            report.checks(checks);
        } finally {
            report.machine(loadBefore, Machine.loadAverage(), othersBefore);
            try {
                execute("drop database if exists " + database + " with (force)");
            } catch (RuntimeException ignored) {
                // A leftover database does no harm; it is named signpost_cluster_*.
            }
        }
        Report result = report.build();
        Files.writeString(folder.resolve(scenario + ".md"), result.markdown());
        return result;
    }

    /**
     * {@code kill -9} instance 1 mid-turn and bring it back; then restart instance 2 gracefully. {@code afterKill}
     * runs as soon as instance 1 is dead.
     */
    private static void killAndRestart(Cluster cluster, Report.Builder report, Instant started, AfterKill afterKill)
            throws Exception {
        cluster.kill(0);
        report.event("instance 1 killed with kill -9", Duration.between(started, Instant.now()));
        afterKill.run();
        cluster.start(0);
        Duration stopping = cluster.stop(1);
        report.event("instance 2 stopped gracefully (SIGTERM) in " + seconds(stopping),
                Duration.between(started, Instant.now()));
        cluster.start(1);
        cluster.awaitReady(0);
        report.event("instance 1 back", Duration.between(started, Instant.now()));
        cluster.awaitReady(1);
        report.event("instance 2 back", Duration.between(started, Instant.now()));
    }

    /** Restart every instance in turn, waiting for each to be ready again, as a Kubernetes rolling update does. */
    private static void rollingRestart(Cluster cluster, Report.Builder report, Instant started) throws Exception {
        for (int i = 0; i < cluster.size(); i++) {
            Duration stopping = cluster.stop(i);
            report.event("instance " + (i + 1) + " stopped gracefully (SIGTERM) in " + seconds(stopping),
                    Duration.between(started, Instant.now()));
            cluster.start(i);
            cluster.awaitReady(i);
            report.event("instance " + (i + 1) + " back", Duration.between(started, Instant.now()));
        }
    }

    @FunctionalInterface
    private interface AfterKill {
        void run() throws Exception;
    }

    static String seconds(Duration d) {
        return String.format("%.1f s", d.toMillis() / 1000.0);
    }

    private static void execute(String sql) {
        try (Connection connection = DriverManager.getConnection(SERVER + "postgres", "postgres", "");
                Statement statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException("The harness needs PostgreSQL at 127.0.0.1:5432: " + e.getMessage(), e);
        }
    }

    private static String newKey() {
        byte[] key = new byte[32];
        new java.security.SecureRandom().nextBytes(key);
        return Base64.getEncoder().encodeToString(key);
    }
}
