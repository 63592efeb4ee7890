package uk.gov.signpost.privacy.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;

/**
 * Checks the audit log end to end: sequence numbers run 1, 2, 3… with no gap, each row names the previous row's
 * hash, and each row's hash matches its content. A changed row, a removed row or a row slipped in all break one
 * of these. It cannot see rows cut off the end of the chain on its own: compare the head it reports with the
 * last {@code event=audit_appended} line in the logs.
 */
public final class AuditChainVerifier {

    private AuditChainVerifier() {}

    /** Reads the whole log through the connection, in sequence order, a batch at a time. */
    public static Report verify(Connection connection) throws SQLException {
        List<String> problems = new ArrayList<>();
        byte[] previous = AuditChain.GENESIS;
        long expected = 1;
        long rows = 0;
        boolean autoCommit = connection.getAutoCommit();
        connection.setAutoCommit(false); // so the driver streams with a fetch size
        try (PreparedStatement statement = connection.prepareStatement(
                "select seq, id, at, type, subject, actor, details, prev_hash, hash from audit_entry order by seq")) {
            statement.setFetchSize(1000);
            try (ResultSet rs = statement.executeQuery()) {
                while (rs.next()) {
                    rows++;
                    long seq = rs.getLong("seq");
                    if (seq != expected) {
                        problems.add("row " + seq + ": expected row " + expected + " here (rows missing or added)");
                    }
                    byte[] prevHash = rs.getBytes("prev_hash");
                    if (!Arrays.equals(prevHash, previous)) {
                        problems.add("row " + seq + ": does not follow the row before it (previous hash differs)");
                    }
                    byte[] stored = rs.getBytes("hash");
                    byte[] computed = AuditChain.hash(prevHash, seq, rs.getObject("id", UUID.class),
                            rs.getTimestamp("at").toInstant(), rs.getString("type"),
                            rs.getObject("subject", UUID.class), rs.getString("actor"), rs.getString("details"));
                    if (!Arrays.equals(stored, computed)) {
                        problems.add("row " + seq + ": content does not match its hash (changed after it was written)");
                    }
                    previous = stored;
                    expected = seq + 1;
                }
            }
        } finally {
            connection.rollback();
            connection.setAutoCommit(autoCommit);
        }
        return new Report(rows, expected - 1, HexFormat.of().formatHex(previous), List.copyOf(problems));
    }

    /**
     * What the verifier found.
     *
     * @param rows how many rows it read
     * @param headSeq the last row's sequence number
     * @param headHash the last row's hash, to compare with the last {@code audit_appended} log line
     * @param problems one line per break in the chain; empty when the log is intact
     */
    public record Report(long rows, long headSeq, String headHash, List<String> problems) {

        public boolean intact() {
            return problems.isEmpty();
        }
    }
}
