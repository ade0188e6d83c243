package org.f1pipeline.testkit.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.f1pipeline.testkit.storage.StorageFixtures.MIAMI_2024;
import static org.f1pipeline.testkit.storage.StorageFixtures.SHANGHAI_2024;

import java.util.ArrayList;
import java.util.List;
import org.f1pipeline.domain.DriverId;
import org.f1pipeline.domain.QualifyingResult;
import org.f1pipeline.domain.RaceResult;
import org.f1pipeline.domain.RaceType;
import org.f1pipeline.storage.ResultStore;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Contract of the sprint rows of {@link ResultStore}: sprint qualifying and the sprint result share one row per
 * driver, and writing one column group never touches the other (the seed's exclude-on-update rule).
 */
abstract class SprintResultsCases extends ContractSupport {

    private final List<QualifyingResult> sq = StorageFixtures.sprintQualifying(SHANGHAI_2024);
    private final List<RaceResult> sprint = StorageFixtures.results(SHANGHAI_2024, RaceType.SPRINT);

    private ResultStore results() {
        return storage().results();
    }

    @Test
    @DisplayName("sprint qualifying ingested after the sprint keeps the sprint finish")
    void sprintQualifyingAfterSprintKeepsFinish() {
        seedCalendar();
        results().upsertRaceResults(sprint);
        results().upsertSprintQualifying(sq);

        assertThat(results().raceResults(SHANGHAI_2024, RaceType.SPRINT)).containsExactlyElementsOf(sprint);
        assertThat(results().sprintQualifying(SHANGHAI_2024)).containsExactlyElementsOf(sq);
    }

    @Test
    @DisplayName("the sprint ingested after sprint qualifying keeps the sprint-qualifying times")
    void sprintAfterSprintQualifyingKeepsTimes() {
        seedCalendar();
        results().upsertSprintQualifying(sq);
        results().upsertRaceResults(sprint);
        results().upsertRaceResults(sprint);

        assertThat(results().sprintQualifying(SHANGHAI_2024)).containsExactlyElementsOf(sq);
        assertThat(results().sprintQualifying(SHANGHAI_2024).get(0).q3Ms()).isEqualTo(93_635);
        assertThat(results().raceResults(SHANGHAI_2024, RaceType.SPRINT)).containsExactlyElementsOf(sprint);
    }

    @Test
    @DisplayName("sprint rows stay apart from grand-prix qualifying and results of the same weekend")
    void sprintAndGrandPrixAreApart() {
        seedCalendar();
        results().upsertSprintQualifying(sq);
        results().upsertRaceResults(sprint);

        assertThat(results().qualifying(SHANGHAI_2024)).isEmpty();
        assertThat(results().raceResults(SHANGHAI_2024, RaceType.GRAND_PRIX)).isEmpty();

        results().upsertQualifying(StorageFixtures.qualifying(SHANGHAI_2024));
        results().replaceRaceResults(SHANGHAI_2024, RaceType.GRAND_PRIX,
                StorageFixtures.results(SHANGHAI_2024, RaceType.GRAND_PRIX));
        results().replaceRaceResults(SHANGHAI_2024, RaceType.GRAND_PRIX, List.of());
        assertThat(results().sprintQualifying(SHANGHAI_2024)).containsExactlyElementsOf(sq);
        assertThat(results().raceResults(SHANGHAI_2024, RaceType.SPRINT)).containsExactlyElementsOf(sprint);
        assertThat(results().qualifying(SHANGHAI_2024)).hasSize(20);
    }

    @Test
    @DisplayName("replacing sprint qualifying keeps the sprint results and drops rows left with neither group")
    void replaceSprintQualifyingKeepsResults() {
        seedCalendar();
        results().upsertSprintQualifying(sq);
        List<RaceResult> nineteen = sprint.stream().filter(r -> !r.driver().equals(sq.get(19).driver())).toList();
        results().upsertRaceResults(nineteen);

        // The new SQ set lacks P19 (who has a sprint result) and P20 (who has none: his row must go).
        DriverId withResult = sq.get(18).driver();
        DriverId withNothing = sq.get(19).driver();
        results().replaceSprintQualifying(SHANGHAI_2024, sq.subList(0, 18));

        assertThat(results().sprintQualifying(SHANGHAI_2024)).containsExactlyElementsOf(sq.subList(0, 18));
        assertThat(results().raceResults(SHANGHAI_2024, RaceType.SPRINT)).containsExactlyElementsOf(nineteen)
                .extracting(RaceResult::driver).contains(withResult).doesNotContain(withNothing);
    }

    @Test
    @DisplayName("replacing the sprint results keeps sprint qualifying and drops rows left with neither group")
    void replaceSprintResultsKeepsQualifying() {
        seedCalendar();
        results().upsertRaceResults(sprint);
        List<QualifyingResult> nineteen = sq.stream().filter(q -> !q.driver().equals(sprint.get(19).driver()))
                .toList();
        results().upsertSprintQualifying(nineteen);

        results().replaceRaceResults(SHANGHAI_2024, RaceType.SPRINT, sprint.subList(0, 10));

        assertThat(results().raceResults(SHANGHAI_2024, RaceType.SPRINT)).containsExactlyElementsOf(
                sprint.subList(0, 10));
        assertThat(results().sprintQualifying(SHANGHAI_2024)).containsExactlyElementsOf(nineteen);

        results().replaceSprintQualifying(SHANGHAI_2024, List.of());
        results().upsertRaceResults(List.of(sprint.get(19)));
        assertThat(results().sprintQualifying(SHANGHAI_2024)).isEmpty();
        assertThat(results().raceResults(SHANGHAI_2024, RaceType.SPRINT)).hasSize(11).contains(sprint.get(19));
    }

    @Test
    @DisplayName("replacing sprint qualifying with a row of another race is refused and changes nothing")
    void replaceSprintQualifyingRejectsForeignRace() {
        seedCalendar();
        results().upsertSprintQualifying(sq);
        List<QualifyingResult> mixed = new ArrayList<>(sq.subList(0, 5));
        mixed.add(StorageFixtures.sprintQualifying(MIAMI_2024).get(0));

        assertForeignRowRejected(() -> results().replaceSprintQualifying(SHANGHAI_2024, mixed));
        assertThat(results().sprintQualifying(SHANGHAI_2024)).containsExactlyElementsOf(sq);
        assertThat(results().sprintQualifying(MIAMI_2024)).isEmpty();
    }

    @Test
    @DisplayName("season ranges of sprint qualifying and sprint results are ordered by round, then position")
    void sprintRangesOrdered() {
        seedCalendar();
        results().upsertSprintQualifying(StorageFixtures.sprintQualifying(MIAMI_2024));
        results().upsertRaceResults(StorageFixtures.results(MIAMI_2024, RaceType.SPRINT));
        results().upsertSprintQualifying(sq);
        results().upsertRaceResults(sprint);

        List<QualifyingResult> expectedSq = new ArrayList<>(sq);
        expectedSq.addAll(StorageFixtures.sprintQualifying(MIAMI_2024));
        List<RaceResult> expectedSprints = new ArrayList<>(sprint);
        expectedSprints.addAll(StorageFixtures.results(MIAMI_2024, RaceType.SPRINT));
        assertThat(results().sprintQualifying(2024, 2024)).containsExactlyElementsOf(expectedSq);
        assertThat(results().raceResults(2023, 2024, RaceType.SPRINT)).containsExactlyElementsOf(expectedSprints);
        assertThat(results().raceResults(2023, 2024, RaceType.GRAND_PRIX)).isEmpty();
        assertThat(results().qualifying(2023, 2024)).isEmpty();
    }
}
