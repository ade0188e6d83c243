package org.f1pipeline.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import org.f1pipeline.domain.DataNote;
import org.f1pipeline.domain.RaceKey;
import org.f1pipeline.domain.RaceType;
import org.f1pipeline.examples.cli.CliHarness.Result;
import org.f1pipeline.storage.Storage;
import org.f1pipeline.testkit.fake.FakeApi;
import org.f1pipeline.testkit.fake.FakeF1Api;
import org.f1pipeline.testkit.history.ErgastHistory;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code f1 backfill --start 1950 --end 1960 --no-laps --no-openf1 --no-fp2} as a new user would run it, against the
 * test kit's replay of the real record (SQLite file, compute jobs on): the 1950s' shared drives, the Indianapolis 500,
 * the upper-case ids of 1956 and 1959 and the vacant positions of the 1954 Indianapolis 500 all ingest, the run exits
 * 0, and the rerun exits 0 with 0 requests. Skipped with a clear message when {@code ../shared/realdata} is absent.
 */
class CliRealHistoryBackfillTest {

    @TempDir
    Path dir;

    @Test
    @DisplayName("real 1950-1960 through the CLI: exit 0, every result row stored, rerun exit 0 with 0 requests")
    void backfill1950s() {
        ErgastHistory history = ErgastHistory.load(ErgastHistory.locateOrSkip());
        try (FakeF1Api fake = FakeF1Api.replay(history)) {
            CliHarness f1 = new CliHarness(fake, dir);
            f1.now = Instant.parse("2014-02-01T12:00:00Z");
            long t0 = System.nanoTime();
            Result first = f1.run("backfill", "--start", "1950", "--end", "1960", "--no-laps", "--no-openf1",
                    "--no-fp2");
            System.out.printf("f1 backfill 1950-1960 (real record, SQLite, compute on): exit %d, %d ms, %d Jolpica"
                    + " requests%n", first.exit(), (System.nanoTime() - t0) / 1_000_000,
                    fake.requestLog().count(FakeApi.JOLPICA));
            assertThat(first.exit()).as(first.toString()).isZero();
            int races = (int) history.races().stream().filter(r -> r.year() <= 1960).count();
            assertThat(first.out()).contains(races + " of " + races + " rounds completed").contains("0 skipped");
            try (Storage storage = f1.open()) {
                int rows = storage.results().raceResults(1950, 1960, RaceType.GRAND_PRIX).size();
                for (int y = 1950; y <= 1960; y++) {
                    rows += storage.standings().sharedDrives(y).size();
                }
                int expected = history.races().stream().filter(r -> r.year() <= 1960)
                        .mapToInt(r -> history.results(r.id()).size()).sum();
                assertThat(rows).isEqualTo(expected);
                assertThat(storage.results().raceResults(RaceKey.of(1956, 6), RaceType.GRAND_PRIX))
                        .anyMatch(r -> r.driver().value().equals("scott_Brown"));
                assertThat(storage.results().raceResults(RaceKey.of(1959, 1), RaceType.GRAND_PRIX))
                        .anyMatch(r -> r.driver().value().equals("Changy"));
                assertThat(storage.notes().notes(RaceKey.of(1954, 2))).extracting(DataNote::kind)
                        .contains(DataNote.Kind.VACANT_POSITIONS);
            }

            fake.requestLog().clear();
            Result again = f1.run("backfill", "--start", "1950", "--end", "1960", "--no-laps", "--no-openf1",
                    "--no-fp2");
            assertThat(again.exit()).as(again.toString()).isZero();
            assertThat(again.out()).contains("0 requests").contains("0 skipped");
            assertThat(fake.requestLog().count()).isZero();
        }
    }
}
