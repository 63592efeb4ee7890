package uk.gov.signpost.operations.internal;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import uk.gov.signpost.platform.PersonalDataHolder;

/** The person's requests for a human adviser. Runs before the conversation holder deletes by cascade. */
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
        return jdbc.sql("select id, conversation_id, reason, status, created_at from handoff_request" + OWNED
                        + " order by created_at")
                .param(person)
                .query((rs, row) -> {
                    Map<String, Object> item = new LinkedHashMap<>();
                    item.put("id", rs.getObject(1, UUID.class).toString());
                    item.put("conversation_id", rs.getObject(2, UUID.class).toString());
                    item.put("reason", rs.getString(3));
                    item.put("status", rs.getString(4));
                    item.put("requested_at", rs.getTimestamp(5).toInstant().toString());
                    return item;
                })
                .list();
    }

    @Override
    @Transactional
    public int erase(UUID person) {
        return jdbc.sql("delete from handoff_request" + OWNED).param(person).update();
    }
}
