package org.f1pipeline.job.compute;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.f1pipeline.domain.Race;
import org.f1pipeline.domain.RaceType;
import org.f1pipeline.model.ModelEngine;
import org.f1pipeline.recompute.ModelRecompute;
import org.f1pipeline.recompute.RecomputeSummary;
import org.f1pipeline.recompute.Recomputer;
import org.f1pipeline.storage.Storage;
import org.f1pipeline.storage.Storages;
import org.f1pipeline.testkit.history.ErgastHistory;
import org.f1pipeline.testkit.history.HistoryRecords;
import org.f1pipeline.testkit.time.FakeClock;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The first recompute of the real 1950-2013 record, everything stale, takes the one-transaction path (decision
 * D87); a backfill's recomputer takes the season path, season after season. On the real record (shared drives of
 * the 1950s, races without a qualifying table, withdrawn entries) both must write the same statistics, features,
 * prediction versions and derived versions. Skipped without ../shared/realdata.
 */
class RealHistoryRecomputeTest {

    private static final Instant NOW = Instant.parse("2014-01-15T12:00:00Z");
    private static final ModelEngine ENGINE = ModelEngine.ofDefaults();

    private static Storage whole;
    private static Storage seasons;
    private static RecomputeSummary one;
    private static final List<RecomputeSummary> BY_SEASON = new ArrayList<>();

    @BeforeAll
    static void recompute() {
        HistoryRecords records = HistoryRecords.of(ErgastHistory.load(ErgastHistory.locateOrSkip()), 1950, 2013);
        whole = Storages.inMemory();
        seasons = Storages.inMemory();
        records.load(whole);
        records.load(seasons);
        one = ModelRecompute.recomputeStale(whole, ENGINE, 1950, 2013, new FakeClock(NOW));
        Recomputer recomputer = new Recomputer(seasons, ENGINE, new FakeClock(NOW));
        for (int season = 1950; season <= 2013; season++) {
            BY_SEASON.add(recomputer.recompute(season, season));
        }
    }

    @AfterAll
    static void close() {
        if (whole != null) {
            whole.close();
        }
        if (seasons != null) {
            seasons.close();
        }
    }

    @Test
    @DisplayName("both paths compute the same events and list the same skipped ones")
    void sameSummary() {
        assertThat(one.grandPrix()).isEqualTo(BY_SEASON.stream().mapToInt(RecomputeSummary::grandPrix).sum())
                .isGreaterThan(800);
        assertThat(one.sprints()).isEqualTo(BY_SEASON.stream().mapToInt(RecomputeSummary::sprints).sum());
        assertThat(one.seasons()).isEqualTo(BY_SEASON.stream().mapToInt(RecomputeSummary::seasons).sum())
                .isEqualTo(64);
        assertThat(one.skipped()).isEqualTo(BY_SEASON.stream().flatMap(s -> s.skipped().stream()).toList());
        assertThat(ModelRecompute.stale(whole, ENGINE, 1950, 2013).isEmpty()).isTrue();
    }

    @Test
    @DisplayName("both paths write the same statistics, features, predictions and derived versions")
    void sameRecords() {
        assertThat(whole.inputs().derivedVersions(1950, 2013))
                .isEqualTo(seasons.inputs().derivedVersions(1950, 2013)).hasSizeGreaterThan(1_600);
        for (int season = 1950; season <= 2013; season++) {
            assertThat(whole.stats().driverStats(season)).as("driver statistics " + season)
                    .isEqualTo(seasons.stats().driverStats(season));
            assertThat(whole.stats().teamStats(season)).as("team statistics " + season)
                    .isEqualTo(seasons.stats().teamStats(season));
        }
        String model = ENGINE.model(RaceType.GRAND_PRIX).version();
        for (Race race : whole.races().races(1950, 2013)) {
            assertThat(whole.features().features(race.key(), RaceType.GRAND_PRIX, model)).as("features " + race.key())
                    .isEqualTo(seasons.features().features(race.key(), RaceType.GRAND_PRIX, model));
            assertThat(whole.predictions().history(race.key(), RaceType.GRAND_PRIX)).as("predictions " + race.key())
                    .isEqualTo(seasons.predictions().history(race.key(), RaceType.GRAND_PRIX));
        }
    }
}
