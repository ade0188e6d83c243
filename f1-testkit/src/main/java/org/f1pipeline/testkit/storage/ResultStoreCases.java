package org.f1pipeline.testkit.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.f1pipeline.testkit.storage.StorageFixtures.ALBERT_PARK_2024;
import static org.f1pipeline.testkit.storage.StorageFixtures.BAHRAIN_2023;
import static org.f1pipeline.testkit.storage.StorageFixtures.BAHRAIN_2024;
import static org.f1pipeline.testkit.storage.StorageFixtures.BEARMAN;
import static org.f1pipeline.testkit.storage.StorageFixtures.FERRARI;
import static org.f1pipeline.testkit.storage.StorageFixtures.HAAS;
import static org.f1pipeline.testkit.storage.StorageFixtures.JEDDAH_2024;
import static org.f1pipeline.testkit.storage.StorageFixtures.SUZUKA_2024;
import static org.f1pipeline.testkit.storage.StorageFixtures.VERSTAPPEN;
import static org.f1pipeline.testkit.storage.StorageFixtures.seat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.f1pipeline.domain.QualifyingResult;
import org.f1pipeline.domain.RaceResult;
import org.f1pipeline.domain.RaceType;
import org.f1pipeline.storage.ResultStore;
import org.f1pipeline.testkit.storage.StorageFixtures.Seat;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Contract of {@link ResultStore} for grand-prix qualifying and results. */
abstract class ResultStoreCases extends ContractSupport {

    private ResultStore results() {
        return storage().results();
    }

    @Test
    @DisplayName("qualifying is read by position whatever the order it was written in")
    void qualifyingByPosition() {
        seedCalendar();
        List<QualifyingResult> shuffled = new ArrayList<>(StorageFixtures.qualifying(BAHRAIN_2024));
        Collections.reverse(shuffled);
        results().upsertQualifying(shuffled);

        assertThat(results().qualifying(BAHRAIN_2024)).containsExactlyElementsOf(
                StorageFixtures.qualifying(BAHRAIN_2024));
        assertThat(results().qualifying(BAHRAIN_2024).get(0).q3Ms()).isEqualTo(90_435);
        assertThat(results().qualifying(JEDDAH_2024)).isEmpty();
    }

    @Test
    @DisplayName("upserting the same qualifying twice leaves the same 20 rows, and a changed row is updated")
    void qualifyingUpsertIsIdempotent() {
        seedCalendar();
        List<QualifyingResult> rows = StorageFixtures.qualifying(BAHRAIN_2024);
        results().upsertQualifying(rows);
        results().upsertQualifying(rows);
        QualifyingResult p20 = rows.get(19);
        QualifyingResult improved = new QualifyingResult(BAHRAIN_2024, p20.driver(), p20.constructor(),
                p20.carNumber(), 20, 91_000, null, null, null, null, null, null);
        results().upsertQualifying(List.of(improved));

        assertThat(results().qualifying(BAHRAIN_2024)).hasSize(20).endsWith(improved);
    }

    @Test
    @DisplayName("replacing qualifying drops drivers missing from the new set and leaves other races alone")
    void replaceQualifyingDropsStaleRows() {
        seedCalendar();
        results().upsertQualifying(StorageFixtures.qualifying(BAHRAIN_2024));
        results().upsertQualifying(StorageFixtures.qualifying(JEDDAH_2024));
        List<QualifyingResult> top18 = StorageFixtures.qualifying(BAHRAIN_2024).subList(0, 18);
        results().replaceQualifying(BAHRAIN_2024, top18);

        assertThat(results().qualifying(BAHRAIN_2024)).containsExactlyElementsOf(top18);
        assertThat(results().qualifying(JEDDAH_2024)).hasSize(20);
    }

    @Test
    @DisplayName("replacing qualifying with a row of another race is refused with IllegalArgumentException")
    void replaceQualifyingRejectsForeignRace() {
        seedCalendar();
        results().upsertQualifying(StorageFixtures.qualifying(BAHRAIN_2024));
        List<QualifyingResult> mixed = new ArrayList<>(StorageFixtures.qualifying(BAHRAIN_2024).subList(0, 10));
        mixed.add(StorageFixtures.qualifying(JEDDAH_2024).get(15));

        assertForeignRowRejected(() -> results().replaceQualifying(BAHRAIN_2024, mixed));
        assertThat(results().qualifying(BAHRAIN_2024)).hasSize(20);
        assertThat(results().qualifying(JEDDAH_2024)).isEmpty();
    }

