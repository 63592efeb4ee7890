package uk.gov.signpost.memory;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.UUID;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import uk.gov.signpost.agent.ToolContext;
import uk.gov.signpost.agent.TurnMemory;
import uk.gov.signpost.conversation.ConversationId;
import uk.gov.signpost.conversation.OwnerId;
import uk.gov.signpost.support.SignpostIntegrationTest;

/**
 * What reading memory adds to a turn, for docs/benchmarks.md: 10,000 people with 50 facts each (500,000 rows),
 * one in ten with memory off, and a turn's read (setting, private flag, pending question and facts in one
 * query, then the overlay) timed for random people. Not part of the normal build (tag "benchmark"); run with
 * {@code ./mvnw verify -Dexcluded.groups= -Dit.test=MemoryBenchmarkIT -Dtest=None
 * -Dsurefire.failIfNoSpecifiedTests=false}. Results go to {@code target/benchmarks/memory.md}. It asserts only
 * that the reads returned facts, never on time.
 */
@Tag("benchmark")
@SignpostIntegrationTest(properties = "logging.level.uk.gov.signpost=WARN")
class MemoryBenchmarkIT {

    static final int PEOPLE = 10_000;
    static final int FACTS_EACH = 50;
    static final int WARMUP = 2_000;
    static final int READS = 20_000;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TurnMemory memory;

    @Autowired
    org.springframework.jdbc.core.JdbcTemplate template;

    @Autowired
    uk.gov.signpost.platform.PersonalDataCipher cipher;

    /** Fact values are stored sealed under each person's data key, as the service stores them. */
    private void sealValues() {
        List<Object[]> rows = jdbc.sql("select id, owner_id, value from memory_fact")
                .query((rs, i) -> new Object[] {rs.getObject(1, UUID.class), rs.getObject(2, UUID.class),
                        rs.getString(3)})
                .list();
        List<Object[]> batch = new ArrayList<>();
        for (Object[] row : rows) {
            batch.add(new Object[] {java.util.Base64.getEncoder().encodeToString(
                    cipher.seal((UUID) row[1], (String) row[2])), row[0]});
            if (batch.size() == 5_000) {
                template.batchUpdate("update memory_fact set value = ? where id = ?", batch);
                batch.clear();
            }
        }
        template.batchUpdate("update memory_fact set value = ? where id = ?", batch);
    }

    @Test
    void reading_memory_for_a_turn_with_ten_thousand_people_of_fifty_facts() throws IOException {
        long loadStart = System.nanoTime();
        jdbc.sql("""
                insert into memory_fact (id, owner_id, category, value, sensitivity, saved_at, updated_at, expires_at)
                select gen_random_uuid(), md5('person' || p)::uuid,
                       (array['job_interests','work_location','postcode_district','nation','hours','age','caring',
                              'children','benefits','health_condition'])[c] ,
                       '"value ' || c || '"', 'normal', now(), now(), now() + interval '365 days'
                from generate_series(1, :people) p, generate_series(1, 10) c
                """).param("people", PEOPLE).update();
        jdbc.sql("""
                insert into memory_fact (id, owner_id, category, value, sensitivity, saved_at, updated_at, expires_at)
                select gen_random_uuid(), md5('person' || p)::uuid, 'other_' || c, '"value ' || c || '"', 'normal',
                       now(), now(), null
                from generate_series(1, :people) p, generate_series(11, :facts) c
                """).param("people", PEOPLE).param("facts", FACTS_EACH).update();
        sealValues();
        jdbc.sql("insert into memory_setting (owner_id, enabled, updated_at)"
                + " select md5('person' || p)::uuid, false, now() from generate_series(1, :people, 10) p")
                .param("people", PEOPLE).update();
        jdbc.sql("analyze").update();
        long loadMillis = (System.nanoTime() - loadStart) / 1_000_000;
        long rows = jdbc.sql("select count(*) from memory_fact").query(Long.class).single();
        String plan = String.join("\n", jdbc.sql("""
                explain analyze select s.enabled, p.conversation_id is not null, q.kind, f.category, f.value
                from (select 1) one
                left join memory_setting s on s.owner_id = md5('person7')::uuid
                left join memory_private_conversation p on p.conversation_id = gen_random_uuid()
                left join memory_question q on q.conversation_id = gen_random_uuid()
                left join memory_fact f on f.owner_id = md5('person7')::uuid
                      and (f.expires_at is null or f.expires_at > now()) and coalesce(s.enabled, true)
                      and p.conversation_id is null
                """).query(String.class).list());

        List<UUID> owners = jdbc.sql("select md5('person' || p)::uuid from generate_series(1, :people) p")
                .param("people", PEOPLE).query(UUID.class).list();
        Random random = new Random(42);
        int withFacts = 0;
        for (int i = 0; i < WARMUP; i++) {
            withFacts += read(owners.get(random.nextInt(PEOPLE))) > 0 ? 1 : 0;
        }
        List<Long> nanos = new ArrayList<>(READS);
        for (int i = 0; i < READS; i++) {
            UUID owner = owners.get(random.nextInt(PEOPLE));
            long start = System.nanoTime();
            withFacts += read(owner) > 0 ? 1 : 0;
            nanos.add(System.nanoTime() - start);
        }
        Collections.sort(nanos);
        assertThat(rows).isEqualTo((long) PEOPLE * FACTS_EACH);
        assertThat(withFacts).isGreaterThan(READS / 2);

        String report = String.format(Locale.ROOT, """
                # Memory read per turn

                %,d people x %d facts = %,d rows (one in ten with memory off); loaded in %,d ms.
                %,d reads after %,d warm-up reads, one thread, random people. Load average while it ran: %s.

                | p50 | p95 | p99 | max |
                |---|---|---|---|
                | %.2f ms | %.2f ms | %.2f ms | %.2f ms |

                Query plan for one read:

                ```
                %s
                ```
                """, PEOPLE, FACTS_EACH, rows, loadMillis, READS, WARMUP,
                Files.readString(Path.of("/proc/loadavg")).strip(), ms(pct(nanos, 50)), ms(pct(nanos, 95)),
                ms(pct(nanos, 99)), ms(nanos.get(nanos.size() - 1)), plan);
        Path out = Path.of("target/benchmarks/memory.md");
        Files.createDirectories(out.getParent());
        Files.writeString(out, report);
        System.out.println(report);
    }

    /** One turn's memory read, as the turn loop does it: open the session and take the facts to lay over. */
    private int read(UUID owner) {
        TurnMemory.Session session = memory.open(new ToolContext(new ConversationId(UUID.randomUUID()),
                new OwnerId(owner), List.of()), UUID.randomUUID());
        return session.facts().size();
    }

    private static long pct(List<Long> sorted, int percentile) {
        int index = (int) Math.ceil(percentile / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(0, Math.min(sorted.size() - 1, index)));
    }

    private static double ms(long nanos) {
        return nanos / 1_000_000.0;
    }
}
