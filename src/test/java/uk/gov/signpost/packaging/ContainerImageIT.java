package uk.gov.signpost.packaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import uk.gov.signpost.support.TestDatabase;

/**
 * Checks the OCI image that {@code jib:buildTar} writes in the {@code package} phase (ADR 0008): its
 * configuration, that the application and the assembled Java runtime are in its layers, and, where the test runs
 * as root on Linux, that the image really starts as its non-root user on a read-only root filesystem.
 */
class ContainerImageIT {

    private static final Path IMAGE = Path.of("target/signpost-image.tar");
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @TempDir
    static Path unpacked;

    static JsonNode config;
    static List<Path> layers = new ArrayList<>();

    @BeforeAll
    static void unpackImage() throws Exception {
        assertThat(IMAGE).as("the image tar from ./mvnw package").exists();
        run(List.of("tar", "-xf", IMAGE.toAbsolutePath().toString(), "-C", unpacked.toString()), Duration.ofMinutes(1));
        JsonNode index = JSON.readTree(unpacked.resolve("index.json").toFile());
        JsonNode manifest = JSON.readTree(blob(index.path("manifests").get(0).path("digest").asString()).toFile());
        assertThat(manifest.path("mediaType").asString()).isEqualTo("application/vnd.oci.image.manifest.v1+json");
        config = JSON.readTree(blob(manifest.path("config").path("digest").asString()).toFile());
        manifest.path("layers").forEach(layer -> layers.add(blob(layer.path("digest").asString())));
    }

    @Test
    void the_image_runs_as_a_non_root_user() {
        String user = config.path("config").path("User").asString();
        assertThat(user).isEqualTo("65532:65532");
        assertThat(user).doesNotStartWith("0").isNotEqualTo("root");
    }

    @Test
    void the_entrypoint_starts_the_application_with_the_image_runtime() {
        List<String> entrypoint = new ArrayList<>();
        config.path("config").path("Entrypoint").forEach(part -> entrypoint.add(part.asString()));
        assertThat(entrypoint).first().isEqualTo("java");
        assertThat(entrypoint).contains("-Djava.io.tmpdir=/tmp", "@/app/jib-classpath-file")
                .endsWith("uk.gov.signpost.SignpostApplication");
        assertThat(env()).containsEntry("PATH", "/opt/java/bin")
                .containsEntry("SIGNPOST_EMBEDDED_DATABASE", "false")
                .containsEntry("SIGNPOST_DATA_DIR", "/var/lib/signpost");
    }

    @Test
    void the_image_exposes_the_http_port_and_is_labelled() {
        assertThat(config.path("config").path("ExposedPorts").has("8080/tcp")).isTrue();
        JsonNode labels = config.path("config").path("Labels");
        assertThat(labels.path("org.opencontainers.image.title").asString()).isEqualTo("signpost");
        assertThat(labels.path("org.opencontainers.image.version").asString()).isNotBlank();
        assertThat(labels.path("org.opencontainers.image.base.name").asString()).isEqualTo("scratch");
    }

    @Test
    void the_layers_hold_the_application_its_libraries_and_a_java_runtime() throws Exception {
        List<String> files = new ArrayList<>();
        for (Path layer : layers) {
            files.addAll(run(List.of("tar", "-tzf", layer.toString()), Duration.ofMinutes(1)).lines().toList());
        }
        assertThat(files).contains("app/classes/uk/gov/signpost/SignpostApplication.class",
                "app/resources/application.yaml", "app/jib-classpath-file", "opt/java/bin/java",
                "lib64/ld-linux-x86-64.so.2", "lib/x86_64-linux-gnu/libc.so.6", "etc/passwd");
        assertThat(files).anyMatch(f -> f.matches("app/libs/spring-core-.*\\.jar"));
        assertThat(files).anyMatch(f -> f.matches("app/libs/postgresql-.*\\.jar"));
    }

