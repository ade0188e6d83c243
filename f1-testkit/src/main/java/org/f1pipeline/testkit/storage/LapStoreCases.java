package org.f1pipeline.testkit.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.f1pipeline.testkit.storage.StorageFixtures.ALBERT_PARK_2024;
import static org.f1pipeline.testkit.storage.StorageFixtures.BAHRAIN_2023;
import static org.f1pipeline.testkit.storage.StorageFixtures.BAHRAIN_2024;
import static org.f1pipeline.testkit.storage.StorageFixtures.JEDDAH_2024;
import static org.f1pipeline.testkit.storage.StorageFixtures.SHANGHAI_2024;
import static org.f1pipeline.testkit.storage.StorageFixtures.SUZUKA_2024;
import static org.f1pipeline.testkit.storage.StorageFixtures.VERSTAPPEN;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import org.f1pipeline.domain.LapTime;
import org.f1pipeline.domain.LongRun;
import org.f1pipeline.domain.RaceType;
import org.f1pipeline.storage.LapStore;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Contract of {@link LapStore}: laps of grands prix and sprints, and FP2 long runs. */
abstract class LapStoreCases extends ContractSupport {

    private LapStore laps() {
        return storage().laps();
    }

    @Test
    @DisplayName("laps are read by driver then lap whatever the order they were written in")
    void lapsByDriverThenLap() {
        seedCalendar();
        List<LapTime> expected = StorageFixtures.laps(BAHRAIN_2024, RaceType.GRAND_PRIX, 12);
        List<LapTime> shuffled = new ArrayList<>(expected);
        Collections.shuffle(shuffled, new Random(42));
        laps().upsertLaps(shuffled);

        assertThat(laps().laps(BAHRAIN_2024, RaceType.GRAND_PRIX)).containsExactlyElementsOf(expected);
        assertThat(laps().lapCount(BAHRAIN_2024, RaceType.GRAND_PRIX)).isEqualTo(240);
    }

    @Test
    @DisplayName("upserting the same laps twice leaves the same laps and the same count")
    void lapUpsertIsIdempotent() {
        seedCalendar();
        List<LapTime> rows = StorageFixtures.laps(JEDDAH_2024, RaceType.GRAND_PRIX, 10);
        laps().upsertLaps(rows);
        laps().upsertLaps(rows);
        LapTime slower = LapTime.basic(JEDDAH_2024, RaceType.GRAND_PRIX, rows.get(0).driver(), 1, 99_999, 20);
        laps().upsertLaps(List.of(slower));

        assertThat(laps().lapCount(JEDDAH_2024, RaceType.GRAND_PRIX)).isEqualTo(200);
        assertThat(laps().laps(JEDDAH_2024, RaceType.GRAND_PRIX)).hasSize(200).startsWith(slower)
                .containsAll(rows.subList(1, 200));
    }

    @Test
    @DisplayName("replacing laps removes stale laps of that race and type only")
    void replaceLapsDropsStaleLaps() {
        seedCalendar();
        laps().upsertLaps(StorageFixtures.laps(SHANGHAI_2024, RaceType.GRAND_PRIX, 10));
        laps().upsertLaps(StorageFixtures.laps(SHANGHAI_2024, RaceType.SPRINT, 5));
        laps().upsertLaps(StorageFixtures.laps(BAHRAIN_2024, RaceType.GRAND_PRIX, 3));
        List<LapTime> shorter = StorageFixtures.laps(SHANGHAI_2024, RaceType.GRAND_PRIX, 8).stream()
                .filter(lap -> !lap.driver().equals(VERSTAPPEN)).toList();
        laps().replaceLaps(SHANGHAI_2024, RaceType.GRAND_PRIX, shorter);

        assertThat(laps().laps(SHANGHAI_2024, RaceType.GRAND_PRIX)).containsExactlyElementsOf(shorter);
        assertThat(laps().lapCount(SHANGHAI_2024, RaceType.GRAND_PRIX)).isEqualTo(152);
        assertThat(laps().lapCount(SHANGHAI_2024, RaceType.SPRINT)).isEqualTo(100);
        assertThat(laps().lapCount(BAHRAIN_2024, RaceType.GRAND_PRIX)).isEqualTo(60);
    }

    @Test
    @DisplayName("replacing laps with a lap of another race or of the other type is refused")
    void replaceLapsRejectsForeignLaps() {
        seedCalendar();
        List<LapTime> otherRace = new ArrayList<>(StorageFixtures.laps(BAHRAIN_2024, RaceType.GRAND_PRIX, 2));
        otherRace.add(StorageFixtures.laps(JEDDAH_2024, RaceType.GRAND_PRIX, 1).get(0));
        List<LapTime> otherType = new ArrayList<>(StorageFixtures.laps(BAHRAIN_2024, RaceType.GRAND_PRIX, 2));
        otherType.add(StorageFixtures.laps(BAHRAIN_2024, RaceType.SPRINT, 1).get(0));

        assertForeignRowRejected(() -> laps().replaceLaps(BAHRAIN_2024, RaceType.GRAND_PRIX, otherRace));
        assertForeignRowRejected(() -> laps().replaceLaps(BAHRAIN_2024, RaceType.GRAND_PRIX, otherType));
        assertThat(laps().lapCount(BAHRAIN_2024, RaceType.GRAND_PRIX)).isZero();
    }

