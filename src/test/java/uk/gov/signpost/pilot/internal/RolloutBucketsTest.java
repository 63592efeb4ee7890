package uk.gov.signpost.pilot.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Random;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import uk.gov.signpost.pilot.Cohort;

class RolloutBucketsTest {

    private final Cohort a = new Cohort("a_cohort", "remote", null, true, 10);
    private final Cohort b = new Cohort("b_cohort", "offline", null, true, 20);

    @Test
    void a_persons_bucket_is_the_same_every_time_it_is_worked_out() {
        UUID owner = UUID.fromString("6f1c1f7e-3d2b-4b8e-9a57-0c7e3f1d2a10");
        assertThat(RolloutBuckets.bucket(owner)).isEqualTo(RolloutBuckets.bucket(owner)).isBetween(0, 99);
    }

    @Test
    void cohorts_take_consecutive_buckets_in_name_order_and_the_rest_are_in_none() {
        List<Cohort> cohorts = List.of(b, a);
        assertThat(RolloutBuckets.cohortFor(0, cohorts)).contains(a);
        assertThat(RolloutBuckets.cohortFor(9, cohorts)).contains(a);
        assertThat(RolloutBuckets.cohortFor(10, cohorts)).contains(b);
        assertThat(RolloutBuckets.cohortFor(29, cohorts)).contains(b);
        assertThat(RolloutBuckets.cohortFor(30, cohorts)).isEmpty();
    }

    @Test
    void over_many_people_each_cohort_gets_close_to_its_share() {
        Random random = new Random(20261129L);
        int[] counts = new int[3];
        int people = 20_000;
        for (int i = 0; i < people; i++) {
            UUID owner = new UUID(random.nextLong(), random.nextLong());
            String cohort = RolloutBuckets.cohortFor(RolloutBuckets.bucket(owner), List.of(a, b))
                    .map(Cohort::name).orElse("none");
            counts[switch (cohort) {
                case "a_cohort" -> 0;
                case "b_cohort" -> 1;
                default -> 2;
            }]++;
        }
        assertThat(counts[0] / (double) people).isBetween(0.09, 0.11);
        assertThat(counts[1] / (double) people).isBetween(0.19, 0.21);
        assertThat(counts[2] / (double) people).isBetween(0.68, 0.72);
    }

    @Test
    void invitation_codes_match_without_regard_to_case_or_spaces() {
        assertThat(RolloutBuckets.codeHash(" pilot 123 ")).isEqualTo(RolloutBuckets.codeHash("PILOT123"));
        assertThat(RolloutBuckets.codeHash("PILOT124")).isNotEqualTo(RolloutBuckets.codeHash("PILOT123"));
    }
}
