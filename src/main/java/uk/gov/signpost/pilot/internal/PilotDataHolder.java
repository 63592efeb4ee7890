package uk.gov.signpost.pilot.internal;

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
 * The person's pilot cohort and their ratings of replies. Outcome rows are not personal: once the conversations
 * are erased, their ids link to nothing. Runs before the conversation holder deletes the conversations, because it
 * finds the person's ratings through them.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 20)
class PilotDataHolder implements PersonalDataHolder {

    private static final String OWNED = " where conversation_id in (select id from conversation where owner_id = ?)";

    private final JdbcClient jdbc;

    PilotDataHolder(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public String area() {
        return "pilot";
    }

    @Override
    @Transactional(readOnly = true)
    public Object export(UUID person) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("cohort", jdbc.sql("select cohort, assigned_by, assigned_at from pilot_assignment where owner_id = ?")
                .param(person)
                .query((rs, row) -> Map.of("cohort", rs.getString(1), "assigned_by", rs.getString(2),
                        "assigned_at", rs.getTimestamp(3).toInstant().toString()))
                .optional()
                .orElse(Map.of()));
        out.put("reply_ratings", jdbc.sql("select reply_id, helpful, reason, created_at from pilot_feedback" + OWNED
                        + " order by created_at")
                .param(person)
                .query((rs, row) -> {
                    Map<String, Object> item = new LinkedHashMap<>();
                    item.put("reply_id", rs.getObject(1, UUID.class).toString());
                    item.put("helpful", rs.getBoolean(2));
                    item.put("reason", rs.getString(3));
                    item.put("rated_at", rs.getTimestamp(4).toInstant().toString());
                    return item;
                })
                .list());
        return out;
    }

    @Override
    @Transactional
    public int erase(UUID person) {
        int ratings = jdbc.sql("delete from pilot_feedback" + OWNED).param(person).update();
        return ratings + jdbc.sql("delete from pilot_assignment where owner_id = ?").param(person).update();
    }
}
