package org.f1pipeline.reliability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import org.f1pipeline.F1Exception;
import org.f1pipeline.F1Pipeline;
import org.f1pipeline.fetch.HttpStatusException;
import org.f1pipeline.fetch.RateLimitConfig;
import org.f1pipeline.fetch.RetryPolicy;
import org.f1pipeline.fetch.SourceConfig;
import org.f1pipeline.job.FailureLine;
import org.f1pipeline.job.Job;
import org.f1pipeline.job.JobParams;
import org.f1pipeline.job.JobReport;
import org.f1pipeline.storage.Storage;
import org.f1pipeline.storage.Storages;
import org.f1pipeline.testkit.fake.FakeApi;
import org.f1pipeline.testkit.fake.FakeF1Api;
import org.f1pipeline.testkit.fake.FakeF1Options;
import org.f1pipeline.testkit.fault.FaultProxy;
import org.f1pipeline.testkit.synthetic.SyntheticHistory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.event.Level;

/**
 * Issue 10 point 8. Before the change: OpenF1's "too big" answer was retried 5 times before the per-session
 * fallback; a job report counted fetch calls, not requests (9 counted when 21 were sent); "Giving up" was logged
 * at ERROR for a job that then succeeded, and its message said "1 attempt" after 5; a password in a mirror's base
 * URL appeared in messages and logs.
 */
@DisplayName("Smaller fixes: too-big answers, request counts, log levels, redaction")
class SmallerFixesTest {

    /** The fake refuses (HTML 500) any OpenF1 query that would return more rows: a weekend's laps, not a session's. */
    private static final int MAX_ROWS = 1500;
    private static final int ROUND = 5;

    private static FakeF1Api fake;
    private static FaultProxy proxy;

    @TempDir
    Path cacheDir;

    @BeforeAll
    static void start() {
        fake = FakeF1Api.start(FakeF1Options.builder().asOf(SyntheticHistory.DEMO_TODAY).openF1MaxRows(MAX_ROWS)
                .build());
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
        fake.faults().reset();
    }

    private Faults faults(int attempts) {
        return new Faults(fake, proxy, cacheDir, b -> b.retry(RetryPolicy.ofDefaults().toBuilder()
                .maxAttempts(attempts).build()));
    }

    @Test
    @DisplayName("a too-big OpenF1 weekend query goes straight to the per-session queries, and the report counts"
            + " every request sent")
    void tooBigGoesStraightToTheFinerQuery() {
        Faults f = faults(RetryPolicy.DEFAULT_MAX_ATTEMPTS);
        Storage storage = Storages.inMemory();
        int mark = RecordingLogs.mark();
        try (F1Pipeline p = f.pipeline(storage)) {
            p.runJob(Job.SYNC_SCHEDULE, JobParams.year(2024));
            p.runJob(Job.SYNC_SEASON, JobParams.year(2024));
            proxy.clearLog();
            JobReport report = p.runJob(Job.INGEST_QUALIFYING, JobParams.round(2024, ROUND));

            assertThat(proxy.count("/v1/laps\\?meeting_key=")).as("weekend laps query, not retried").isEqualTo(1);
            assertThat(proxy.count("/v1/laps\\?session_key=")).as("one per session instead").isPositive();
            assertThat(report.requests()).as("every request sent").isEqualTo(proxy.seen().size());
        }
        assertThat(RecordingLogs.since(mark)).noneMatch(l -> l.level() == Level.ERROR);
    }

    @Test
    @DisplayName("a fetch that succeeds after retries is counted with its retries and logs no ERROR")
    void retriesAreCountedAndNotLoggedAsErrors() {
        Faults f = faults(RetryPolicy.DEFAULT_MAX_ATTEMPTS);
        fake.faults().serverErrors(FakeApi.JOLPICA, 2, 503);
        int mark = RecordingLogs.mark();
        JobReport report;
        try (F1Pipeline p = f.pipeline()) {
            report = p.runJob(Job.SYNC_SCHEDULE, JobParams.year(2017));
        }
        assertThat(proxy.count("/ergast/f1/2017\\.json")).isEqualTo(3);
        assertThat(report.requests()).isEqualTo(3);
        assertThat(RecordingLogs.since(mark)).noneMatch(l -> l.level() == Level.ERROR)
                .anyMatch(l -> l.message().contains("Server error for schedule (503)"));
    }

    @Test
    @DisplayName("giving up is a warning whose message reports the real number of attempts")
    void givingUpReportsTheRealAttemptCount() {
        Faults f = faults(3);
        fake.faults().serverErrors(FakeApi.JOLPICA, 3, 503);
        int mark = RecordingLogs.mark();
        try (F1Pipeline p = f.pipeline()) {
            assertThatThrownBy(() -> p.runJob(Job.SYNC_SCHEDULE, JobParams.year(2016)))
                    .isInstanceOf(HttpStatusException.class).hasMessageContaining("(status 503, 3 attempts)");
        }
        List<RecordingLogs.Line> lines = RecordingLogs.since(mark);
        assertThat(lines).filteredOn(l -> l.message().startsWith("Giving up on schedule after 3 attempts"))
                .singleElement().satisfies(l -> {
                    assertThat(l.level()).isEqualTo(Level.WARN);
                    assertThat(l.message()).contains("(status 503, 3 attempts)").doesNotContain("1 attempt)");
                });
    }

    @Test
    @DisplayName("credentials in a base URL are sent as Basic authentication and redacted in every message")
    void credentialsAreRedacted() {
        String secret = "s3cret-pass";
        String base = proxy.url(fake.jolpicaBaseUrl()).replace("http://", "http://f1user:" + secret + "@");
        Faults f = new Faults(fake, proxy, cacheDir, b -> b.retryAttempts(2).source(SourceConfig.jolpica()
                .withBaseUrl(URI.create(base + "/")).withRateLimit(RateLimitConfig.unlimited())));
        proxy.retryAfter("/ergast/f1/2015\\.json", 1, Duration.ofSeconds(900));
        proxy.replaceBody("/ergast/f1/2014\\.json", 1, "{\"MRData\":{}}");
        fake.faults().inject(FakeApi.JOLPICA, "/ergast/f1/2013\\.json", 2, org.f1pipeline.testkit.fake.FaultKind
                .SERVER_ERROR, 503);
        int mark = RecordingLogs.mark();
        List<String> messages = new java.util.ArrayList<>();
        try (F1Pipeline p = f.pipeline()) {
            for (int year : new int[] {2015, 2014, 2013}) {
                F1Exception e = (F1Exception) org.assertj.core.api.Assertions.catchThrowable(
                        () -> p.runJob(Job.SYNC_SCHEDULE, JobParams.year(year)));
                assertThat(e).as("year " + year).isNotNull();
                messages.add(e.getMessage());
                messages.add(FailureLine.of(Job.SYNC_SCHEDULE, JobParams.year(year), e));
                messages.add(String.valueOf(e.context()));
            }
        }
        RecordingLogs.since(mark).forEach(l -> messages.add(l.message()));
        assertThat(messages).hasSizeGreaterThan(9).noneMatch(m -> m.contains(secret))
                .anyMatch(m -> m.contains("http://f1user:***@127.0.0.1"));
        String basic = "Basic " + Base64.getEncoder().encodeToString(("f1user:" + secret)
                .getBytes(StandardCharsets.UTF_8));
        assertThat(proxy.seen()).isNotEmpty().allMatch(s -> basic.equals(s.authorization()));
    }
}
