package org.f1pipeline.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.stream.Stream;
import org.f1pipeline.F1Pipeline;
import org.f1pipeline.PipelineConfig;
import org.f1pipeline.backfill.BackfillListener;
import org.f1pipeline.backfill.BackfillReport;
import org.f1pipeline.domain.Race;
import org.f1pipeline.domain.RaceStatus;
import org.f1pipeline.fetch.CacheConfig;
import org.f1pipeline.fetch.FetchConfig;
import org.f1pipeline.fetch.RateLimitConfig;
import org.f1pipeline.fetch.RetryPolicy;
import org.f1pipeline.fetch.SourceConfig;
import org.f1pipeline.storage.Storage;
import org.f1pipeline.storage.Storages;
import org.f1pipeline.testkit.fake.FakeApi;
import org.f1pipeline.testkit.fake.FakeF1Api;
import org.f1pipeline.testkit.fake.FakeF1Options;
import org.f1pipeline.testkit.fake.FakeF1Transport;
import org.f1pipeline.testkit.storage.FailingStorage;
import org.f1pipeline.testkit.time.FakeSleeper;
import org.f1pipeline.testkit.time.FakeTicker;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Killed midway, run twice, followed by a backfill, fed a corrupted download: the bootstrap's guarantees. */
class BootstrapResilienceTest {

    @TempDir
    Path dir;

    @Test
    @DisplayName("killed in the middle of a season: earlier seasons stay, that season has nothing; a rerun completes"
            + " it and equals a clean run; a third run writes nothing")
    void killAndRerun() {
        FakeF1Transport fake = FakeF1Transport.of(FakeF1Options.builder().dumpYears(1995, 1997).build());
        try (Storage clean = Storages.inMemory(); Storage real = Storages.inMemory()) {
            BootstrapEquivalenceTest.pipeline(fake, clean, dir.resolve("c1")).bootstrap(BootstrapOptions.ofDefaults());
            // The first laps written (1996, the first season with laps) fail after its results were written.
            Storage killed = FailingStorage.failingOn(real, "laps", "replaceLaps", 1,
                    () -> new IllegalStateException("killed"));
            assertThatThrownBy(() -> BootstrapEquivalenceTest.pipeline(fake, killed, dir.resolve("c2"))
                    .bootstrap(BootstrapOptions.ofDefaults())).hasMessageContaining("killed");
            assertThat(real.races().races(1995)).isNotEmpty().allSatisfy(r ->
                    assertThat(r.status()).isEqualTo(RaceStatus.COMPLETED));
            assertThat(real.races().races(1996)).isEmpty();
            assertThat(real.results().raceResults(1996, 1997, org.f1pipeline.domain.RaceType.GRAND_PRIX)).isEmpty();

            F1Pipeline again = BootstrapEquivalenceTest.pipeline(fake, real, dir.resolve("c2"));
            BootstrapReport rerun = again.bootstrap(BootstrapOptions.ofDefaults());
            assertThat(rerun.seasons()).extracting(BootstrapSeason::written).containsExactly(false, true, true);
            assertThat(rerun.requests()).as("the zip was cached by the killed run").isEqualTo(1);
            assertThat(DatabaseSnapshot.diff(DatabaseSnapshot.of(clean, 1995, 1997),
                    DatabaseSnapshot.of(real, 1995, 1997))).isEmpty();

            BootstrapReport third = again.bootstrap(BootstrapOptions.ofDefaults());
            assertThat(third.nothingWritten()).isTrue();
            assertThat(third.races()).isZero();
            assertThat(DatabaseSnapshot.diff(DatabaseSnapshot.of(clean, 1995, 1997),
                    DatabaseSnapshot.of(real, 1995, 1997))).isEmpty();
        }
    }

    @Test
    @DisplayName("after a bootstrap, a backfill of the same seasons makes no request and changes nothing")
    void backfillAfterBootstrapIsFree() {
        FakeF1Transport fake = FakeF1Transport.of(FakeF1Options.builder().dumpYears(2011, 2012).build());
        try (Storage storage = Storages.inMemory()) {
            F1Pipeline p = BootstrapEquivalenceTest.pipeline(fake, storage, dir.resolve("c"));
            p.bootstrap(BootstrapOptions.ofDefaults());
            DatabaseSnapshot before = DatabaseSnapshot.of(storage, 2011, 2012);
            fake.requestLog().clear();
            BackfillReport b = p.backfillFull(2011, 2012, BootstrapEquivalenceTest.jolpicaOnly(),
                    BackfillListener.NONE);
            assertThat(b.skips()).isEmpty();
            assertThat(b.requests()).isZero();
            assertThat(fake.requestLog().count()).isZero();
            assertThat(b.roundsResumed()).isEqualTo(storage.races().races(2011, 2012).size());
            assertThat(DatabaseSnapshot.diff(before, DatabaseSnapshot.of(storage, 2011, 2012))).isEmpty();
        }
    }