    @Test
    @DisplayName("grand-prix and sprint laps of a weekend are counted and read apart")
    void typesAreApart() {
        seedCalendar();
        laps().upsertLaps(StorageFixtures.laps(SHANGHAI_2024, RaceType.SPRINT, StorageFixtures.SPRINT_LAPS));

        assertThat(laps().lapCount(SHANGHAI_2024, RaceType.SPRINT)).isEqualTo(380);
        assertThat(laps().lapCount(SHANGHAI_2024, RaceType.GRAND_PRIX)).isZero();
        assertThat(laps().laps(SHANGHAI_2024, RaceType.GRAND_PRIX)).isEmpty();
        assertThat(laps().lapCount(SUZUKA_2024, RaceType.SPRINT)).isZero();
    }

    @Test
    @DisplayName("the bulk read returns laps of every listed race by season, round, driver and lap")
    void bulkReadAcrossRaces() {
        seedCalendar();
        List<LapTime> all = new ArrayList<>();
        for (var race : List.of(ALBERT_PARK_2024, BAHRAIN_2023, JEDDAH_2024, BAHRAIN_2024)) {
            all.addAll(StorageFixtures.laps(race, RaceType.GRAND_PRIX, StorageFixtures.GRAND_PRIX_LAPS));
        }
        storage().useTransaction(tx -> tx.laps().upsertLaps(all));

        List<LapTime> read = laps().laps(List.of(JEDDAH_2024, SUZUKA_2024, BAHRAIN_2023, BAHRAIN_2024),
                RaceType.GRAND_PRIX);
        assertThat(read).hasSize(3 * 20 * 57);
        assertThat(read).isSortedAccordingTo(Comparator.comparing(LapTime::race).thenComparing(LapTime::driver)
                .thenComparingInt(LapTime::lap));
        assertThat(read.get(0)).isEqualTo(StorageFixtures.laps(BAHRAIN_2023, RaceType.GRAND_PRIX, 57).get(0));
        assertThat(read).extracting(LapTime::race).doesNotContain(ALBERT_PARK_2024);
        assertThat(read.get(read.size() - 1).race()).isEqualTo(JEDDAH_2024);
        assertThat(laps().lapCount(ALBERT_PARK_2024, RaceType.GRAND_PRIX)).isEqualTo(1140);
        assertThat(laps().laps(List.of(), RaceType.GRAND_PRIX)).isEmpty();
    }

    @Test
    @DisplayName("a lap with every field set and a legacy lap with only a time read back equal")
    void nullableLapFieldsRoundTrip() {
        seedCalendar();
        LapTime full = StorageFixtures.lap(BAHRAIN_2024, RaceType.GRAND_PRIX, VERSTAPPEN, 28, 1, 57);
        LapTime legacy = LapTime.basic(BAHRAIN_2023, RaceType.GRAND_PRIX, VERSTAPPEN, 1, 97_284, 1);
        LapTime bare = LapTime.basic(BAHRAIN_2023, RaceType.GRAND_PRIX, VERSTAPPEN, 2, null, null);
        laps().upsertLaps(List.of(full, legacy, bare));

        assertThat(laps().laps(BAHRAIN_2024, RaceType.GRAND_PRIX)).containsExactly(full);
        assertThat(full.pitIn()).isTrue();
        assertThat(full.compound()).isEqualTo("MEDIUM");
        assertThat(laps().laps(BAHRAIN_2023, RaceType.GRAND_PRIX)).containsExactly(legacy, bare);
    }

    @Test
    @DisplayName("long runs are read by driver then compound, upserted idempotently and replaced completely")
    void longRuns() {
        seedCalendar();
        List<LongRun> runs = StorageFixtures.longRuns(SUZUKA_2024);
        List<LongRun> reversed = new ArrayList<>(runs);
        Collections.reverse(reversed);
        laps().upsertLongRuns(reversed);
        laps().upsertLongRuns(runs);
        assertThat(laps().longRuns(SUZUKA_2024)).containsExactlyElementsOf(runs);

        List<LongRun> mediumsOnly = runs.stream().filter(run -> run.compound().equals("MEDIUM")).toList();
        laps().replaceLongRuns(SUZUKA_2024, mediumsOnly);
        assertThat(laps().longRuns(SUZUKA_2024)).hasSize(20).containsExactlyElementsOf(mediumsOnly);

        LongRun noBest = new LongRun(SUZUKA_2024, VERSTAPPEN, "SOFT", 96_800, 5, null);
        laps().upsertLongRuns(List.of(noBest));
        assertThat(laps().longRuns(SUZUKA_2024)).hasSize(21).contains(noBest);
        assertThat(laps().longRuns(JEDDAH_2024)).isEmpty();
    }

    @Test
    @DisplayName("replacing long runs with a run of another race is refused and changes nothing")
    void replaceLongRunsRejectsForeignRace() {
        seedCalendar();
        laps().upsertLongRuns(StorageFixtures.longRuns(SUZUKA_2024));
        List<LongRun> mixed = new ArrayList<>(StorageFixtures.longRuns(SUZUKA_2024).subList(0, 4));
        mixed.add(StorageFixtures.longRuns(JEDDAH_2024).get(0));

        assertForeignRowRejected(() -> laps().replaceLongRuns(SUZUKA_2024, mixed));
        assertThat(laps().longRuns(SUZUKA_2024)).hasSize(40);
    }
}
