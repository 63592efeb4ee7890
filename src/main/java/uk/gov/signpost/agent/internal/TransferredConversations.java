package uk.gov.signpost.agent.internal;

import java.util.List;
import java.util.UUID;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import uk.gov.signpost.conversation.ConversationTransferred;
import uk.gov.signpost.platform.PersonalDataCipher;

/**
 * Re-seals the agent's rows of a conversation (its dialogue state and confirmations) under the new owner's data
 * key when the conversation passes to another owner. It runs inside the transfer's transaction, so a transfer
 * either moves everything or nothing.
 */
@Component
class TransferredConversations {

    private final JdbcClient jdbc;
    private final PersonalDataCipher cipher;

    TransferredConversations(JdbcClient jdbc, PersonalDataCipher cipher) {
        this.jdbc = jdbc;
        this.cipher = cipher;
    }

    @EventListener
    void on(ConversationTransferred transferred) {
        UUID from = transferred.from().value();
        UUID to = transferred.to().value();
        UUID conversation = transferred.conversationId().value();
        reseal("dialogue_state", "conversation_id", conversation, from, to);
        reseal("confirmation", "id", conversation, from, to);
    }

    private void reseal(String table, String key, UUID conversation, UUID from, UUID to) {
        List<Object[]> rows = jdbc.sql("select " + key + ", sealed from " + table
                        + " where conversation_id = ? and sealed is not null")
                .param(conversation)
                .query((rs, row) -> new Object[] {rs.getObject(1, UUID.class), rs.getBytes(2)})
                .list();
        for (Object[] row : rows) {
            byte[] resealed = cipher.reseal(from, to, (byte[]) row[1]);
            jdbc.sql("update " + table + " set sealed = ? where " + key + " = ?").params(resealed, row[0]).update();
        }
    }
}
