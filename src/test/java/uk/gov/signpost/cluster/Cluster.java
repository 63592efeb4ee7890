package uk.gov.signpost.cluster;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Three (or more) instances of the packaged application on loopback ports, sharing one PostgreSQL database, behind
 * Debian's nginx. Starts, kills ({@code kill -9}), stops (SIGTERM, graceful) and restarts instances.
 */
final class Cluster implements AutoCloseable {

    private final Path jar;
    private final Path folder;
    private final String databaseUrl;
    private final String masterKey;
    private final int[] ports;
    private final int nginxPort;
    private final Process[] processes;
    private final Map<String, String> extraEnvironment;
    private final HttpClient probe = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();
    private Process nginx;

    Cluster(Path jar, Path folder, String databaseUrl, String masterKey, int[] ports, int nginxPort,
            Map<String, String> extraEnvironment) {
        this.jar = jar.toAbsolutePath();
        this.folder = folder.toAbsolutePath();
        this.databaseUrl = databaseUrl;
        this.masterKey = masterKey;
        this.ports = ports.clone();
        this.nginxPort = nginxPort;
        this.processes = new Process[ports.length];
        this.extraEnvironment = Map.copyOf(extraEnvironment);
        // If the harness itself is stopped, take the instances and nginx with it rather than leave them running.
        Runtime.getRuntime().addShutdownHook(new Thread(this::destroyAll, "cluster-cleanup"));
    }

    private void destroyAll() {
        for (Process p : processes) {
            if (p != null) {
                p.destroyForcibly();
            }
        }
        if (nginx != null) {
            nginx.destroyForcibly();
        }
    }

    int size() {
        return ports.length;
    }

    int port(int instance) {
        return ports[instance];
    }

    String balancer() {
        return "http://127.0.0.1:" + nginxPort;
    }

    /** Starts every instance (the first alone, so it migrates the fresh database) and nginx in front. */
    void startAll() throws Exception {
        start(0);
        awaitReady(0);
        for (int i = 1; i < ports.length; i++) {
            start(i);
        }
        for (int i = 1; i < ports.length; i++) {
            awaitReady(i);
        }
        startNginx();
    }

    void start(int instance) throws IOException {
        Path dataDir = Files.createDirectories(folder.resolve("instance-" + instance));
        String java = ProcessHandle.current().info().command().orElse("java");
        ProcessBuilder builder = new ProcessBuilder(java, "-Xmx640m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1",
                "--enable-native-access=ALL-UNNAMED", "-jar", jar.toString());
        Map<String, String> env = builder.environment();
        env.put("PORT", Integer.toString(ports[instance]));
        env.put("DATABASE_URL", databaseUrl);
        env.put("DATABASE_USER", "postgres");
        env.put("SIGNPOST_MASTER_KEY", masterKey);
        env.put("SIGNPOST_DATA_DIR", dataDir.toString());
        env.put("SIGNPOST_JOBS_ENRICHMENT", "off");
        env.put("SIGNPOST_RATE_LIMIT_MESSAGES_PER_MINUTE", "100000");
        env.put("SIGNPOST_RATE_LIMIT_SESSIONS_PER_MINUTE", "100000");
        env.put("SIGNPOST_LOG_FORMAT", "");
        env.putAll(extraEnvironment);
        builder.redirectErrorStream(true);
        builder.redirectOutput(ProcessBuilder.Redirect.appendTo(folder.resolve("instance-" + instance + ".log")
                .toFile()));
        processes[instance] = builder.start();
    }

