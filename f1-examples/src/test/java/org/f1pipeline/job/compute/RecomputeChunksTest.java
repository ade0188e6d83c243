package org.f1pipeline.job.compute;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;
import org.f1pipeline.examples.bench.ModelBenchmarkData;
import org.f1pipeline.model.ModelEngine;
import org.f1pipeline.recompute.ModelRecompute;
import org.f1pipeline.recompute.RecomputeSummary;
import org.f1pipeline.storage.Storage;
import org.f1pipeline.storage.memory.InMemoryStorage;
import org.f1pipeline.storage.sqlite.SqliteStorage;
import org.f1pipeline.testkit.time.FakeClock;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A long recompute reads its span a few seasons at a time on the store thread and writes every few seasons (several
 * reads and writes interleaved in one transaction); it must store exactly what recomputing each season on its own
 * stores, on every storage.
 */
class RecomputeChunksTest {

    private static final int FIRST = 2012;
    private static final int LAST = 2024;
    private static final Instant NOW = Instant.parse("2025-01-15T10:00:00Z");

    @TempDir
    Path dir;

    @Test
    @DisplayName("recomputing 13 seasons in one call stores what 13 one-season recomputes store (in-memory, SQLite)")
    void oneCallEqualsSeasonBySeason() {
        try (Storage whole = new InMemoryStorage(); Storage bySeason = new InMemoryStorage();
             Storage sqlite = SqliteStorage.open(dir.resolve("chunks.db"))) {
            compareOn(bySeason, whole, sqlite);
        }
    }

    @Test
    @DisplayName("and on PostgreSQL (skipped without a server, failing on CI)")
    void onPostgres() {
        TestPostgres.requireReachable();
        String schema = TestPostgres.newSchema();
        try (Storage whole = TestPostgres.open(schema); Storage bySeason = new InMemoryStorage()) {
            compareOn(bySeason, whole);
        } finally {
            TestPostgres.drop(schema);
        }
    }

    private static void compareOn(Storage bySeason, Storage... wholes) {
        new ModelBenchmarkData().load(bySeason, FIRST, LAST);
        ModelEngine engine = ModelEngine.ofDefaults();
        int events = 0;
        for (int year = FIRST; year <= LAST; year++) {
            events += ModelRecompute.recompute(bySeason, engine, year, year, new FakeClock(NOW)).events();
        }
        Map<String, Object> expected = ComputedSnapshot.of(bySeason, FIRST, LAST);
        for (Storage whole : wholes) {
            new ModelBenchmarkData().load(whole, FIRST, LAST);
            RecomputeSummary summary = ModelRecompute.recompute(whole, engine, FIRST, LAST, new FakeClock(NOW));

            assertThat(summary.seasons()).isEqualTo(LAST - FIRST + 1);
            assertThat(summary.events()).isEqualTo(events).isGreaterThan(250);
            // More rows than one write takes, so the writes were several, interleaved with the reads.
            assertThat(summary.rowsWritten().get("features") + summary.rowsWritten().get("prediction_drivers"))
                    .isGreaterThan(3 * 3_000);
            assertThat(ComputedSnapshot.of(whole, FIRST, LAST)).containsExactlyEntriesOf(expected);
        }
    }
}