    @Test
    @DisplayName("a season range of qualifying is ordered by season, round, then position")
    void qualifyingRangeOrdered() {
        seedCalendar();
        results().upsertQualifying(StorageFixtures.qualifying(JEDDAH_2024));
        results().upsertQualifying(StorageFixtures.qualifying(BAHRAIN_2023));
        results().upsertQualifying(StorageFixtures.qualifying(BAHRAIN_2024));

        List<QualifyingResult> expected = new ArrayList<>(StorageFixtures.qualifying(BAHRAIN_2023));
        expected.addAll(StorageFixtures.qualifying(BAHRAIN_2024));
        expected.addAll(StorageFixtures.qualifying(JEDDAH_2024));
        assertThat(results().qualifying(2023, 2024)).containsExactlyElementsOf(expected);
        assertThat(results().qualifying(2024, 2024)).hasSize(40);
    }

    @Test
    @DisplayName("results are classified by position, then unclassified by grid, then by driver")
    void resultOrder() {
        seedCalendar();
        Seat a = seat(VERSTAPPEN);
        List<Seat> seats = StorageFixtures.seats(SUZUKA_2024);
        List<RaceResult> rows = List.of(
                StorageFixtures.result(SUZUKA_2024, RaceType.GRAND_PRIX, seats.get(5), null, 12),
                StorageFixtures.result(SUZUKA_2024, RaceType.GRAND_PRIX, seats.get(4), null, 3),
                StorageFixtures.result(SUZUKA_2024, RaceType.GRAND_PRIX, seats.get(3), 2, 1),
                StorageFixtures.result(SUZUKA_2024, RaceType.GRAND_PRIX, seats.get(2), null, 0),
                StorageFixtures.result(SUZUKA_2024, RaceType.GRAND_PRIX, a, 1, 2),
                StorageFixtures.result(SUZUKA_2024, RaceType.GRAND_PRIX, seats.get(1), null, 12));
        results().upsertRaceResults(rows);

        // P1, P2, then the retirements by grid (pit lane 0, 3, 12, 12) with the tie broken by driver id.
        assertThat(results().raceResults(SUZUKA_2024, RaceType.GRAND_PRIX)).extracting(RaceResult::driver)
                .containsExactly(a.driver(), seats.get(3).driver(), seats.get(2).driver(), seats.get(4).driver(),
                        seats.get(1).driver(), seats.get(5).driver());
    }

    @Test
    @DisplayName("upserting the same results twice leaves the same rows, and replacing drops stale rows")
    void resultsUpsertAndReplace() {
        seedCalendar();
        List<RaceResult> rows = StorageFixtures.results(BAHRAIN_2024, RaceType.GRAND_PRIX);
        results().upsertRaceResults(rows);
        results().upsertRaceResults(rows);
        assertThat(results().raceResults(BAHRAIN_2024, RaceType.GRAND_PRIX)).containsExactlyElementsOf(rows);
        assertThat(rows.get(0).points()).isEqualTo(25.0);
        assertThat(rows.get(2).points()).isEqualTo(16.0);

        results().replaceRaceResults(BAHRAIN_2024, RaceType.GRAND_PRIX, rows.subList(0, 19));
        assertThat(results().raceResults(BAHRAIN_2024, RaceType.GRAND_PRIX)).containsExactlyElementsOf(
                rows.subList(0, 19));
    }

    @Test
    @DisplayName("replacing results with a row of another race or of the other type is refused")
    void replaceResultsRejectsForeignRows() {
        seedCalendar();
        List<RaceResult> otherRace = new ArrayList<>(StorageFixtures.results(BAHRAIN_2024, RaceType.GRAND_PRIX));
        otherRace.set(4, StorageFixtures.results(JEDDAH_2024, RaceType.GRAND_PRIX).get(4));
        List<RaceResult> otherType = new ArrayList<>(StorageFixtures.results(BAHRAIN_2024, RaceType.GRAND_PRIX));
        otherType.add(StorageFixtures.results(BAHRAIN_2024, RaceType.SPRINT).get(0));

        assertForeignRowRejected(() -> results().replaceRaceResults(BAHRAIN_2024, RaceType.GRAND_PRIX, otherRace));
        assertForeignRowRejected(() -> results().replaceRaceResults(BAHRAIN_2024, RaceType.GRAND_PRIX, otherType));
        assertThat(results().raceResults(BAHRAIN_2024, RaceType.GRAND_PRIX)).isEmpty();
        assertThat(results().raceResults(JEDDAH_2024, RaceType.GRAND_PRIX)).isEmpty();
    }

    @Test
    @DisplayName("a season range of results is ordered by season, round, then classification")
    void resultRangeOrdered() {
        seedCalendar();
        results().upsertRaceResults(StorageFixtures.results(JEDDAH_2024, RaceType.GRAND_PRIX));
        results().upsertRaceResults(StorageFixtures.results(BAHRAIN_2023, RaceType.GRAND_PRIX));
        results().upsertRaceResults(StorageFixtures.results(BAHRAIN_2024, RaceType.GRAND_PRIX));

        List<RaceResult> expected = new ArrayList<>(StorageFixtures.results(BAHRAIN_2023, RaceType.GRAND_PRIX));
        expected.addAll(StorageFixtures.results(BAHRAIN_2024, RaceType.GRAND_PRIX));
        expected.addAll(StorageFixtures.results(JEDDAH_2024, RaceType.GRAND_PRIX));
        assertThat(results().raceResults(2023, 2024, RaceType.GRAND_PRIX)).containsExactlyElementsOf(expected);
        assertThat(results().raceResults(2024, 2030, RaceType.GRAND_PRIX)).hasSize(40);
        assertThat(results().raceResults(2023, 2024, RaceType.SPRINT)).isEmpty();
    }