    void awaitReady(int instance) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(420);
        while (System.nanoTime() < deadline) {
            if (!processes[instance].isAlive()) {
                throw new IllegalStateException("instance " + instance + " exited while starting; see "
                        + folder.resolve("instance-" + instance + ".log"));
            }
            if (ready(instance)) {
                return;
            }
            Thread.sleep(250);
        }
        throw new IllegalStateException("instance " + instance + " was not ready within 420 s");
    }

    boolean ready(int instance) {
        try {
            HttpResponse<Void> response = probe.send(HttpRequest.newBuilder(
                            URI.create("http://127.0.0.1:" + ports[instance] + "/actuator/health/readiness"))
                    .timeout(Duration.ofSeconds(2)).build(), HttpResponse.BodyHandlers.discarding());
            return response.statusCode() == 200;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** {@code kill -9}: no shutdown hook, no drain, connections cut mid-turn. */
    void kill(int instance) throws InterruptedException {
        processes[instance].destroyForcibly();
        processes[instance].waitFor(30, TimeUnit.SECONDS);
    }

    /** SIGTERM, as Kubernetes sends: the instance drains and stops gracefully. Returns how long it took. */
    Duration stop(int instance) throws InterruptedException {
        long started = System.nanoTime();
        processes[instance].destroy();
        if (!processes[instance].waitFor(60, TimeUnit.SECONDS)) {
            processes[instance].destroyForcibly();
            processes[instance].waitFor(30, TimeUnit.SECONDS);
        }
        return Duration.ofNanos(System.nanoTime() - started);
    }

    private void startNginx() throws Exception {
        Path conf = folder.resolve("nginx");
        Files.createDirectories(conf.resolve("temp"));
        StringBuilder upstream = new StringBuilder();
        for (int port : ports) {
            upstream.append("    server 127.0.0.1:").append(port).append(" max_fails=1 fail_timeout=2s;\n");
        }
        boolean root = "root".equals(System.getProperty("user.name"));
        String config = (root ? "user root;\n" : "") + """
                worker_processes 1;
                daemon off;
                pid %1$s/nginx.pid;
                error_log %1$s/error.log warn;
                events { worker_connections 4096; }
                http {
                  access_log off;
                  client_body_temp_path %1$s/temp/body;
                  proxy_temp_path %1$s/temp/proxy;
                  fastcgi_temp_path %1$s/temp/fastcgi;
                  uwsgi_temp_path %1$s/temp/uwsgi;
                  scgi_temp_path %1$s/temp/scgi;
                  upstream signpost {
                %2$s    keepalive 64;
                  }
                  server {
                    listen 127.0.0.1:%3$d;
                    location / {
                      proxy_pass http://signpost;
                      proxy_http_version 1.1;
                      proxy_set_header Connection "";
                      proxy_set_header Host $host;
                      proxy_buffering off;
                      proxy_connect_timeout 1s;
                      proxy_read_timeout 60s;
                      # Turns carry an Idempotency-Key, so a POST may safely go to the next instance.
                      proxy_next_upstream error timeout http_502 http_503 non_idempotent;
                      proxy_next_upstream_tries 3;
                    }
                  }
                }
                """.formatted(conf, upstream, nginxPort);
        Files.writeString(conf.resolve("nginx.conf"), config);
        nginx = new ProcessBuilder("nginx", "-c", conf.resolve("nginx.conf").toString(), "-p", conf.toString())
                .redirectErrorStream(true)
                .redirectOutput(conf.resolve("nginx.out").toFile())
                .start();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (System.nanoTime() < deadline) {
            try {
                probe.send(HttpRequest.newBuilder(URI.create(balancer() + "/actuator/health")).build(),
                        HttpResponse.BodyHandlers.discarding());
                return;
            } catch (IOException e) {
                Thread.sleep(100);
            }
        }
        throw new IllegalStateException("nginx did not start; see " + conf);
    }

    /** Every live instance's process id, for the report. */
    List<Long> pids() {
        List<Long> pids = new ArrayList<>();
        for (Process p : processes) {
            if (p != null && p.isAlive()) {
                pids.add(p.pid());
            }
        }
        return pids;
    }

    @Override
    public void close() throws InterruptedException {
        for (int i = 0; i < processes.length; i++) {
            if (processes[i] != null && processes[i].isAlive()) {
                stop(i);
            }
        }
        if (nginx != null && nginx.isAlive()) {
            nginx.destroy();
            nginx.waitFor(10, TimeUnit.SECONDS);
        }
    }

    static Map<String, String> environment(String... pairs) {
        Map<String, String> env = new HashMap<>();
        for (int i = 0; i + 1 < pairs.length; i += 2) {
            env.put(pairs[i], pairs[i + 1]);
        }
        return env;
    }
}
