package org.f1pipeline.backfill;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import org.f1pipeline.domain.RaceKey;
import org.f1pipeline.domain.RaceStatus;
import org.f1pipeline.domain.RaceType;
import org.f1pipeline.fetch.SourceFormatException;
import org.f1pipeline.testkit.synthetic.SyntheticRound;
import org.f1pipeline.fetch.FetchException;
import org.f1pipeline.job.Job;
import org.f1pipeline.job.ingest.IngestFixture;
import org.f1pipeline.storage.Storage;
import org.f1pipeline.storage.Storages;
import org.f1pipeline.testkit.fake.FakeApi;
import org.f1pipeline.testkit.fake.FakeF1Api;
import org.f1pipeline.testkit.fake.FaultKind;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Backfill outcomes (issue 9 point 6): when a season's results page fails, {@code sync_season} fails and every round
 * of the season is reported with that cause (not with each job's "run sync_season first"); the rerun fetches the
 * season and exits 0; a rerun of completed past seasons makes no request.
 */
class BackfillOutcomesTest {

    private static final Instant NOW = Instant.parse("2025-03-01T12:00:00Z");
    private static final BackfillOptions OPTIONS = BackfillOptions.ofDefaults().withComputeJobs(false)
            .withJolpicaLaps(false).withOpenF1(false).withFp2(false);

    @Test
    @DisplayName("a failed results page: follow-up lines name the page's error; the rerun completes; then 0 requests")
    void failedPageNamesTheCause() {
        try (FakeF1Api fake = FakeF1Api.start(); Storage storage = Storages.inMemory()) {
            fake.faults().inject(FakeApi.JOLPICA, "/2015/results", 1000, FaultKind.SERVER_ERROR, 503);
            BackfillReport first = IngestFixture.pipeline(fake, storage, NOW)
                    .backfillFull(2015, 2015, OPTIONS, BackfillListener.NONE);
            int rounds = fake.history().season(2015).rounds().size();
            assertThat(first.roundsCompleted()).isZero();
            assertThat(first.skips()).hasSize(1 + rounds);
            assertThat(first.skips().get(0).job()).isEqualTo(Job.SYNC_SEASON);
            assertThat(first.skips().get(0).error()).isInstanceOf(FetchException.class);
            assertThat(first.skips().subList(1, first.skips().size())).allSatisfy(s -> {
                assertThat(s.line()).contains("not run: sync_season 2015 failed, so the season has no entry list: ")
                        .contains("503").doesNotContain("run sync_season");
                assertThat(s.error()).isSameAs(first.skips().get(0).error());
            });

            fake.faults().reset();
            BackfillReport second = IngestFixture.pipeline(fake, storage, NOW)
                    .backfillFull(2015, 2015, OPTIONS, BackfillListener.NONE);
            assertThat(second.skips()).isEmpty();
            assertThat(second.roundsCompleted()).isEqualTo(rounds);
            assertThat(storage.races().races(2015)).allSatisfy(r -> assertThat(r.status())
                    .isEqualTo(RaceStatus.COMPLETED));

            fake.requestLog().clear();
            BackfillReport third = IngestFixture.pipeline(fake, storage, NOW)
                    .backfillFull(2015, 2015, OPTIONS, BackfillListener.NONE);
            assertThat(third.skips()).isEmpty();
            assertThat(third.requests()).isZero();
            assertThat(fake.requestLog().count()).isZero();
        }
    }

    @Test
    @DisplayName("a proxy repeating page 1 for page 2: caught by the echoed offset, re-read, results exact")
    void repeatedPageIsReRead() {
        try (FakeF1Api fake = FakeF1Api.start(); Storage storage = Storages.inMemory()) {
            // The first read of 2015's season-wide results gets page 1 twice (same row count: 100 rows each).
            fake.faults().inject(FakeApi.JOLPICA, "/2015/results", 2, FaultKind.REPEATED_PAGE, 200);
            BackfillReport report = IngestFixture.pipeline(fake, storage, NOW)
                    .backfillFull(2015, 2015, OPTIONS, BackfillListener.NONE);
            assertThat(report.skips()).isEmpty();
            assertThat(fake.requestLog().count(r -> r.fault() == FaultKind.REPEATED_PAGE)).isEqualTo(2);
            for (SyntheticRound round : fake.history().season(2015).rounds()) {
                RaceKey key = RaceKey.of(2015, round.round());
                Map<String, Double> stored = new HashMap<>();
                storage.results().raceResults(key, RaceType.GRAND_PRIX)
                        .forEach(r -> stored.put(r.driver().value(), r.points()));
                Map<String, Double> expected = new HashMap<>();
                round.results().forEach(r -> expected.put(r.entry().driverId(), (double) r.points()));
                assertThat(stored).as(key.toString()).isEqualTo(expected);
            }
        }
    }

    @Test
    @DisplayName("a proxy that always repeats page 1: the season fails (exit 1) naming the offset, nothing doubled")
    void alwaysRepeatedPageFails() {
        try (FakeF1Api fake = FakeF1Api.start(); Storage storage = Storages.inMemory()) {
            fake.faults().inject(FakeApi.JOLPICA, "/2015/results", 1000, FaultKind.REPEATED_PAGE, 200);
            BackfillReport report = IngestFixture.pipeline(fake, storage, NOW)
                    .backfillFull(2015, 2015, OPTIONS, BackfillListener.NONE);
            assertThat(report.roundsCompleted()).isZero();
            assertThat(report.skips().get(0).job()).isEqualTo(Job.SYNC_SEASON);
            assertThat(report.skips().get(0).error()).isInstanceOf(SourceFormatException.class)
                    .hasMessageContaining("asked for offset 100 but the page is offset 0");
            assertThat(storage.results().raceResults(2015, 2015, RaceType.GRAND_PRIX)).isEmpty();
        }
    }
}
