package org.f1pipeline.standings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.f1pipeline.DataNotAvailableException;
import org.f1pipeline.F1Pipeline;
import org.f1pipeline.InvalidInputException;
import org.f1pipeline.domain.RaceKey;
import org.f1pipeline.domain.RaceType;
import org.f1pipeline.storage.Storage;
import org.f1pipeline.storage.Storages;
import org.f1pipeline.testkit.storage.StorageFixtures;
import org.f1pipeline.testkit.storage.StorageSnapshot;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** {@code F1Pipeline.standings(...)}: checks first, then the stored table (filled in once for older databases). */
class StandingsApiTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2024-12-01T00:00:00Z"), ZoneOffset.UTC);
    private Storage storage;
    private F1Pipeline pipeline;

    @BeforeEach
    void open() {
        storage = Storages.inMemory();
        storage.useTransaction(StorageFixtures::seedCalendar);
        pipeline = F1Pipeline.builder().storage(storage).clock(CLOCK).build();
    }

    @AfterEach
    void close() {
        pipeline.close();
        storage.close();
    }

    @Test
    @DisplayName("bad year, round or kind: InvalidInputException naming the field, nothing read or written")
    void badInput() {
        Map<String, Object> before = StorageSnapshot.of(storage, 2023, 2024);
        assertThatThrownBy(() -> pipeline.standings(1949, StandingsKind.DRIVERS))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("year"));
        assertThatThrownBy(() -> pipeline.standings(2026, StandingsKind.DRIVERS))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("year"))
                .hasMessageContaining("between 1950 and 2025");
        assertThatThrownBy(() -> pipeline.standings(2024, 0, StandingsKind.DRIVERS))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("round"));
        assertThatThrownBy(() -> pipeline.standings(2024, 31, StandingsKind.DRIVERS))   // the jobs' bound too
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("round"))
                .hasMessage("round must be between 1 and 30, was 31");
        assertThatThrownBy(() -> pipeline.standings(1957, StandingsKind.CONSTRUCTORS))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.field()).isEqualTo("kind"));
        assertThatThrownBy(() -> pipeline.standings(2024, 9, StandingsKind.DRIVERS))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("round"))
                .hasMessageContaining("season 2024 has no round 9");
        assertThat(StorageSnapshot.of(storage, 2023, 2024)).isEqualTo(before);
    }

    @Test
    @DisplayName("a season not stored, or a round without results: DataNotAvailableException (retry later)")
    void notAvailable() {
        assertThatThrownBy(() -> pipeline.standings(2022, StandingsKind.DRIVERS))
                .isInstanceOf(DataNotAvailableException.class).hasMessageContaining("nothing is stored for 2022");
        assertThatThrownBy(() -> pipeline.standings(2024, StandingsKind.DRIVERS))
                .isInstanceOf(DataNotAvailableException.class).hasMessageContaining("no race of 2024 has results");
    }

    @Test
    @DisplayName("results stored without tables (a schema-1 database): the first read computes and stores them")
    void fillsInOnce() {
        storage.useTransaction(tx -> {
            for (int round = 1; round <= 2; round++) {
                RaceKey key = RaceKey.of(2024, round);
                tx.results().replaceRaceResults(key, RaceType.GRAND_PRIX,
                        StorageFixtures.results(key, RaceType.GRAND_PRIX));
            }
        });
        assertThat(storage.standings().lastRound(2024)).isEmpty();
        List<Standing> table = pipeline.standings(2024, StandingsKind.DRIVERS);
        assertThat(table).isNotEmpty().allSatisfy(s -> assertThat(s.round()).isEqualTo(2));
        assertThat(storage.standings().lastRound(2024)).hasValue(2);
        assertThat(pipeline.standings(2024, 1, StandingsKind.CONSTRUCTORS)).hasSize(10);
        assertThatThrownBy(() -> pipeline.standings(2024, 3, StandingsKind.DRIVERS))
                .isInstanceOf(DataNotAvailableException.class).hasMessageContaining("round 3");
        // 2024 fixture points: 25 18 15 12 10 8 6 4 2 1 and one for the fastest lap (P3) -> 102 a race.
        assertThat(table.stream().mapToDouble(Standing::points).sum()).isEqualTo(204.0);
    }
}
