package uk.gov.signpost.platform.internal;

import com.zaxxer.hikari.HikariDataSource;
import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import uk.gov.signpost.platform.LiveNotifications;

/**
 * {@link LiveNotifications} over one PostgreSQL channel. Publishing is a {@code pg_notify} on the pool, so it joins
 * the caller's transaction. Listening is one dedicated connection per instance, outside the pool, held by one
 * daemon thread that waits for notices and hands each to the subscribers of its topic. If the connection drops,
 * the thread reconnects with a growing pause (up to 5 s) and tells every subscriber that notices may have been
 * missed.
 */
@Component
class PostgresLiveNotifications implements LiveNotifications, InitializingBean, DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(PostgresLiveNotifications.class);
    static final String CHANNEL = "signpost_live";
    private static final Pattern TOPIC = Pattern.compile("[A-Za-z0-9_.-]{1,100}");
    private static final int WAIT_MILLIS = 500;

    private final JdbcClient jdbc;
    private final HikariDataSource dataSource;
    private final Map<String, List<Subscriber>> subscribers = new ConcurrentHashMap<>();
    private volatile boolean running = true;
    private volatile @Nullable Connection connection;
    private @Nullable Thread listener;

    PostgresLiveNotifications(JdbcClient jdbc, DataSource dataSource) {
        this.jdbc = jdbc;
        this.dataSource = Pools.hikari(dataSource);
    }

    @Override
    public void publish(String topic, String payload) {
        checkTopic(topic);
        if (payload.length() > 1000 || payload.indexOf('\n') >= 0) {
            throw new IllegalArgumentException("A live notice is one line of ids and codes, up to 1,000 characters");
        }
        jdbc.sql("select pg_notify(?, ?)").params(CHANNEL, topic + "\n" + payload).query((rs, row) -> 1).list();
    }

    @Override
    public Subscription subscribe(String topic, Subscriber subscriber) {
        checkTopic(topic);
        Objects.requireNonNull(subscriber, "subscriber");
        subscribers.computeIfAbsent(topic, t -> new CopyOnWriteArrayList<>()).add(subscriber);
        return () -> subscribers.computeIfPresent(topic, (t, list) -> {
            list.remove(subscriber);
            return list.isEmpty() ? null : list;
        });
    }

    @Override
    public void afterPropertiesSet() {
        Thread thread = new Thread(this::listen, "live-notifications");
        thread.setDaemon(true);
        listener = thread;
        thread.start();
    }

    @Override
    public void destroy() throws InterruptedException {
        running = false;
        Thread thread = listener;
        if (thread != null) {
            thread.join(2 * WAIT_MILLIS + 500);
        }
    }

    /** Whether the listening connection is up, for tests and health. */
    boolean listening() {
        Connection current = connection;
        try {
            return current != null && !current.isClosed();
        } catch (SQLException e) {
            return false;
        }
    }

    private void listen() {
        long pause = 100;
        boolean first = true;
        while (running) {
            try (Connection open = DriverManager.getConnection(dataSource.getJdbcUrl(), dataSource.getUsername(),
                    dataSource.getPassword())) {
                connection = open;
                try (Statement statement = open.createStatement()) {
                    statement.execute("listen " + CHANNEL);
                }
                log.info("event=live_notifications_listening reconnect={}", !first);
                if (!first) {
                    everySubscriber(Subscriber::missed);
                }
                first = false;
                pause = 100;
                PGConnection pg = open.unwrap(PGConnection.class);
                while (running) {
                    PGNotification[] notices = pg.getNotifications(WAIT_MILLIS);
                    if (notices != null) {
                        for (PGNotification notice : notices) {
                            deliver(notice.getParameter());
                        }
                    }
                }
            } catch (SQLException | RuntimeException e) {
                if (!running) {
                    return;
                }
                log.warn("event=live_notifications_dropped error={} retry_ms={}", e.getClass().getSimpleName(), pause);
                try {
                    Thread.sleep(pause);
                } catch (InterruptedException interrupted) {
                    return;
                }
                pause = Math.min(pause * 2, 5000);
            } finally {
                connection = null;
            }
        }
    }

    private void deliver(String raw) {
        int split = raw.indexOf('\n');
        if (split < 0) {
            return;
        }
        List<Subscriber> listeners = subscribers.get(raw.substring(0, split));
        if (listeners == null) {
            return;
        }
        String payload = raw.substring(split + 1);
        for (Subscriber subscriber : listeners) {
            try {
                subscriber.notice(payload);
            } catch (RuntimeException e) {
                log.warn("event=live_notification_subscriber_failed error={}", e.getClass().getSimpleName());
            }
        }
    }

    private void everySubscriber(java.util.function.Consumer<Subscriber> action) {
        subscribers.values().forEach(list -> list.forEach(subscriber -> {
            try {
                action.accept(subscriber);
            } catch (RuntimeException e) {
                log.warn("event=live_notification_subscriber_failed error={}", e.getClass().getSimpleName());
            }
        }));
    }

    private static void checkTopic(String topic) {
        if (!TOPIC.matcher(topic).matches()) {
            throw new IllegalArgumentException("A live notice topic is letters, digits, dots, dashes and underscores");
        }
    }

    private static void closeQuietly(@Nullable Connection c) {
        if (c != null) {
            try {
                c.close();
            } catch (SQLException ignored) {
                // closing on shutdown
            }
        }
    }
}
