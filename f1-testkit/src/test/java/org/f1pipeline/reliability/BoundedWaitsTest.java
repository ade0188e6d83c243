package org.f1pipeline.reliability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.nio.file.Path;
import java.time.Duration;
import org.f1pipeline.F1Pipeline;
import org.f1pipeline.fetch.FetchException;
import org.f1pipeline.fetch.RateLimitConfig;
import org.f1pipeline.fetch.RetryAfterTooLongException;
import org.f1pipeline.fetch.SourceConfig;
import org.f1pipeline.job.Job;
import org.f1pipeline.job.JobParams;
import org.f1pipeline.job.JobReport;
import org.f1pipeline.testkit.fake.FakeF1Api;
import org.f1pipeline.testkit.fake.FakeF1Options;
import org.f1pipeline.testkit.fault.FaultProxy;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 10 point 4: every wait is bounded. Before the change one 429 with {@code Retry-After: 400} paused the whole
 * host for 407 s (the cap of 5 minutes was applied to the retry only, not to the limiter's pause), and a body that
 * stalled after the headers hung the run forever. Waits for rate limits and backoff run on fake time here, so the
 * sleeps are measured exactly; body deadlines are real (short) network timeouts.
 */
@DisplayName("Bounded waits")
class BoundedWaitsTest {

    private static final String SCHEDULE_2019 = "/ergast/f1/2019\\.json";
    private static final String SCHEDULE_2018 = "/ergast/f1/2018\\.json";

    private static FakeF1Api fake;
    private static FaultProxy proxy;

    @TempDir
    Path cacheDir;
    private Faults faults;

    @BeforeAll
    static void start() {
        fake = FakeF1Api.start(FakeF1Options.demo());
        proxy = FaultProxy.start(fake.baseUrl());
    }

    @AfterAll
    static void stop() {
        proxy.close();
        fake.close();
    }

    @BeforeEach
    void setUp() {
        proxy.clearLog();
        // Jolpica's real default limits (4/s and 500/h): the limiter's own pause after a 429 is part of the test.
        faults = new Faults(fake, proxy, cacheDir, b -> b.source(SourceConfig.jolpica()
                .withBaseUrl(java.net.URI.create(proxy.url(fake.jolpicaBaseUrl()) + "/"))
                .withRateLimit(RateLimitConfig.jolpica())));
    }

    @Test
    @DisplayName("a Retry-After above the cap fails the request at once, and nothing waits beyond the cap")
    void retryAfterAboveTheCapFailsAtOnce() {
        proxy.retryAfter(SCHEDULE_2019, 1, Duration.ofSeconds(400));
        try (F1Pipeline p = faults.pipeline()) {
            assertThatThrownBy(() -> p.runJob(Job.SYNC_SCHEDULE, JobParams.year(2019)))
                    .isInstanceOf(RetryAfterTooLongException.class)
                    .hasMessageContaining("server asked to wait 400 s, above the cap of 300 s");
            // Until the server's wait is over, the host's other requests fail the same way without being sent.
            assertThatThrownBy(() -> p.runJob(Job.SYNC_SCHEDULE, JobParams.year(2018)))
                    .isInstanceOf(RetryAfterTooLongException.class).hasMessageContaining("not sent");
            assertThat(proxy.count(SCHEDULE_2018)).isZero();
            assertThat(faults.time.sleeper().total()).isLessThanOrEqualTo(Duration.ofSeconds(300));
            faults.time.advance(Duration.ofSeconds(401));
            JobReport later = p.runJob(Job.SYNC_SCHEDULE, JobParams.year(2018));
            assertThat(later.requests()).isEqualTo(1);
        }
        assertThat(proxy.count(SCHEDULE_2019)).isEqualTo(1);
    }

    @Test
    @DisplayName("a Retry-After within the cap is honoured once, per request: the wait is exactly what was asked")
    void retryAfterWithinTheCapIsHonoured() {
        proxy.retryAfter(SCHEDULE_2019, 1, Duration.ofSeconds(120));
        try (F1Pipeline p = faults.pipeline()) {
            JobReport report = p.runJob(Job.SYNC_SCHEDULE, JobParams.year(2019));
            assertThat(report.requests()).isEqualTo(2);
        }
        Duration waited = faults.time.sleeper().total();
        assertThat(waited).isBetween(Duration.ofSeconds(120), Duration.ofSeconds(121));
        assertThat(proxy.count(SCHEDULE_2019)).isEqualTo(2);
    }

    @Test
    @DisplayName("a body that stalls after the headers fails each attempt after the read timeout, never hangs")
    void stalledBodyTimesOut() {
        proxy.stallBody(SCHEDULE_2019, 3, 40);
        long t0 = System.nanoTime();
        assertTimeoutPreemptively(Duration.ofSeconds(60), () -> {
            try (F1Pipeline p = faults.pipeline()) {
                assertThatThrownBy(() -> p.runJob(Job.SYNC_SCHEDULE, JobParams.year(2019)))
                        .isInstanceOf(FetchException.class)
                        .hasMessageContaining("body stalled: no data for 0.3 s (read timeout)")
                        .hasMessageContaining("3 attempts");
            }
        });
        assertThat(Duration.ofNanos(System.nanoTime() - t0)).isLessThan(Duration.ofSeconds(30));
        assertThat(proxy.count(SCHEDULE_2019)).isEqualTo(3);
    }

    @Test
    @DisplayName("a body that trickles in forever fails at the total deadline, although no read is ever idle long")
    void tricklingBodyHitsTheTotalDeadline() {
        faults = new Faults(fake, proxy, cacheDir, b -> b.readTimeout(Duration.ofMillis(500))
                .totalTimeout(Duration.ofMillis(800)).retryAttempts(1));
        proxy.trickle(SCHEDULE_2019, 1, Duration.ofMillis(20));
        assertTimeoutPreemptively(Duration.ofSeconds(60), () -> {
            try (F1Pipeline p = faults.pipeline()) {
                assertThatThrownBy(() -> p.runJob(Job.SYNC_SCHEDULE, JobParams.year(2019)))
                        .isInstanceOf(FetchException.class)
                        .hasMessageContaining("body not complete within the total timeout of 0.8 s");
            }
        });
    }
}