    @Test
    @DisplayName("mid-season: the delayed dump, then a backfill continues through the API from the dump's last race;"
            + " the result equals a backfill alone")
    void backfillContinuesFromTheDump() {
        Instant now = Instant.parse("2012-07-20T12:00:00Z");
        FakeF1Transport fake = FakeF1Transport.of(FakeF1Options.builder().asOf(now).dumpYears(2011, 2012).build());
        try (Storage both = Storages.inMemory(); Storage apiOnly = Storages.inMemory()) {
            F1Pipeline p = pipeline(fake, both, dir.resolve("c1"), now);
            BootstrapReport r = p.bootstrap(BootstrapOptions.ofDefaults());
            long dumped = both.races().races(2012).stream().filter(x -> x.status() == RaceStatus.COMPLETED).count();
            assertThat(dumped).isPositive();
            fake.requestLog().clear();
            BackfillReport b = p.backfillFull(2011, 2012, BootstrapEquivalenceTest.jolpicaOnly(),
                    BackfillListener.NONE);
            assertThat(b.skips()).isEmpty();
            assertThat(b.roundsCompleted()).as("rounds after the dump's cutoff, done through the API").isPositive();
            assertThat(b.roundsResumed()).isEqualTo(r.races());

            BackfillReport alone = pipeline(fake, apiOnly, dir.resolve("c2"), now).backfillFull(2011, 2012,
                    BootstrapEquivalenceTest.jolpicaOnly(), BackfillListener.NONE);
            assertThat(alone.skips()).isEmpty();
            assertThat(b.requests()).isLessThan(alone.requests());
            assertThat(DatabaseSnapshot.diff(DatabaseSnapshot.of(apiOnly, 2011, 2012),
                    DatabaseSnapshot.of(both, 2011, 2012))).isEmpty();
            assertThat(both.races().races(2012).stream().filter(x -> x.status() == RaceStatus.COMPLETED).count())
                    .isGreaterThan(dumped);
        }
    }

    @Test
    @DisplayName("over HTTP: a corrupted download is a hash mismatch naming both hashes; nothing written, nothing"
            + " cached; the next run downloads again and works (listing, download, object store)")
    void corruptedDownload() throws Exception {
        try (FakeF1Api fake = FakeF1Api.start(FakeF1Options.builder().dumpYears(2012, 2012).build());
             Storage storage = Storages.inMemory()) {
            fake.faults().corruptedDownloads(1);
            Path cache = dir.resolve("cache");
            F1Pipeline p = pipeline(fake, storage, cache);
            assertThatThrownBy(() -> p.bootstrap(BootstrapOptions.ofDefaults()))
                    .isInstanceOfSatisfying(DumpHashMismatchException.class, e -> {
                        assertThat(e.expected()).isNotEqualTo(e.actual());
                        assertThat(e.getMessage()).contains(e.expected()).contains(e.actual())
                                .contains("nothing was written");
                    });
            assertThat(storage.catalog().seasons()).isEmpty();
            assertThat(storage.races().races(2012)).isEmpty();
            try (Stream<Path> files = Files.exists(cache.resolve("dumps")) ? Files.list(cache.resolve("dumps"))
                    : Stream.empty()) {
                assertThat(files.filter(f -> f.toString().endsWith(".zip"))).isEmpty();
            }
            fake.requestLog().clear();
            BootstrapReport ok = p.bootstrap(BootstrapOptions.ofDefaults());
            assertThat(ok.races()).isPositive();
            assertThat(fake.requestLog().count()).as("listing, download, object store").isEqualTo(3);
            assertThat(fake.requestLog().count(FakeApi.OBJECT_STORE)).isEqualTo(1);
            assertThat(storage.races().races(2012)).extracting(Race::status).contains(RaceStatus.COMPLETED);
        }
    }

    static F1Pipeline pipeline(FakeF1Transport fake, Storage storage, Path cache, Instant now) {
        FetchConfig fetch = FetchConfig.builder().cache(CacheConfig.at(cache))
                .source(SourceConfig.jolpica().withBaseUrl(URI.create(fake.jolpicaBaseUrl() + "/"))
                        .withRateLimit(RateLimitConfig.unlimited()))
                .source(SourceConfig.openF1().withBaseUrl(URI.create(fake.openF1BaseUrl() + "/"))
                        .withRateLimit(RateLimitConfig.unlimited()))
                .source(SourceConfig.liveTiming().withBaseUrl(URI.create(fake.liveTimingBaseUrl() + "/"))
                        .withRateLimit(RateLimitConfig.unlimited()))
                .build();
        FakeTicker ticker = new FakeTicker();
        return F1Pipeline.builder().storage(storage).clock(Clock.fixed(now, ZoneOffset.UTC))
                .config(PipelineConfig.ofDefaults().toBuilder().fetch(fetch).build()).transport(fake)
                .ticker(ticker).sleeper(new FakeSleeper(ticker, null)).build();
    }

    static F1Pipeline pipeline(FakeF1Api fake, Storage storage, Path cache) {
        FetchConfig fetch = FetchConfig.builder().cache(CacheConfig.at(cache)).retry(RetryPolicy.none())
                .source(SourceConfig.jolpica().withBaseUrl(URI.create(fake.jolpicaBaseUrl() + "/"))
                        .withRateLimit(RateLimitConfig.unlimited()))
                .build();
        FakeTicker ticker = new FakeTicker();
        return F1Pipeline.builder().storage(storage)
                .clock(Clock.fixed(BootstrapEquivalenceTest.NOW, ZoneOffset.UTC))
                .config(PipelineConfig.ofDefaults().toBuilder().fetch(fetch).build())
                .ticker(ticker).sleeper(new FakeSleeper(ticker, null)).build();
    }
}
