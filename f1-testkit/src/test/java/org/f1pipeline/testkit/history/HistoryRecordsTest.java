package org.f1pipeline.testkit.history;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.f1pipeline.domain.DriverId;
import org.f1pipeline.domain.QualifyingResult;
import org.f1pipeline.domain.RaceKey;
import org.f1pipeline.domain.RaceResult;
import org.f1pipeline.model.Weekend;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("The real history as domain records")
class HistoryRecordsTest {

    private static HistoryRecords records;

    @BeforeAll
    static void load() {
        records = HistoryRecords.of(ErgastHistory.load(ErgastHistory.locateOrSkip()), 1950, 2013);
    }

    @Test
    @DisplayName("every race; one result row per driver and race (the 91 extra rows of shared drives dropped)")
    void onePerDriver() {
        assertThat(records.races()).hasSize(897);
        assertThat(records.results()).hasSize(22133 - 91);
        Set<String> seen = new HashSet<>();
        for (RaceResult r : records.results()) {
            assertThat(seen.add(r.race() + "/" + r.driver())).as(r.race() + " " + r.driver()).isTrue();
        }
        // Ids as the source spells them: the real record has upper-case refs, and Jolpica serves them that way.
        assertThat(records.drivers()).extracting(d -> d.id().value()).contains("scott_Brown", "Changy", "Cannoc")
                .doesNotContain("scott_brown", "changy", "cannoc");
        assertThat(records.results()).anySatisfy(r -> {
            assertThat(r.race()).isEqualTo(RaceKey.of(1956, 6));
            assertThat(r.driver()).isEqualTo(DriverId.of("scott_Brown"));
        });
    }

    @Test
    @DisplayName("races without a qualifying table get the grid order; real tables are kept with their times")
    void qualifyingFromTheGrid() {
        assertThat(records.synthesisedQualifying()).hasSize(631).contains(RaceKey.of(1988, 1))
                .doesNotContain(RaceKey.of(2004, 1));
        List<QualifyingResult> monaco1988 = records.qualifying().stream()
                .filter(q -> q.race().equals(RaceKey.of(1988, 2))).toList();
        List<RaceResult> results = records.results().stream().filter(r -> r.race().equals(RaceKey.of(1988, 2)))
                .toList();
        RaceResult pole = results.stream().filter(r -> r.grid() == 1).findFirst().orElseThrow();
        assertThat(monaco1988).anySatisfy(q -> {
            assertThat(q.driver()).isEqualTo(pole.driver());
            assertThat(q.position()).isEqualTo(1);
            assertThat(q.bestTimeMs()).isNull();
        });
        assertThat(monaco1988).noneMatch(q -> results.stream().anyMatch(r -> r.driver().equals(q.driver())
                && (r.positionText().equals("F") || r.positionText().equals("W"))));
        assertThat(records.qualifying().stream().filter(q -> q.race().equals(RaceKey.of(2004, 1)))
                .filter(q -> q.bestTimeMs() != null)).hasSizeGreaterThan(15);
        assertThat(HistoryRecords.millis("1:26.572")).isEqualTo(86_572);
        assertThat(HistoryRecords.millis("")).isNull();
    }

    @Test
    @DisplayName("assembles into weekends the model reads")
    void weekends() {
        List<Weekend> weekends = records.weekends();
        assertThat(weekends).hasSize(897);
        assertThat(weekends.get(0).key()).isEqualTo(RaceKey.of(1950, 1));
        assertThat(weekends).allSatisfy(w -> assertThat(w.raceResults()).isNotEmpty());
    }
}
