package uk.gov.signpost.privacy;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.gov.signpost.platform.PersonalDataCipher;
import uk.gov.signpost.platform.PersonalDataHolder;

/**
 * A person's rights of access, portability and erasure, carried out across every part of Signpost that holds
 * their data (every {@link PersonalDataHolder}), and recorded in the audit log.
 */
@Service
public class PersonalData {

    private static final Logger log = LoggerFactory.getLogger(PersonalData.class);

    private final ObjectProvider<PersonalDataHolder> holders;
    private final PersonalDataCipher cipher;
    private final AuditLog audit;
    private final Clock clock;

    PersonalData(ObjectProvider<PersonalDataHolder> holders, PersonalDataCipher cipher, AuditLog audit, Clock clock) {
        this.holders = holders;
        this.cipher = cipher;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * Everything Signpost holds about the person, by area, with the audit entries about them. The export itself is
     * recorded in the audit log.
     */
    @Transactional
    public Export export(UUID person) {
        Map<String, Object> areas = new LinkedHashMap<>();
        holders.orderedStream().forEach(holder -> areas.put(holder.area(), holder.export(person)));
        List<AuditRecord> history = audit.about(person);
        audit.append(new AuditEvent("data_exported", person, "person",
                Map.of("areas", Integer.toString(areas.size()))));
        log.info("event=personal_data_exported person={} areas={}", person, areas.size());
        return new Export(person, clock.instant().toString(), areas, history);
    }

    /**
     * Deletes everything every holder keeps about the person, then destroys their data key, so that copies left
     * in backups or replicas cannot be read. All of it happens in one transaction with its audit entry, which holds
     * only the person's id and the counts.
     */
    @Transactional
    public Erasure erase(UUID person) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        holders.orderedStream().forEach(holder -> counts.merge(holder.area(), holder.erase(person), Integer::sum));
        boolean keyDestroyed = cipher.destroyKey(person);
        Map<String, String> details = new LinkedHashMap<>();
        counts.forEach((area, count) -> details.put(area, Integer.toString(count)));
        details.put("key_destroyed", Boolean.toString(keyDestroyed));
        audit.append(new AuditEvent("data_erased", person, "person", details));
        int total = counts.values().stream().mapToInt(Integer::intValue).sum();
        log.info("event=personal_data_erased person={} records={} key_destroyed={}", person, total, keyDestroyed);
        return new Erasure(person, counts, keyDestroyed);
    }

    /**
     * An export.
     *
     * @param areas each holder's data under its area name
     * @param audit the audit log's entries about the person
     */
    public record Export(UUID person, @JsonProperty("exported_at") String exportedAt, Map<String, Object> areas,
            List<AuditRecord> audit) {}

    /**
     * What erasure deleted.
     *
     * @param records how many records each area deleted
     * @param keyDestroyed whether the person had a data key, now destroyed
     */
    public record Erasure(UUID person, Map<String, Integer> records,
            @JsonProperty("key_destroyed") boolean keyDestroyed) {}
}
