package org.f1pipeline.job.compute;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.f1pipeline.domain.Race;
import org.f1pipeline.domain.RaceType;
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
        Map<String, Object> expected = snapshot(bySeason);
        for (Storage whole : wholes) {
            new ModelBenchmarkData().load(whole, FIRST, LAST);
            RecomputeSummary summary = ModelRecompute.recompute(whole, engine, FIRST, LAST, new FakeClock(NOW));

            assertThat(summary.seasons()).isEqualTo(LAST - FIRST + 1);
            assertThat(summary.events()).isEqualTo(events).isGreaterThan(250);
            // More rows than one write takes, so the writes were several, interleaved with the reads.
            assertThat(summary.rowsWritten().get("features") + summary.rowsWritten().get("prediction_drivers"))
                    .isGreaterThan(3 * 3_000);
            assertThat(snapshot(whole)).containsExactlyEntriesOf(expected);
        }
    }

    /** Statistics per season, and every event's features and latest prediction. */
    private static Map<String, Object> snapshot(Storage storage) {
        Map<String, Object> out = new LinkedHashMap<>();
        for (int year = FIRST; year <= LAST; year++) {
            out.put(year + " driver stats", storage.stats().driverStats(year));
            out.put(year + " team stats", storage.stats().teamStats(year));
            for (Race race : storage.races().races(year)) {
                for (RaceType type : race.isSprintWeekend() ? List.of(RaceType.SPRINT, RaceType.GRAND_PRIX)
                        : List.of(RaceType.GRAND_PRIX)) {
                    String model = ModelEngine.ofDefaults().model(type).version();
                    out.put(race.key() + " " + type + " features",
                            storage.features().features(race.key(), type, model));
                    out.put(race.key() + " " + type + " prediction",
                            storage.predictions().latest(race.key(), type).orElse(null));
                }
            }
        }
        return out;
    }
}
