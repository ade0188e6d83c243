package org.f1pipeline.testkit.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.f1pipeline.testkit.storage.StorageFixtures.PREVIOUS_YEAR;
import static org.f1pipeline.testkit.storage.StorageFixtures.VERSTAPPEN;
import static org.f1pipeline.testkit.storage.StorageFixtures.WILLIAMS;
import static org.f1pipeline.testkit.storage.StorageFixtures.YEAR;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.f1pipeline.domain.DriverSeasonStats;
import org.f1pipeline.domain.TeamSeasonStats;
import org.f1pipeline.storage.StatsStore;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Contract of {@link StatsStore}. */
abstract class StatsStoreCases extends ContractSupport {

    private StatsStore stats() {
        return storage().stats();
    }

    @Test
    @DisplayName("driver stats read back equal, by driver, and upserting them twice changes nothing")
    void driverStatsRoundTrip() {
        seedCatalog();
        List<DriverSeasonStats> rows = StorageFixtures.driverStats(YEAR, 4);
        List<DriverSeasonStats> reversed = new ArrayList<>(rows);
        Collections.reverse(reversed);
        stats().upsertDriverStats(reversed);
        stats().upsertDriverStats(rows);

        assertThat(stats().driverStats(YEAR)).containsExactlyElementsOf(rows);
        DriverSeasonStats max = stats().driverStats(YEAR).stream().filter(s -> s.driver().equals(VERSTAPPEN))
                .findFirst().orElseThrow();
        assertThat(max.winRate()).isEqualTo(4.5 / 6);
        assertThat(max.teammateQualiDelta()).isEqualTo(0.004975);
        assertThat(stats().driverStats(PREVIOUS_YEAR)).isEmpty();
    }

    @Test
    @DisplayName("driver stats with every optional field null read back equal")
    void nullableDriverStatsRoundTrip() {
        seedCatalog();
        DriverSeasonStats empty = new DriverSeasonStats(YEAR, VERSTAPPEN, 0, 0, 0, 0, 0, 0, 0.0, null, null, 0.25,
                null, 0, 0.0, null, null, null, null, null, 0, 0, 0, 0.0, null, null);
        DriverSeasonStats full = new DriverSeasonStats(PREVIOUS_YEAR, VERSTAPPEN, 22, 22, 22, 19, 21, 12, 575.0, 1,
                1.23, 19.5 / 24, 2.75, 0, 0.0, 30_112, 38_201, 25_344, 336.5, 0.00321, 6, 4, 6, 48.0, 1.5,
                4.5 / 8);
        stats().upsertDriverStats(List.of(empty, full));

        assertThat(stats().driverStats(YEAR)).containsExactly(empty);
        assertThat(stats().driverStats(PREVIOUS_YEAR)).containsExactly(full);
    }

    @Test
    @DisplayName("replacing a season's driver stats drops stale rows and leaves other seasons alone")
    void replaceDriverStats() {
        seedCatalog();
        stats().upsertDriverStats(StorageFixtures.driverStats(YEAR, 3));
        stats().upsertDriverStats(StorageFixtures.driverStats(PREVIOUS_YEAR, 22));
        List<DriverSeasonStats> fewer = StorageFixtures.driverStats(YEAR, 4).subList(0, 15);
        stats().replaceDriverStats(YEAR, fewer);

        assertThat(stats().driverStats(YEAR)).containsExactlyElementsOf(fewer);
        assertThat(stats().driverStats(PREVIOUS_YEAR)).hasSize(20);
    }

    @Test
    @DisplayName("replacing driver stats with a row of another season is refused and changes nothing")
    void replaceDriverStatsRejectsForeignSeason() {
        seedCatalog();
        stats().upsertDriverStats(StorageFixtures.driverStats(YEAR, 3));
        List<DriverSeasonStats> mixed = new ArrayList<>(StorageFixtures.driverStats(YEAR, 4).subList(0, 3));
        mixed.add(StorageFixtures.driverStats(PREVIOUS_YEAR, 4).get(5));

        assertForeignRowRejected(() -> stats().replaceDriverStats(YEAR, mixed));
        assertThat(stats().driverStats(YEAR)).containsExactlyElementsOf(StorageFixtures.driverStats(YEAR, 3));
    }

    @Test
    @DisplayName("team stats read back equal by team, and the slowest car's score of exactly 0 stays 0, not missing")
    void teamStatsRoundTrip() {
        seedCatalog();
        List<TeamSeasonStats> rows = StorageFixtures.teamStats(YEAR, 5);
        stats().upsertTeamStats(rows);
        stats().upsertTeamStats(rows);

        assertThat(stats().teamStats(YEAR)).containsExactlyElementsOf(rows);
        TeamSeasonStats haas = stats().teamStats(YEAR).stream().filter(t -> t.team().value().equals("haas"))
                .findFirst().orElseThrow();
        assertThat(haas.carPerformanceScore()).isEqualTo(0.0);
        assertThat(haas.reliabilityScore()).isEqualTo(1.0);
        assertThat(stats().teamStats(PREVIOUS_YEAR)).isEmpty();
    }

    @Test
    @DisplayName("team stats with every optional field null read back equal; replacing drops stale teams")
    void teamStatsNullsAndReplace() {
        seedCatalog();
        TeamSeasonStats empty = new TeamSeasonStats(YEAR, WILLIAMS, 0, 0, 0, 0, 0, 0.0, null, null, null, 0, null,
                0, 0, 0.0);
        stats().upsertTeamStats(StorageFixtures.teamStats(YEAR, 2));
        stats().upsertTeamStats(List.of(empty));
        assertThat(stats().teamStats(YEAR)).hasSize(10).contains(empty);

        stats().replaceTeamStats(YEAR, List.of(empty));
        assertThat(stats().teamStats(YEAR)).containsExactly(empty);

        List<TeamSeasonStats> mixed = new ArrayList<>(StorageFixtures.teamStats(YEAR, 2));
        mixed.add(StorageFixtures.teamStats(PREVIOUS_YEAR, 2).get(0));
        assertForeignRowRejected(() -> stats().replaceTeamStats(YEAR, mixed));
        assertThat(stats().teamStats(YEAR)).containsExactly(empty);
    }
}