    @Test
    @DisplayName("the as-of read returns results of races strictly before the cutoff date only")
    void resultsBeforeCutoff() {
        seedCalendar();
        for (var race : List.of(BAHRAIN_2023, BAHRAIN_2024, JEDDAH_2024, ALBERT_PARK_2024)) {
            results().upsertRaceResults(StorageFixtures.results(race, RaceType.GRAND_PRIX));
        }

        // Jeddah 2024 is on 2024-03-09: the cutoff day itself is excluded.
        List<RaceResult> before = results().raceResultsBefore(LocalDate.of(2024, 3, 9), RaceType.GRAND_PRIX);
        List<RaceResult> expected = new ArrayList<>(StorageFixtures.results(BAHRAIN_2023, RaceType.GRAND_PRIX));
        expected.addAll(StorageFixtures.results(BAHRAIN_2024, RaceType.GRAND_PRIX));
        assertThat(before).containsExactlyElementsOf(expected);
        assertThat(results().raceResultsBefore(LocalDate.of(2024, 3, 10), RaceType.GRAND_PRIX)).hasSize(60);
        assertThat(results().raceResultsBefore(LocalDate.of(2023, 3, 5), RaceType.GRAND_PRIX)).isEmpty();
        assertThat(results().raceResultsBefore(LocalDate.of(2030, 1, 1), RaceType.SPRINT)).isEmpty();
    }

    @Test
    @DisplayName("a mid-season team change keeps each result's own constructor")
    void midSeasonSwapKeepsConstructorPerResult() {
        seedCalendar();
        Seat ferrari = new Seat(BEARMAN, FERRARI, 38);
        Seat haas = new Seat(BEARMAN, HAAS, 50);
        results().upsertRaceResults(List.of(StorageFixtures.result(JEDDAH_2024, RaceType.GRAND_PRIX, ferrari, 7, 11),
                StorageFixtures.result(SUZUKA_2024, RaceType.GRAND_PRIX, haas, 12, 15)));
        results().upsertQualifying(List.of(StorageFixtures.qualifyingRow(JEDDAH_2024, ferrari, 11),
                StorageFixtures.qualifyingRow(SUZUKA_2024, haas, 15)));

        assertThat(results().raceResults(2024, 2024, RaceType.GRAND_PRIX)).extracting(RaceResult::constructor)
                .containsExactly(FERRARI, HAAS);
        assertThat(results().raceResults(JEDDAH_2024, RaceType.GRAND_PRIX).get(0).points()).isEqualTo(6.0);
        assertThat(results().qualifying(SUZUKA_2024)).extracting(QualifyingResult::constructor,
                QualifyingResult::carNumber).containsExactly(tuple(HAAS, 50));
    }

    @Test
    @DisplayName("qualifying and result rows with every optional field null, or all set, read back equal")
    void nullableResultFieldsRoundTrip() {
        seedCalendar();
        Seat seat = seat(VERSTAPPEN);
        QualifyingResult bareQuali = new QualifyingResult(BAHRAIN_2023, seat.driver(), seat.constructor(), null, 1,
                null, null, null, null, null, null, null);
        RaceResult bareResult = new RaceResult(BAHRAIN_2023, RaceType.GRAND_PRIX, seat.driver(), seat.constructor(),
                null, null, "W", 0, 0.0, "Did not start", null, null, false);
        QualifyingResult fullQuali = new QualifyingResult(BAHRAIN_2024, seat.driver(), seat.constructor(), 1, 1,
                90_031, 89_374, 89_179, 28_950, 38_712, 21_517, 327.25);
        RaceResult fullResult = new RaceResult(BAHRAIN_2024, RaceType.GRAND_PRIX, seat.driver(), seat.constructor(),
                1, 1, "1", 1, 26.0, "Finished", 5_504_742L, 57, true);
        results().upsertQualifying(List.of(bareQuali, fullQuali));
        results().upsertRaceResults(List.of(bareResult, fullResult));

        assertThat(results().qualifying(BAHRAIN_2023)).containsExactly(bareQuali);
        assertThat(results().qualifying(BAHRAIN_2024)).containsExactly(fullQuali);
        assertThat(results().raceResults(BAHRAIN_2023, RaceType.GRAND_PRIX)).containsExactly(bareResult);
        assertThat(results().raceResults(BAHRAIN_2024, RaceType.GRAND_PRIX)).containsExactly(fullResult);
    }
}
