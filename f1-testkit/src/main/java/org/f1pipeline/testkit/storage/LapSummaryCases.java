package org.f1pipeline.testkit.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.f1pipeline.testkit.storage.StorageFixtures.BAHRAIN_2024;
import static org.f1pipeline.testkit.storage.StorageFixtures.JEDDAH_2024;
import static org.f1pipeline.testkit.storage.StorageFixtures.SHANGHAI_2024;
import static org.f1pipeline.testkit.storage.StorageFixtures.SUZUKA_2024;
import static org.f1pipeline.testkit.storage.StorageFixtures.VERSTAPPEN;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.f1pipeline.domain.LapSummary;
import org.f1pipeline.domain.LapTime;
import org.f1pipeline.domain.RaceKey;
import org.f1pipeline.domain.RaceType;
import org.f1pipeline.storage.LapStore;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Contract of {@link LapStore#lapSummaries}: whatever lap writes happened, the summaries read are
 * {@link LapSummary#of} of the grand-prix laps stored, by race then driver, and they roll back with the laps.
 */
abstract class LapSummaryCases extends ContractSupport {

    private static final List<RaceKey> ALL = List.of(BAHRAIN_2024, JEDDAH_2024, SUZUKA_2024, SHANGHAI_2024);

    private LapStore laps() {
        return storage().laps();
    }

    /** The summaries as the definition computes them from the stored laps. */
    private List<LapSummary> fromStoredLaps(List<RaceKey> races) {
        return LapSummary.of(laps().laps(races, RaceType.GRAND_PRIX));
    }

    @Test
    @DisplayName("summaries are those of the stored grand-prix laps after upserts, partial upserts and replaces")
    void summariesFollowEveryLapWrite() {
        seedCalendar();
        List<LapTime> bahrain = new ArrayList<>(StorageFixtures.laps(BAHRAIN_2024, RaceType.GRAND_PRIX, 12));
        Collections.shuffle(bahrain, new Random(7));
        laps().upsertLaps(bahrain);
        laps().upsertLaps(StorageFixtures.laps(JEDDAH_2024, RaceType.GRAND_PRIX, 9));
        laps().upsertLaps(StorageFixtures.laps(SHANGHAI_2024, RaceType.SPRINT, 5));

        List<LapSummary> first = laps().lapSummaries(ALL);
        assertThat(first).isEqualTo(fromStoredLaps(ALL)).hasSize(40); // 20 drivers in each of 2 grands prix
        LapSummary verstappen = first.stream().filter(s -> s.race().equals(BAHRAIN_2024)
                && s.driver().equals(VERSTAPPEN)).findFirst().orElseThrow();
        assertThat(verstappen.raceLapsMs()).hasSizeGreaterThan(5).isSorted();
        assertThat(verstappen.sector1Ms()).isNotEmpty().isSorted();

        // A partial upsert: one lap made slower and one pit lap added; the race's summaries follow all its laps.
        LapTime slower = LapTime.basic(BAHRAIN_2024, RaceType.GRAND_PRIX, VERSTAPPEN, 5, 99_999, 20);
        laps().upsertLaps(List.of(slower));
        List<LapSummary> second = laps().lapSummaries(ALL);
        assertThat(second).isEqualTo(fromStoredLaps(ALL)).isNotEqualTo(first);
        assertThat(second.stream().filter(s -> s.race().equals(BAHRAIN_2024) && s.driver().equals(VERSTAPPEN))
                .findFirst().orElseThrow().raceLapsMs()).contains(99_999);

        // The whole of a race sent again with other values (no sectors, other times): it now holds exactly the laps
        // sent, and its summaries are theirs.
        List<LapTime> jeddahAgain = StorageFixtures.laps(JEDDAH_2024, RaceType.GRAND_PRIX, 9).stream()
                .map(l -> LapTime.basic(l.race(), l.type(), l.driver(), l.lap(), 80_000 + 7 * l.lap(), l.position()))
                .toList();
        List<LapSummary> jeddahBefore = laps().lapSummaries(List.of(JEDDAH_2024));
        laps().upsertLaps(jeddahAgain);
        assertThat(laps().lapSummaries(List.of(JEDDAH_2024))).isEqualTo(LapSummary.of(jeddahAgain))
                .isEqualTo(fromStoredLaps(List.of(JEDDAH_2024))).isNotEqualTo(jeddahBefore).hasSize(20);
        assertThat(laps().lapSummaries(ALL)).isEqualTo(fromStoredLaps(ALL));

        // A replace with fewer drivers drops the summaries of the missing ones.
        List<LapTime> shorter = StorageFixtures.laps(JEDDAH_2024, RaceType.GRAND_PRIX, 6).stream()
                .filter(l -> !l.driver().equals(VERSTAPPEN)).toList();
        laps().replaceLaps(JEDDAH_2024, RaceType.GRAND_PRIX, shorter);
        assertThat(laps().lapSummaries(List.of(JEDDAH_2024))).isEqualTo(LapSummary.of(shorter)).hasSize(19)
                .noneMatch(s -> s.driver().equals(VERSTAPPEN));
        laps().replaceLaps(BAHRAIN_2024, RaceType.GRAND_PRIX, List.of());
        assertThat(laps().lapSummaries(ALL)).isEqualTo(fromStoredLaps(ALL)).hasSize(19);
    }

    @Test
    @DisplayName("sprint laps have no summaries, and replacing them leaves the grand prix's alone")
    void sprintLapsHaveNoSummaries() {
        seedCalendar();
        laps().upsertLaps(StorageFixtures.laps(SHANGHAI_2024, RaceType.GRAND_PRIX, 4));
        List<LapSummary> grandPrix = laps().lapSummaries(List.of(SHANGHAI_2024));
        laps().replaceLaps(SHANGHAI_2024, RaceType.SPRINT, StorageFixtures.laps(SHANGHAI_2024, RaceType.SPRINT, 3));

        assertThat(laps().lapSummaries(List.of(SHANGHAI_2024))).isEqualTo(grandPrix).hasSize(20)
                .allMatch(s -> s.raceLapsMs().length <= 3);
        assertThat(laps().lapSummaries(List.of(SUZUKA_2024))).isEmpty();
        assertThat(laps().lapSummaries(List.of())).isEmpty();
    }

    @Test
    @DisplayName("a rolled-back lap write leaves the summaries as they were")
    void summariesRollBackWithTheLaps() {
        seedCalendar();
        laps().upsertLaps(StorageFixtures.laps(SUZUKA_2024, RaceType.GRAND_PRIX, 5));
        List<LapSummary> before = laps().lapSummaries(ALL);
        assertThatThrownBy(() -> storage().inTransaction(tx -> {
            tx.laps().replaceLaps(SUZUKA_2024, RaceType.GRAND_PRIX, StorageFixtures.laps(SUZUKA_2024,
                    RaceType.GRAND_PRIX, 4));
            assertThat(tx.laps().lapSummaries(List.of(SUZUKA_2024))).allMatch(s -> s.raceLapsMs().length == 1);
            throw new IllegalStateException("boom");
        })).hasMessage("boom");

        assertThat(laps().lapSummaries(ALL)).isEqualTo(before).isEqualTo(fromStoredLaps(ALL)).hasSize(20);
    }
}
