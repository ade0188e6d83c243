package org.f1pipeline.job.compute;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Path;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import org.f1pipeline.F1Pipeline;
import org.f1pipeline.domain.DriverPrediction;
import org.f1pipeline.domain.Prediction;
import org.f1pipeline.domain.Race;
import org.f1pipeline.examples.bench.ModelBenchmarkData;
import org.f1pipeline.job.Job;
import org.f1pipeline.job.JobParams;
import org.f1pipeline.model.ModelEngine;
import org.f1pipeline.recompute.ModelRecompute;
import org.f1pipeline.recompute.RecomputeSummary;
import org.f1pipeline.storage.Storage;
import org.f1pipeline.storage.memory.InMemoryStorage;
import org.f1pipeline.storage.sqlite.SqliteStorage;
import org.f1pipeline.testkit.time.FakeClock;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * End to end on all three storages: load synthetic seasons, run compute_season_stats, then for every sprint and
 * grand prix the features and prediction jobs through {@link F1Pipeline}, and compare everything stored. The
 * load step is {@link #load}, one method, so that it can become "ingest from the fake servers" unchanged
 * otherwise. The storages are loaded and the jobs run once for the class; each test only reads what they stored.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ComputeAcrossStoragesTest {

    private static final int FIRST = 2023;
    private static final int LAST = 2024;
    /** Grand prix of 2023 and 2024, plus their sprints. */
    private static final int EVENTS = 22 + 24 + 6 + 6;
    private static final Instant NOW = Instant.parse("2025-01-15T10:00:00Z");

    @TempDir
    static Path dir;
    private final Map<String, Storage> storages = new LinkedHashMap<>();
    /** What the jobs stored, per storage. */
    private final Map<String, Map<String, Object>> byJobs = new LinkedHashMap<>();
    private String schema;

    /** The data the jobs run on: seasons {@value #FIRST}-{@value #LAST} of the synthetic history. */
    private static void load(Storage storage) {
        new ModelBenchmarkData().load(storage, FIRST, LAST);
    }

    @BeforeAll
    void loadAndRunJobs() {
        storages.put("in-memory", new InMemoryStorage());
        storages.put("sqlite", SqliteStorage.open(dir.resolve("e2e.db")));
        if (TestPostgres.reachable()) {
            // Without a server the other two are still compared; postgresqlTakesPart reports the skip (or fails on CI).
            schema = TestPostgres.newSchema();
            storages.put("postgresql", TestPostgres.open(schema));
        }
        storages.forEach((name, storage) -> {
            load(storage);
            runJobs(storage);
            byJobs.put(name, ComputedSnapshot.of(storage, FIRST, LAST));
        });
    }

    @AfterAll
    void closeAll() {
        storages.values().forEach(Storage::close);
        if (schema != null) {
            TestPostgres.drop(schema);
        }
    }

    @Test
    @DisplayName("stats, features and predictions are identical on in-memory, SQLite and PostgreSQL")
    void identicalAcrossStorages() {
        Map<String, Object> reference = byJobs.get("in-memory");
        assertThat(reference).hasSize(2 * 2 + 2 * EVENTS);
        checkPredictions(reference);
        assertThat(byJobs).containsKeys("in-memory", "sqlite");
        byJobs.forEach((name, snapshot) -> {
            assertThat(snapshot.keySet()).as(name).containsExactlyElementsOf(reference.keySet());
            snapshot.forEach((key, value) -> {
                if (value instanceof Prediction p) {
                    Prediction ref = (Prediction) reference.get(key);
                    assertThat(probabilities(p)).as(name + " " + key).containsExactlyEntriesOf(probabilities(ref));
                }
                assertThat(value).as(name + " " + key).isEqualTo(reference.get(key));
            });
        });
    }

    @Test
    @DisplayName("PostgreSQL takes part in the comparison (skipped without a server, failing on CI)")
    void postgresqlTakesPart() {
        TestPostgres.requireReachable();
        assertThat(byJobs).containsOnlyKeys("in-memory", "sqlite", "postgresql");
    }

    @Test
    @DisplayName("the full recompute stores what the jobs store, on every storage")
    void recomputeEqualsJobs() {
        Instant later = NOW.plusSeconds(60);
        storages.forEach((name, storage) -> {
            RecomputeSummary summary = ModelRecompute.recompute(storage, ModelEngine.ofDefaults(), FIRST, LAST,
                    new FakeClock(later));
            assertThat(summary.events()).as(name).isEqualTo(EVENTS);
            assertThat(summary.skipped()).as(name).isEmpty();
            Map<String, Object> jobs = byJobs.get(name);
            ComputedSnapshot.of(storage, FIRST, LAST).forEach((key, value) -> {
                if (value instanceof Prediction p) {
                    Prediction job = (Prediction) jobs.get(key);
                    assertThat(p.computedAt()).isEqualTo(later);
                    assertThat(p.asOf()).isEqualTo(job.asOf());
                    assertThat(p.drivers()).as(name + " " + key).isEqualTo(job.drivers());
                } else {
                    assertThat(value).as(name + " " + key).isEqualTo(jobs.get(key));
                }
            });
        });
    }

    private static void runJobs(Storage storage) {
        F1Pipeline pipeline = F1Pipeline.builder().storage(storage).clock(new FakeClock(NOW)).build();
        for (int year = FIRST; year <= LAST; year++) {
            pipeline.runJob(Job.COMPUTE_SEASON_STATS, JobParams.year(year));
            for (Race race : storage.races().races(year)) {
                if (race.isSprintWeekend()) {
                    pipeline.runJob(Job.COMPUTE_SPRINT_FEATURES, JobParams.race(race.key()));
                    pipeline.runJob(Job.COMPUTE_SPRINT_PREDICTIONS, JobParams.race(race.key()));
                }
                pipeline.runJob(Job.COMPUTE_FEATURES, JobParams.race(race.key()));
                pipeline.runJob(Job.COMPUTE_PREDICTIONS, JobParams.race(race.key()));
            }
        }
    }

    private static Map<String, Double> probabilities(Prediction p) {
        Map<String, Double> out = new LinkedHashMap<>();
        p.drivers().forEach(d -> out.put(d.driver().value(), d.probability()));
        return out;
    }

    private static void checkPredictions(Map<String, Object> snapshot) {
        snapshot.values().stream().filter(Prediction.class::isInstance).map(Prediction.class::cast).forEach(p -> {
            assertThat(p.drivers()).hasSizeBetween(20, 22);
            assertThat(p.drivers().stream().mapToDouble(DriverPrediction::probability).sum()).isCloseTo(1.0,
                    within(1e-9));
        });
    }
}
