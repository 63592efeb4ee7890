package uk.gov.signpost.platform;

/**
 * This instance's mark of life in PostgreSQL, so that other instances can tell a turn in flight from a turn whose
 * instance died. The instance holds a session advisory lock, keyed {@code (NAMESPACE, id())}, on a connection of
 * its own for as long as it runs; PostgreSQL drops the lock the moment that connection goes, including after
 * {@code kill -9}. A claim made by this instance is live exactly while {@link #LIVE_SQL} finds the lock.
 *
 * <p>It needs a direct connection to PostgreSQL (a session lock does not survive a transaction-mode pooler such as
 * PgBouncer in {@code transaction} mode). If that connection breaks, this instance's claims look dead and another
 * instance may answer the same message too; the one-reply unique index still keeps one stored reply.
 */
public interface InstanceLiveness {

    /** The first key of every instance's advisory lock. */
    int NAMESPACE = 0x5167_0001;

    /**
     * SQL that is true while the instance whose id is the parameter (or the column put in its place) still runs.
     * Use it as {@code String.format(LIVE_SQL, "m.reply_claimed_by")}.
     */
    String LIVE_SQL = "exists (select 1 from pg_locks l where l.locktype = 'advisory' and l.granted"
            + " and l.classid = " + Integer.toUnsignedString(NAMESPACE) + "::oid and l.objid = (%s)::oid"
            + " and l.objsubid = 2)";

    /** This instance's id: the second key of its advisory lock (non-negative). */
    int id();
}
