package org.f1pipeline.job.compute;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import org.f1pipeline.F1Pipeline;
import org.f1pipeline.PipelineConfig;
import org.f1pipeline.backfill.BackfillListener;
import org.f1pipeline.backfill.BackfillOptions;
import org.f1pipeline.backfill.BackfillReport;
import org.f1pipeline.domain.DriverPrediction;
import org.f1pipeline.domain.Prediction;
import org.f1pipeline.domain.Race;
import org.f1pipeline.domain.RaceType;
import org.f1pipeline.fetch.FetchConfig;
import org.f1pipeline.fetch.RateLimitConfig;
import org.f1pipeline.fetch.SourceConfig;
import org.f1pipeline.storage.Storage;
import org.f1pipeline.storage.Storages;
import org.f1pipeline.storage.sqlite.SqliteStorage;
import org.f1pipeline.testkit.fake.FakeF1Api;
import org.f1pipeline.testkit.fake.FakeF1Options;
import org.f1pipeline.testkit.time.FakeSleeper;
import org.f1pipeline.testkit.time.FakeTicker;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.assertj.core.data.Offset;

/**
 * The whole chain, from HTTP to probabilities: one synthetic 2024 season is ingested from the fake Jolpica and OpenF1
 * servers, then season stats, features and predictions are computed for every grand prix and sprint (the backfill
 * runs every job in order), on the in-memory storage, SQLite and PostgreSQL. The three databases must hold exactly
 * the same predictions.
 */
class IngestToPredictionAcrossStoragesTest {

    private static final int YEAR = 2024;
    private static final Instant NOW = Instant.parse("2025-01-15T12:00:00Z");

    private static FakeF1Api fake;

    @TempDir
    Path dir;

    @BeforeAll
    static void startFakes() {
        fake = FakeF1Api.start(FakeF1Options.ofDefaults());
    }

    @AfterAll
    static void stopFakes() {
        fake.close();
    }

    @Test
    @DisplayName("ingest -> stats -> features -> predictions gives identical probabilities on all three storages")
    void identicalAcrossStorages() {
        TestPostgres.requireReachable();
        String schema = TestPostgres.newSchema();
        Map<String, Double> memory;
        Map<String, Double> sqlite;
        Map<String, Double> postgres;
        try (Storage storage = Storages.inMemory()) {
            memory = ingestAndPredict(storage);
        }
        try (Storage storage = SqliteStorage.open(dir.resolve("e2e.db"))) {
            sqlite = ingestAndPredict(storage);
        }
        try (Storage storage = TestPostgres.open(schema)) {
            postgres = ingestAndPredict(storage);
        } finally {
            TestPostgres.drop(schema);
        }

        // 24 grand prix and 6 sprints, 20 drivers each.
        assertThat(memory.keySet().stream().filter(k -> k.contains("GRAND_PRIX")).count()).isEqualTo(24 * 20);
        assertThat(memory.keySet().stream().filter(k -> k.contains("SPRINT")).count()).isEqualTo(6 * 20);
        assertThat(sqlite).isEqualTo(memory);
        assertThat(postgres).isEqualTo(memory);
    }

    /** Backfills the season through the pipeline and returns every stored probability, by race, type and driver. */
    private Map<String, Double> ingestAndPredict(Storage storage) {
        try (F1Pipeline pipeline = pipeline(storage)) {
            BackfillReport report = pipeline.backfillFull(YEAR, YEAR, BackfillOptions.ofDefaults(), BackfillListener.NONE);
            assertThat(report.roundsCompleted()).isEqualTo(24);
            assertThat(report.skips()).isEmpty();
        }
        Map<String, Double> probabilities = new TreeMap<>();
        for (Race race : storage.races().races(YEAR)) {
            for (RaceType type : RaceType.values()) {
                storage.predictions().latest(race.key(), type).ifPresent(prediction -> {
                    assertThat(prediction.drivers().stream().mapToDouble(DriverPrediction::probability).sum())
                            .isCloseTo(1.0, Offset.offset(1e-9));
                    probabilities.putAll(lines(prediction));
                });
            }
        }
        return probabilities;
    }

    private static Map<String, Double> lines(Prediction prediction) {
        Map<String, Double> lines = new LinkedHashMap<>();
        for (DriverPrediction line : prediction.drivers()) {
            lines.put(prediction.race() + " " + prediction.type() + " " + line.driver(), line.probability());
        }
        return lines;
    }

    private static F1Pipeline pipeline(Storage storage) {
        FetchConfig fetch = FetchConfig.builder()
                .source(SourceConfig.jolpica().withBaseUrl(URI.create(fake.jolpicaBaseUrl() + "/"))
                        .withRateLimit(RateLimitConfig.unlimited()))
                .source(SourceConfig.openF1().withBaseUrl(URI.create(fake.openF1BaseUrl() + "/"))
                        .withRateLimit(RateLimitConfig.unlimited()))
                .source(SourceConfig.liveTiming().withBaseUrl(URI.create(fake.liveTimingBaseUrl() + "/"))
                        .withRateLimit(RateLimitConfig.unlimited()))
                .build();
        FakeTicker ticker = new FakeTicker();
        return F1Pipeline.builder().storage(storage).clock(Clock.fixed(NOW, ZoneOffset.UTC))
                .config(PipelineConfig.ofDefaults().toBuilder().fetch(fetch).build())
                .ticker(ticker).sleeper(new FakeSleeper(ticker, null)).build();
    }
}
