package uk.gov.signpost.platform;

/**
 * Short notices that reach every instance at once, for live updates such as server-sent events. Built on
 * PostgreSQL's {@code LISTEN}/{@code NOTIFY}: a notice published inside a transaction is delivered only if, and
 * when, that transaction commits, to every instance sharing the database (this one included).
 *
 * <p>A notice carries ids and codes, never personal data: PostgreSQL may log it, and every instance receives it.
 * It is a nudge to read fresh state from the database, not the state itself. Delivery is at most once: an instance
 * whose listening connection drops misses the notices sent meanwhile, so after reconnecting it calls every
 * subscriber's {@link Subscriber#missed()} to make them read afresh.
 */
public interface LiveNotifications {

    /**
     * Sends {@code payload} to every subscriber of {@code topic} on every instance. In a transaction, it is sent when
     * the transaction commits.
     *
     * @param topic a short name such as {@code handoff.queue}, of letters, digits, dots, dashes and underscores
     * @param payload ids or codes, at most 1,000 characters
     */
    void publish(String topic, String payload);

    /** Calls {@code subscriber} for every notice on {@code topic} until the returned subscription is closed. */
    Subscription subscribe(String topic, Subscriber subscriber);

    /** Receives notices. Called on the listening thread: do little, and never block. */
    interface Subscriber {

        void notice(String payload);

        /** Notices may have been lost (the listening connection dropped and has come back). */
        default void missed() {}
    }

    /** Ends a subscription. */
    interface Subscription extends AutoCloseable {
        @Override
        void close();
    }
}
