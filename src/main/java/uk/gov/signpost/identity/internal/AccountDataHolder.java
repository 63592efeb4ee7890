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
 * The signed-in person's account: when it was made and last used (the provider's subject is kept only as a hash
 * and is not exported). Erasing it forgets the link to their sign-in, so a later sign-in starts afresh.
 */
@Component
class AccountDataHolder implements PersonalDataHolder {

    private final JdbcClient jdbc;

    AccountDataHolder(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public String area() {
        return "account";
    }

    @Override
    @Transactional(readOnly = true)
    public Object export(UUID person) {
        List<Map<String, Object>> accounts = jdbc.sql("select created_at, last_signed_in_at from citizen_account"
                        + " where id = ?")
                .param(person)
                .query((rs, row) -> {
                    Map<String, Object> item = new LinkedHashMap<>();
                    item.put("signed_in_first_at", rs.getTimestamp(1).toInstant().toString());
                    item.put("signed_in_last_at", rs.getTimestamp(2).toInstant().toString());
                    return item;
                })
                .list();
        return accounts;
    }

    @Override
    @Transactional
    public int erase(UUID person) {
        return jdbc.sql("delete from citizen_account where id = ?").param(person).update();
    }
}
