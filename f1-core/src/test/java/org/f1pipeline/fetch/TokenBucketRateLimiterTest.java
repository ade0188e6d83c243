package org.f1pipeline.fetch;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class TokenBucketRateLimiterTest {

    private final TestTime time = new TestTime();

    private RateLimiter limiter(RateLimitConfig config) {
        return RateLimiter.of("test", config, time.ticker, time.sleeper);
    }

    private static RateLimitConfig.Builder noMargin() {
        return RateLimitConfig.builder().margin(Duration.ZERO).adaptive(RateLimitConfig.Adaptive.disabled());
    }

    private List<Long> reserve(RateLimiter l, int n) {
        List<Long> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            out.add(time.millisSinceStart(l.reserveAt()));
        }
        return out;
    }

    /** Largest number of starts in any half-open interval [t, t + periodMillis). */
    private static int maxInAnyWindow(List<Long> sortedMillis, long periodMillis) {
        int max = 0;
        int lo = 0;
        for (int hi = 0; hi < sortedMillis.size(); hi++) {
            while (sortedMillis.get(hi) - sortedMillis.get(lo) >= periodMillis) {
                lo++;
            }
            max = Math.max(max, hi - lo + 1);
        }
        return max;
    }

    @Test
    @DisplayName("a single window admits its burst at once, then one permit per returned token")
    void singleWindowBurstThenSpacing() {
        RateLimiter l = limiter(noMargin().window(4, Duration.ofSeconds(1)).build());
        assertThat(reserve(l, 9)).containsExactly(0L, 0L, 0L, 0L, 1000L, 1000L, 1000L, 1000L, 2000L);
    }

    @Test
    @DisplayName("with two windows a request waits for the stricter one, and no window is ever exceeded")
    void multiWindowExactness() {
        RateLimiter l = limiter(noMargin().window(3, Duration.ofSeconds(1)).window(5, Duration.ofSeconds(10))
                .build());
        List<Long> starts = reserve(l, 12);
        // 3 at t=0, 2 at t=1 s (5 per 10 s used up), then the 10 s window paces: tokens return at 10 s and 11 s.
        assertThat(starts).containsExactly(0L, 0L, 0L, 1000L, 1000L, 10000L, 10000L, 10000L, 11000L, 11000L,
                20000L, 20000L);
        assertThat(maxInAnyWindow(starts, 1000)).isLessThanOrEqualTo(3);
        assertThat(maxInAnyWindow(starts, 10000)).isLessThanOrEqualTo(5);
    }

    @Test
    @DisplayName("N threads reserving at once never exceed any window and leave no idle gap")
    void concurrentReservationsNeverOverbook() throws Exception {
        RateLimiter l = limiter(noMargin().window(3, Duration.ofSeconds(1)).window(30, Duration.ofMinutes(1))
                .build());
        int threads = 8;
        int each = 40;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        CountDownLatch go = new CountDownLatch(1);
        List<Future<List<Long>>> futures = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            futures.add(pool.submit(() -> {
                go.await();
                List<Long> mine = new ArrayList<>();
                for (int i = 0; i < each; i++) {
                    mine.add(time.millisSinceStart(l.reserveAt()));
                    if (i % 7 == 0) {
                        time.advance(Duration.ofMillis(5)); // time moves while threads race
                    }
                }
                return mine;
            }));
        }
        go.countDown();
        List<Long> all = new ArrayList<>();
        for (Future<List<Long>> f : futures) {
            all.addAll(f.get(30, TimeUnit.SECONDS));
        }
        pool.shutdown();
        Collections.sort(all);
        assertThat(all).hasSize(threads * each);
        assertThat(maxInAnyWindow(all, 1000)).isLessThanOrEqualTo(3);
        assertThat(maxInAnyWindow(all, 60_000)).isLessThanOrEqualTo(30);
        // Exactly at the floor: 320 requests at 30 per minute end in the 11th minute.
        assertThat(all.get(all.size() - 1)).isBetween(10 * 60_000L, 10 * 60_000L + 10_000L);
    }

    @Test
    @DisplayName("acquire sleeps exactly until the reserved start through the injected sleeper")
    void acquireSleepsThroughSleeper() throws Exception {
        RateLimiter l = limiter(noMargin().window(2, Duration.ofSeconds(1)).build());
        assertThat(l.acquire()).isZero();
        assertThat(l.acquire()).isZero();
        assertThat(l.acquire()).isEqualTo(Duration.ofSeconds(1));
        assertThat(time.sleeps).containsExactly(Duration.ofSeconds(1));
    }

    @Test
    @DisplayName("minimum spacing (the guide's rate_limit_delay) and the margin stretch the schedule")
    void spacingAndMargin() {
        RateLimiter spaced = limiter(noMargin().minSpacing(Duration.ofMillis(250)).build());
        assertThat(reserve(spaced, 4)).containsExactly(0L, 250L, 500L, 750L);
        RateLimiter margined = limiter(noMargin().margin(Duration.ofMillis(100)).window(1, Duration.ofSeconds(1))
                .build());
        assertThat(reserve(margined, 3)).containsExactly(0L, 1100L, 2200L);
    }

    @Test
    @DisplayName("a 429 pauses everyone, halves the rate for the cooldown, then the rate climbs back linearly")
    void adaptiveSlowdownAndRecovery() {
        RateLimitConfig.Adaptive adaptive = new RateLimitConfig.Adaptive(true, 0.5, 0.125, Duration.ofSeconds(2),
                Duration.ofSeconds(10), Duration.ofSeconds(10));
        RateLimiter l = limiter(noMargin().minSpacing(Duration.ofMillis(100)).adaptive(adaptive).build());
        assertThat(reserve(l, 2)).containsExactly(0L, 100L);
        l.onThrottled(null);
        assertThat(l.rateFactor()).isEqualTo(0.5);
        // Paused 2 s, then spacing doubled to 200 ms.
        assertThat(reserve(l, 3)).containsExactly(2000L, 2200L, 2400L);
        time.advance(Duration.ofSeconds(15)); // half way through recovery
        assertThat(l.rateFactor()).isCloseTo(0.75, org.assertj.core.data.Offset.offset(1e-9));
        time.advance(Duration.ofSeconds(5)); // recovered
        assertThat(l.rateFactor()).isEqualTo(1.0);
        long now = time.millisSinceStart(time.ticker.nanoTime());
        assertThat(reserve(l, 2)).containsExactly(now, now + 100);
    }

    @Test
    @DisplayName("a burst of 429s counts once; a later one halves again, never below the minimum factor")
    void repeatedThrottlesDebounceAndFloor() {
        RateLimitConfig.Adaptive adaptive = new RateLimitConfig.Adaptive(true, 0.5, 0.25, Duration.ofSeconds(1),
                Duration.ofSeconds(60), Duration.ofSeconds(60));
        RateLimiter l = limiter(noMargin().adaptive(adaptive).build());
        l.onThrottled(null);
        l.onThrottled(null);
        l.onThrottled(null);
        assertThat(l.rateFactor()).isEqualTo(0.5);
        time.advance(Duration.ofSeconds(2));
        l.onThrottled(null);
        assertThat(l.rateFactor()).isEqualTo(0.25);
        time.advance(Duration.ofSeconds(2));
        l.onThrottled(null);
        assertThat(l.rateFactor()).isEqualTo(0.25);
    }

    @Test
    @DisplayName("a server's Retry-After pauses the host even with adaptive slowdown off")
    void retryAfterPausesWithoutAdaptive() {
        RateLimiter l = limiter(noMargin().window(10, Duration.ofSeconds(1)).build());
        l.onThrottled(Duration.ofSeconds(7));
        assertThat(l.rateFactor()).isEqualTo(1.0);
        assertThat(reserve(l, 2)).containsExactly(7000L, 7000L);
    }

    @Test
    @DisplayName("the unlimited limiter never waits")
    void unlimited() throws Exception {
        RateLimiter l = RateLimiter.unlimited();
        for (int i = 0; i < 1000; i++) {
            assertThat(l.acquire()).isZero();
        }
        l.onThrottled(Duration.ofSeconds(5));
        assertThat(l.acquire()).isZero();
        assertThat(limiter(RateLimitConfig.unlimited()).reserveAt()).isEqualTo(time.ticker.nanoTime());
    }

    @Test
    @DisplayName("two limiters sharing a state file never exceed a window together, and each waits its turn")
    void sharedStateFile(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) {
        RateLimitConfig config = noMargin().window(5, Duration.ofHours(1)).build();
        java.nio.file.Path state = dir.resolve("jolpica.limits");
        RateLimiter a = RateLimiter.shared("a", config, state, time.clock, time.ticker, time.sleeper);
        RateLimiter b = RateLimiter.shared("b", config, state, time.clock, time.ticker, time.sleeper);
        List<Long> starts = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            starts.add(time.millisSinceStart((i % 2 == 0 ? a : b).reserveAt()));
        }
        assertThat(starts).containsExactly(0L, 0L, 0L, 0L, 0L, 3_600_000L);
    }

    @Test
    @DisplayName("a corrupted state file, or one from a clock that jumped back, is ignored, not obeyed")
    void unusableStateFileIsIgnored(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) throws Exception {
        RateLimitConfig config = noMargin().window(2, Duration.ofHours(1)).build();
        java.nio.file.Path state = dir.resolve("x.limits");
        java.nio.file.Files.writeString(state, "garbage");
        RateLimiter l = RateLimiter.shared("x", config, state, time.clock, time.ticker, time.sleeper);
        assertThat(reserve(l, 2)).containsExactly(0L, 0L);
        time.now.updateAndGet(i -> i.minus(Duration.ofDays(1)));
        RateLimiter afterJump = RateLimiter.shared("x", config, state, time.clock, time.ticker, time.sleeper);
        assertThat(time.millisSinceStart(afterJump.reserveAt())).as("not a day's wait").isZero();
    }
}
