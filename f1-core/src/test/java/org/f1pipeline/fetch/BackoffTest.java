package org.f1pipeline.fetch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Random;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class BackoffTest {

    @Test
    @DisplayName("full jitter stays within [0, min(cap, base * 2^(n-1))] and uses the whole range")
    void fullJitterBounds() {
        Duration base = Duration.ofMillis(500);
        Duration cap = Duration.ofSeconds(8);
        Backoff backoff = Backoff.exponentialWithFullJitter(base, cap, new Random(42));
        for (int attempt = 1; attempt <= 12; attempt++) {
            long ceiling = Math.min(cap.toNanos(), base.toNanos() << Math.min(attempt - 1, 30));
            long sum = 0;
            long max = 0;
            for (int i = 0; i < 2000; i++) {
                long d = backoff.delay(attempt).toNanos();
                assertThat(d).isBetween(0L, ceiling);
                sum += d;
                max = Math.max(max, d);
            }
            double mean = (double) sum / 2000 / ceiling;
            assertThat(mean).as("mean / ceiling for attempt %d", attempt).isBetween(0.45, 0.55);
            assertThat(max).isGreaterThan(ceiling * 9 / 10);
        }
    }

    @Test
    @DisplayName("the same seed gives the same waits")
    void seededIsReproducible() {
        Backoff a = Backoff.exponentialWithFullJitter(Duration.ofSeconds(1), Duration.ofSeconds(30), new Random(7));
        Backoff b = Backoff.exponentialWithFullJitter(Duration.ofSeconds(1), Duration.ofSeconds(30), new Random(7));
        for (int i = 1; i <= 5; i++) {
            assertThat(a.delay(i)).isEqualTo(b.delay(i));
        }
    }

    @Test
    @DisplayName("plain exponential doubles up to the cap, even for huge attempt numbers")
    void exponentialCaps() {
        Backoff b = Backoff.exponential(Duration.ofSeconds(1), Duration.ofSeconds(10));
        assertThat(b.delay(1)).isEqualTo(Duration.ofSeconds(1));
        assertThat(b.delay(2)).isEqualTo(Duration.ofSeconds(2));
        assertThat(b.delay(4)).isEqualTo(Duration.ofSeconds(8));
        assertThat(b.delay(5)).isEqualTo(Duration.ofSeconds(10));
        assertThat(b.delay(99)).isEqualTo(Duration.ofSeconds(10));
        assertThat(Backoff.fixed(Duration.ofMillis(3)).delay(9)).isEqualTo(Duration.ofMillis(3));
    }

    @Test
    @DisplayName("bad arguments are refused with the parameter's name")
    void validation() {
        assertThatThrownBy(() -> Backoff.exponential(Duration.ZERO, Duration.ofSeconds(1)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("base");
        assertThatThrownBy(() -> Backoff.exponential(Duration.ofSeconds(1), Duration.ofSeconds(1)).delay(0))
                .hasMessageContaining("attempt");
        assertThatThrownBy(() -> Backoff.fixed(Duration.ofSeconds(-1))).hasMessageContaining("delay");
    }
}
