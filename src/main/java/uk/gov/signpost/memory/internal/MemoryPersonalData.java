package uk.gov.signpost.memory.internal;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import uk.gov.signpost.platform.PersonalDataHolder;

/** Memory's part of a person's data export and erasure: facts, consents, the setting and the edit history. */
@Component
class MemoryPersonalData implements PersonalDataHolder {

    private final FactStore facts;
    private final MemoryJournal journal;
    private final JdbcClient jdbc;

    MemoryPersonalData(FactStore facts, MemoryJournal journal, JdbcClient jdbc) {
        this.facts = facts;
        this.journal = journal;
        this.jdbc = jdbc;
    }

    @Override
    public String area() {
        return "memory";
    }

    @Override
    @Transactional(readOnly = true)
    public Object export(UUID person) {
        Map<String, Object> export = new LinkedHashMap<>();
        export.put("enabled", journal.enabled(person));
        export.put("facts", facts.list(person).stream().map(fact -> {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("id", fact.id().toString());
            row.put("category", fact.category());
            row.put("value", fact.value());
            row.put("sensitivity", fact.sensitivity().code());
            row.put("source_conversation", fact.sourceConversation() == null ? null : fact.sourceConversation().toString());
            row.put("source_message", fact.sourceMessage() == null ? null : fact.sourceMessage().toString());
            row.put("saved_at", fact.savedAt().toString());
            row.put("updated_at", fact.updatedAt().toString());
            row.put("expires_at", fact.expiresAt() == null ? null : fact.expiresAt().toString());
            return row;
        }).toList());
        export.put("consents", journal.consents(person).stream().map(MemoryPersonalData::plain).toList());
        export.put("history", journal.history(person).stream().map(change -> {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("fact", change.factId() == null ? null : change.factId().toString());
            row.put("category", change.category());
            row.put("action", change.action());
            row.put("channel", change.channel().code());
            row.put("at", change.at().toString());
            return row;
        }).toList());
        return export;
    }

    @Override
    @Transactional
    public int erase(UUID person) {
        int rows = facts.deleteAll(person).size();
        rows += journal.erase(person);
        rows += jdbc.sql("delete from resume_code where owner_id = ?").param(person).update();
        return rows;
    }

    private static Map<String, Object> plain(Map<String, Object> row) {
        Map<String, Object> plain = new LinkedHashMap<>();
        row.forEach((key, value) -> plain.put(key, value == null || value instanceof Boolean ? value
                : value instanceof java.sql.Timestamp t ? t.toInstant().toString() : value.toString()));
        return plain;
    }
}