    /**
     * Runs the image's own root filesystem the way Kubernetes would: read-only, as user 65532, with writable
     * {@code /tmp} and data folder only, against a fresh database. Needs root (for chroot and mounts), so it is
     * skipped elsewhere.
     */
    @Test
    void the_image_becomes_ready_as_a_non_root_user_on_a_read_only_root() throws Exception {
        assumeTrue(System.getProperty("os.name").startsWith("Linux") && isRoot() && canMount(),
                "needs root on Linux, allowed to make a mount namespace, for chroot and mounts");
        Path root = unpacked.resolve("rootfs");
        Files.createDirectories(root.resolve("proc"));
        for (Path layer : layers) {
            run(List.of("tar", "-xzf", layer.toString(), "-C", root.toString()), Duration.ofMinutes(2));
        }
        int port = freePort();
        String script = String.join(" && ",
                "mount --bind " + root + " " + root,
                "mount -o remount,bind,ro " + root,
                "mount -t proc proc " + root + "/proc",
                "mount -t tmpfs -o mode=1777 tmpfs " + root + "/tmp",
                "mount -t tmpfs -o mode=1777 tmpfs " + root + "/var/lib/signpost",
                "cd " + root,
                "exec env -i "
                        + env().entrySet().stream().map(e -> e.getKey() + "=" + e.getValue())
                                .reduce((a, b) -> a + " " + b).orElseThrow()
                        + " PORT=" + port + " DATABASE_URL=" + TestDatabase.create()
                        + " DATABASE_USER=" + TestDatabase.user() + " SIGNPOST_MASTER_KEY=" + TestDatabase.MASTER_KEY
                        + " SIGNPOST_JOBS_ENRICHMENT=off SIGNPOST_LOG_FORMAT="
                        + " \"$(command -v chroot)\" --userspec=65532:65532 . " + String.join(" ", entrypointWithHeap()));
        Path log = unpacked.resolve("container.log");
        Process container = new ProcessBuilder("unshare", "--mount", "--propagation", "private", "sh", "-c", script)
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
        try {
            assertThat(waitUntilReady(port, container, Duration.ofMinutes(5)))
                    .as("readiness within 5 minutes; the container's log:\n%s", tail(log)).isTrue();
            assertThat(Files.readString(log)).doesNotContain("Read-only file system");
        } finally {
            container.destroy();
            if (!container.waitFor(30, TimeUnit.SECONDS)) {
                container.destroyForcibly();
            }
        }
    }

    private static List<String> entrypointWithHeap() {
        List<String> parts = new ArrayList<>();
        config.path("config").path("Entrypoint").forEach(part -> parts.add(part.asString()));
        parts.add(1, "-Xmx768m");
        return parts;
    }

    private static boolean waitUntilReady(int port, Process container, Duration limit) throws InterruptedException {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        Instant until = Instant.now().plus(limit);
        while (Instant.now().isBefore(until) && container.isAlive()) {
            try {
                HttpResponse<String> response = http.send(HttpRequest.newBuilder(
                        URI.create("http://127.0.0.1:" + port + "/actuator/health/readiness"))
                        .timeout(Duration.ofSeconds(5)).build(), HttpResponse.BodyHandlers.ofString());
                if (response.statusCode() == 200) {
                    return true;
                }
            } catch (IOException notYet) {
                // Still starting.
            }
            Thread.sleep(500);
        }
        return false;
    }

    private static Map<String, String> env() {
        Map<String, String> env = new java.util.LinkedHashMap<>();
        config.path("config").path("Env").forEach(e -> {
            String[] pair = e.asString().split("=", 2);
            env.put(pair[0], pair[1]);
        });
        return env;
    }

    private static Path blob(String digest) {
        return unpacked.resolve("blobs").resolve(digest.replace(':', '/'));
    }

    private static boolean isRoot() throws Exception {
        return run(List.of("id", "-u"), Duration.ofSeconds(10)).strip().equals("0");
    }

    private static boolean canMount() throws Exception {
        if (!Files.isExecutable(Path.of("/usr/bin/unshare"))) {
            return false;
        }
        Process probe = new ProcessBuilder("unshare", "--mount", "--propagation", "private", "true")
                .redirectErrorStream(true).start();
        probe.getInputStream().readAllBytes();
        return probe.waitFor(30, TimeUnit.SECONDS) && probe.exitValue() == 0;
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static String tail(Path log) throws IOException {
        List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
        return String.join("\n", lines.subList(Math.max(0, lines.size() - 60), lines.size()));
    }

    private static String run(List<String> command, Duration limit) throws Exception {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(limit.toSeconds(), TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).as("%s: %s", command, output).isZero();
        return output;
    }
}
