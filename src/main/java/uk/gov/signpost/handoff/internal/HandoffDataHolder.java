package uk.gov.signpost.handoff.internal;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import uk.gov.signpost.platform.PersonalDataHolder;

/**
 * The person's requests for a human adviser, and the per-conversation watch that opens one after repeated failure.
 * The adviser's replies are messages, exported and erased with the conversation. Runs before the conversation
 * holder deletes by cascade.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 20)
class HandoffDataHolder implements PersonalDataHolder {

    private static final String OWNED = " where conversation_id in (select id from conversation where owner_id = ?)";

    private final JdbcClient jdbc;

    HandoffDataHolder(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public String area() {
        return "adviser_requests";
    }

    @Override
    @Transactional(readOnly = true)
    public Object export(UUID person) {
        return jdbc.sql("select id, conversation_id, reason, status, created_at, urgency, opened_by,"
                        + " transcript_consent, consent_at, adviser_name, taken_at, ended_at, outcome"
                        + " from handoff_request" + OWNED + " order by created_at")
                .param(person)
                .query((rs, row) -> {
                    Map<String, Object> item = new LinkedHashMap<>();
                    item.put("id", rs.getObject(1, UUID.class).toString());
                    item.put("conversation_id", rs.getObject(2, UUID.class).toString());
                    item.put("reason", rs.getString(3));
                    item.put("status", rs.getString(4));
                    item.put("requested_at", rs.getTimestamp(5).toInstant().toString());
                    item.put("urgency", rs.getString(6));
                    item.put("opened_by", rs.getString(7));
                    item.put("conversation_shared_with_adviser", rs.getBoolean(8));
                    item.put("shared_at", text(rs.getTimestamp(9)));
                    item.put("adviser", rs.getString(10));
                    item.put("taken_at", text(rs.getTimestamp(11)));
                    item.put("ended_at", text(rs.getTimestamp(12)));
                    item.put("outcome", rs.getString(13));
                    return item;
                })
                .list();
    }

    @Override
    @Transactional
    public int erase(UUID person) {
        return jdbc.sql("delete from handoff_request" + OWNED).param(person).update()
                + jdbc.sql("delete from handoff_conversation_watch" + OWNED).param(person).update();
    }

    private static @org.jspecify.annotations.Nullable String text(java.sql.@org.jspecify.annotations.Nullable Timestamp t) {
        return t == null ? null : t.toInstant().toString();
    }
}
