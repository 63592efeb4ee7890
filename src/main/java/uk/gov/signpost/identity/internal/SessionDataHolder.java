package uk.gov.signpost.identity.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import uk.gov.signpost.platform.PersonalDataHolder;

/**
 * The person's anonymous session: when it started and was last used (the token is kept only as a hash and is
 * not exported). Erasing it ends the session, so the cookie or bearer token stops working.
 */
@Component
class SessionDataHolder implements PersonalDataHolder {

    private final JdbcClient jdbc;

    SessionDataHolder(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public String area() {
        return "session";
    }

    @Override
    @Transactional(readOnly = true)
    public Object export(UUID person) {
        List<Map<String, Object>> sessions = jdbc.sql("select id, created_at, last_seen_at from citizen_session"
                        + " where id = ?")
                .param(person)
                .query((rs, row) -> {
                    Map<String, Object> item = new LinkedHashMap<>();
                    item.put("id", rs.getObject(1, UUID.class).toString());
                    item.put("started_at", rs.getTimestamp(2).toInstant().toString());
                    item.put("last_used_at", rs.getTimestamp(3).toInstant().toString());
                    return item;
                })
                .list();
        return sessions;
    }

    @Override
    @Transactional
    public int erase(UUID person) {
        return jdbc.sql("delete from citizen_session where id = ?").param(person).update();
    }
}
