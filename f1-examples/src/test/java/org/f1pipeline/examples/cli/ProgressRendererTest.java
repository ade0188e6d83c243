package org.f1pipeline.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.f1pipeline.backfill.BackfillProgress;
import org.f1pipeline.backfill.BackfillSkip;
import org.f1pipeline.domain.RaceKey;
import org.f1pipeline.job.Job;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The progress display: a bar redrawn in place on a terminal, plain periodic lines otherwise. */
class ProgressRendererTest {

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();
    private final AtomicLong nanos = new AtomicLong();

    private ProgressRenderer renderer(boolean terminal) {
        CliContext ctx = CliContext.of(new PrintWriter(out, true), new PrintWriter(err, true), Map.of(), Path.of("."))
                .withTerminal(terminal);
        return new ProgressRenderer(ctx, "backfill 2024-2024", false, Duration.ofSeconds(10), nanos::get);
    }

    private static BackfillProgress progress(int done, int total, long seconds) {
        return new BackfillProgress(2024, RaceKey.of(2024, Math.max(1, done)), done, total, done * 9L, 2, 1, 0,
                Duration.ofSeconds(seconds), done == 0 ? null : Duration.ofSeconds(seconds * (total - done) / done));
    }

    @Test
    @DisplayName("terminal: one line redrawn with carriage returns, skip lines above it, a newline at the end")
    void bar() {
        try (ProgressRenderer r = renderer(true)) {
            r.onProgress(progress(0, 24, 0));
            r.onProgress(progress(6, 24, 3));
            r.onSkip(new BackfillSkip(Job.INGEST_RACE, 2024, RaceKey.of(2024, 7), "HTTP 503", null));
            r.onProgress(progress(12, 24, 6));
        }
        String drawn = err.toString();
        assertThat(drawn).contains("\r[====>           ] 6/24 rounds | 54 req 2 thr 1 rtry 0 skip | 0:03 ETA 0:09")
                .contains("\r[========>       ] 12/24 rounds").contains("\u001b[K").endsWith("\n");
        assertThat(drawn.chars().filter(c -> c == '\n').count()).isEqualTo(1);
        assertThat(out.toString()).isEqualTo("[SKIP] ingest_race 2024-07: HTTP 503\n");
    }

    @Test
    @DisplayName("the bar never exceeds 79 columns, so it never wraps on an 80-column terminal")
    void width() {
        BackfillProgress huge = new BackfillProgress(2025, null, 1999, 2000, 123_456_789L, 99_999, 99_999, 999,
                Duration.ofHours(99), Duration.ofHours(99));
        assertThat(ProgressRenderer.bar(huge)).hasSizeLessThanOrEqualTo(79)
                .contains("1999/2000 rounds").contains("123456789 req").endsWith("ETA 99:00:00");
        assertThat(ProgressRenderer.bar(progress(24, 24, 60))).startsWith("[================] 24/24")
                .endsWith("ETA 0:00");
    }

    @Test
    @DisplayName("not a terminal: plain lines at most every interval, plus the last state on close")
    void plainLines() {
        try (ProgressRenderer r = renderer(false)) {
            r.onProgress(progress(0, 24, 0));
            nanos.set(Duration.ofSeconds(5).toNanos());
            r.onProgress(progress(4, 24, 5));
            nanos.set(Duration.ofSeconds(11).toNanos());
            r.onProgress(progress(8, 24, 11));
            nanos.set(Duration.ofSeconds(12).toNanos());
            r.onProgress(progress(9, 24, 12));
        }
        assertThat(err.toString().lines()).containsExactly(
                "backfill 2024-2024: 0/24 rounds (0%), 0 requests, 2 throttled, 1 retries, 0 skipped, elapsed 0:00",
                "backfill 2024-2024: 8/24 rounds (33%), 72 requests, 2 throttled, 1 retries, 0 skipped, elapsed"
                        + " 0:11, ETA 0:22",
                "backfill 2024-2024: 9/24 rounds (38%), 81 requests, 2 throttled, 1 retries, 0 skipped, elapsed"
                        + " 0:12, ETA 0:20");
        assertThat(err.toString()).doesNotContain("\r");
    }
}
