package uk.gov.signpost.agent.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;
import uk.gov.signpost.platform.PersonalDataCipher;
import uk.gov.signpost.platform.PersonalDataHolder;

/**
 * What the agent keeps per conversation: the dialogue state (the facts the person gave), the actions they were
 * asked to confirm and their answers, and the turn traces (ids and measurements). It runs before the conversation
 * holder, whose deletes would otherwise remove these rows by cascade before they are counted.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
class AgentDataHolder implements PersonalDataHolder {

    private static final String OWNED = " where conversation_id in (select id from conversation where owner_id = ?)";

    private final JdbcClient jdbc;
    private final PersonalDataCipher cipher;
    private final JsonMapper json = JsonMapper.builder().build();

    AgentDataHolder(JdbcClient jdbc, PersonalDataCipher cipher) {
        this.jdbc = jdbc;
        this.cipher = cipher;
    }

    @Override
    public String area() {
        return "assistant";
    }

    @Override
    @Transactional(readOnly = true)
    public Object export(UUID person) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("what_you_told_us", jdbc.sql("select conversation_id, state::text, sealed from dialogue_state" + OWNED)
                .param(person)
                .query((rs, row) -> {
                    byte[] sealed = rs.getBytes(3);
                    DialogueState state = json.readValue(
                            sealed == null ? rs.getString(2) : cipher.open(person, sealed), DialogueState.class);
                    Map<String, Object> item = new LinkedHashMap<>();
                    item.put("conversation_id", rs.getObject(1, UUID.class).toString());
                    item.put("facts", state.facts());
                    item.put("answers_in_progress", state.slots());
                    return item;
                })
                .list());
        out.put("actions", jdbc.sql("select conversation_id, tool, summary, sealed, answer, asked_at, answered_at,"
                        + " executed_at from confirmation" + OWNED + " order by asked_at")
                .param(person)
                .query((rs, row) -> {
                    byte[] sealed = rs.getBytes(4);
                    String summary = sealed == null
                            ? rs.getString(3)
                            : json.readValue(cipher.open(person, sealed), Confirmations.Sealed.class).summary();
                    Map<String, Object> item = new LinkedHashMap<>();
                    item.put("conversation_id", rs.getObject(1, UUID.class).toString());
                    item.put("action", rs.getString(2));
                    item.put("question", summary);
                    item.put("answer", rs.getString(5));
                    item.put("asked_at", rs.getTimestamp(6).toInstant().toString());
                    if (rs.getTimestamp(8) != null) {
                        item.put("done_at", rs.getTimestamp(8).toInstant().toString());
                    }
                    return item;
                })
                .list());
        List<Map<String, Object>> turns = jdbc.sql("select conversation_id, model, outcome, started_at from turn_trace"
                        + OWNED + " order by started_at")
                .param(person)
                .query((rs, row) -> {
                    Map<String, Object> item = new LinkedHashMap<>();
                    item.put("conversation_id", rs.getObject(1, UUID.class).toString());
                    item.put("answered_by", rs.getString(2));
                    item.put("outcome", rs.getString(3));
                    item.put("at", rs.getTimestamp(4).toInstant().toString());
                    return item;
                })
                .list();
        out.put("turns", turns);
        return out;
    }

    @Override
    @Transactional
    public int erase(UUID person) {
        return jdbc.sql("delete from confirmation" + OWNED).param(person).update()
                + jdbc.sql("delete from dialogue_state" + OWNED).param(person).update()
                + jdbc.sql("delete from turn_trace" + OWNED).param(person).update();
    }
}
