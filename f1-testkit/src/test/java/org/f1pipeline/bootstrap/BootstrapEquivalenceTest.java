package org.f1pipeline.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.f1pipeline.F1Pipeline;
import org.f1pipeline.PipelineConfig;
import org.f1pipeline.backfill.BackfillListener;
import org.f1pipeline.backfill.BackfillOptions;
import org.f1pipeline.backfill.BackfillReport;
import org.f1pipeline.fetch.CacheConfig;
import org.f1pipeline.fetch.FetchConfig;
import org.f1pipeline.fetch.RateLimitConfig;
import org.f1pipeline.fetch.SourceConfig;
import org.f1pipeline.storage.Storage;
import org.f1pipeline.storage.Storages;
import org.f1pipeline.testkit.fake.FakeF1Options;
import org.f1pipeline.testkit.fake.FakeF1Transport;
import org.f1pipeline.testkit.time.FakeSleeper;
import org.f1pipeline.testkit.time.FakeTicker;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.io.TempDir;

/**
 * The dump path gives the API path's database: the same synthetic seasons backfilled through the fake Jolpica (only
 * Jolpica: no OpenF1, no FP2, no compute jobs) and bootstrapped from the fake's dump of them, every table compared
 * row by row. Eras: the 1950s (shared drives, no qualifying table, constructors' standings from 1958), the mid-1990s
 * (qualifying from 1994, the grid standing in where a round has none, laps from 1996), 2011-2012 (pit stops, pit
 * in/out laps). From 2018 the API path takes laps and qualifying sectors from the live-timing archive, which a
 * Jolpica dump does not have: {@link #sprintEraJolpicaTables} compares the Jolpica tables of 2021-2022 (sprints).
 */
class BootstrapEquivalenceTest {

    static final Instant NOW = Instant.parse("2026-11-30T12:00:00Z");

    @TempDir
    Path dir;

    static F1Pipeline pipeline(FakeF1Transport fake, Storage storage, Path cache) {
        FetchConfig fetch = FetchConfig.builder()
                .cache(CacheConfig.at(cache))
                .source(SourceConfig.jolpica().withBaseUrl(URI.create(fake.jolpicaBaseUrl() + "/"))
                        .withRateLimit(RateLimitConfig.unlimited()))
                .source(SourceConfig.openF1().withBaseUrl(URI.create(fake.openF1BaseUrl() + "/"))
                        .withRateLimit(RateLimitConfig.unlimited()))
                .source(SourceConfig.liveTiming().withBaseUrl(URI.create(fake.liveTimingBaseUrl() + "/"))
                        .withRateLimit(RateLimitConfig.unlimited()))
                .build();
        FakeTicker ticker = new FakeTicker();
        return F1Pipeline.builder().storage(storage).clock(Clock.fixed(NOW, ZoneOffset.UTC))
                .config(PipelineConfig.ofDefaults().toBuilder().fetch(fetch).build()).transport(fake)
                .ticker(ticker).sleeper(new FakeSleeper(ticker, null)).build();
    }

    static BackfillOptions jolpicaOnly() {
        return BackfillOptions.ofDefaults().withOpenF1(false).withFp2(false).withComputeJobs(false);
    }

    @ParameterizedTest(name = "{0}-{1}")
    @CsvSource({"1950,1959", "1994,1997", "2011,2012"})
    @DisplayName("API path and dump path give identical databases, every table row by row")
    void identical(int from, int to) {
        FakeF1Transport fake = FakeF1Transport.of(FakeF1Options.builder().dumpYears(from, to).build());
        try (Storage api = Storages.inMemory(); Storage dump = Storages.inMemory()) {
            BackfillReport b = pipeline(fake, api, dir.resolve("api-cache")).backfillFull(from, to, jolpicaOnly(),
                    BackfillListener.NONE);
            assertThat(b.skips()).as("API path skips").isEmpty();
            BootstrapReport r = pipeline(fake, dump, dir.resolve("dump-cache")).bootstrap(BootstrapOptions.ofDefaults());
            System.out.println(from + "-" + to + " " + r.summary());
            assertThat(r.requests()).isLessThanOrEqualTo(3);
            assertThat(r.skipped()).isEmpty();
            DatabaseSnapshot viaApi = DatabaseSnapshot.of(api, from, to);
            DatabaseSnapshot viaDump = DatabaseSnapshot.of(dump, from, to);
            System.out.println("  tables: " + viaDump.counts());
            assertThat(DatabaseSnapshot.diff(viaApi, viaDump)).as("differences API vs dump").isEmpty();
            assertThat(viaDump.tables.get("race_results")).isNotEmpty();
        }
    }

    @org.junit.jupiter.api.Test
    @DisplayName("2021-2022 (sprints): the Jolpica tables are identical; laps and sectors come from the archive")
    void sprintEraJolpicaTables() {
        int from = 2021;
        int to = 2022;
        FakeF1Transport fake = FakeF1Transport.of(FakeF1Options.builder().dumpYears(from, to).build());
        try (Storage api = Storages.inMemory(); Storage dump = Storages.inMemory()) {
            pipeline(fake, api, dir.resolve("api-cache")).backfillFull(from, to, jolpicaOnly().withJolpicaLaps(true),
                    BackfillListener.NONE);
            pipeline(fake, dump, dir.resolve("dump-cache")).bootstrap(BootstrapOptions.ofDefaults());
            java.util.function.Predicate<String> detail = t -> t.contains("laps") || t.equals("race_conditions")
                    || t.equals("qualifying_results") || t.equals("input_versions") || t.equals("long_runs")
                    || t.equals("sprint_qualifying") || t.equals("circuits");
            // The comparison sees what differs: the API path's laps are the archive's (sectors, tyres), the dump's
            // Jolpica's.
            assertThat(DatabaseSnapshot.diff(DatabaseSnapshot.of(api, from, to), DatabaseSnapshot.of(dump, from, to)))
                    .contains("table laps");
            DatabaseSnapshot viaApi = DatabaseSnapshot.of(api, from, to).without(detail);
            DatabaseSnapshot viaDump = DatabaseSnapshot.of(dump, from, to).without(detail);
            assertThat(DatabaseSnapshot.diff(viaApi, viaDump)).as("differences API vs dump").isEmpty();
            assertThat(viaDump.tables.get("sprint_results")).isNotEmpty();
        }
    }
}
