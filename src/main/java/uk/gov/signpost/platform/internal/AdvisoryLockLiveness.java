package uk.gov.signpost.platform.internal;

import com.zaxxer.hikari.HikariDataSource;
import javax.sql.DataSource;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Properties;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import uk.gov.signpost.platform.InstanceLiveness;

/**
 * Holds this instance's advisory lock on a connection of its own (outside the pool, so it never counts against
 * the pool and is never recycled), and re-takes it if the connection breaks.
 */
@Component
class AdvisoryLockLiveness implements InstanceLiveness, DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(AdvisoryLockLiveness.class);

    private final HikariDataSource pool;
    private final int id = new SecureRandom().nextInt(Integer.MAX_VALUE);
    private @Nullable Connection held;

    AdvisoryLockLiveness(DataSource pool) {
        this.pool = Pools.hikari(pool);
        hold();
        log.info("event=instance_started instance={}", id);
    }

    @Override
    public int id() {
        return id;
    }

    /** Checks the connection now and then, and takes the lock again on a new one if it broke. */
    @Scheduled(fixedDelay = 5_000, initialDelay = 5_000)
    synchronized void check() {
        try {
            if (held != null && held.isValid(2)) {
                return;
            }
        } catch (SQLException e) {
            // Treated as broken below.
        }
        log.warn("event=instance_lock_lost instance={}", id);
        hold();
    }

    private synchronized void hold() {
        close();
        try {
            Properties credentials = new Properties();
            if (pool.getUsername() != null) {
                credentials.setProperty("user", pool.getUsername());
            }
            if (pool.getPassword() != null) {
                credentials.setProperty("password", pool.getPassword());
            }
            credentials.setProperty("ApplicationName", "signpost-instance-" + id);
            Connection connection = DriverManager.getConnection(pool.getJdbcUrl(), credentials);
            try (PreparedStatement lock = connection.prepareStatement("select pg_advisory_lock(?, ?)")) {
                lock.setInt(1, NAMESPACE);
                lock.setInt(2, id);
                lock.execute();
            }
            held = connection;
        } catch (SQLException e) {
            log.warn("event=instance_lock_failed instance={} error={}", id, e.getSQLState());
        }
    }

    private void close() {
        if (held != null) {
            try {
                held.close();
            } catch (SQLException e) {
                // Closing a broken connection; nothing more to do.
            }
            held = null;
        }
    }

    @Override
    public synchronized void destroy() {
        close();
    }
}
