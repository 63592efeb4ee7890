package uk.gov.signpost.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.locks.LockSupport;
import org.junit.jupiter.api.Test;

class ProviderTimeTest {

    @Test
    void adds_up_the_adapter_time_of_every_call_made_while_the_scope_is_open() {
        long inAdapters;
        try (ProviderTime.Scope scope = ProviderTime.open()) {
            ProviderTime.measure(() -> pause(2_000_000));
            ProviderTime.measure(() -> pause(1_000_000));
            inAdapters = scope.nanosOr(-1);
        }
        assertThat(inAdapters).isGreaterThanOrEqualTo(3_000_000);
    }

    @Test
    void when_no_adapter_measured_itself_the_whole_call_counts() {
        try (ProviderTime.Scope scope = ProviderTime.open()) {
            assertThat(scope.nanosOr(42)).isEqualTo(42);
        }
    }

    @Test
    void an_inner_scope_keeps_its_calls_to_itself_and_closing_it_restores_the_outer_one() {
        try (ProviderTime.Scope outer = ProviderTime.open()) {
            try (ProviderTime.Scope inner = ProviderTime.open()) {
                ProviderTime.measure(() -> pause(1_000_000));
                assertThat(inner.nanosOr(-1)).isGreaterThanOrEqualTo(1_000_000);
            }
            assertThat(outer.nanosOr(-1)).isEqualTo(-1);
            ProviderTime.measure(() -> pause(1_000));
            assertThat(outer.nanosOr(-1)).isGreaterThanOrEqualTo(1_000);
        }
        assertThat(ProviderTime.measure(() -> "no scope, nobody counts")).isEqualTo("no scope, nobody counts");
    }

    private static String pause(long nanos) {
        long until = System.nanoTime() + nanos;
        while (System.nanoTime() < until) {
            LockSupport.parkNanos(until - System.nanoTime());
        }
        return "done";
    }
}
