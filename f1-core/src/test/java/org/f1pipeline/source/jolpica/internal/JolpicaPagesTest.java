package org.f1pipeline.source.jolpica.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.f1pipeline.domain.LapTime;
import org.f1pipeline.domain.RaceKey;
import org.f1pipeline.domain.RaceType;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class JolpicaPagesTest {

    @Nested
    @DisplayName("remaining offsets")
    class Offsets {

        @Test
        @DisplayName("a season of 440 results at 100 per page needs offsets 100, 200, 300, 400")
        void seasonResults() {
            assertThat(JolpicaPages.remainingOffsets(440, 100, 0)).containsExactly(100, 200, 300, 400);
            assertThat(JolpicaPages.requestCount(440, 100)).isEqualTo(5);
        }

        @Test
        @DisplayName("a race of 1055 lap rows needs 11 requests")
        void laps() {
            List<Integer> offsets = JolpicaPages.remainingOffsets(1055, 100, 0);
            assertThat(offsets).hasSize(10).startsWith(100).endsWith(1000);
            assertThat(JolpicaPages.requestCount(1055, 100)).isEqualTo(11);
        }

        @Test
        @DisplayName("one page is enough when total fits, including an empty result")
        void onePage() {
            assertThat(JolpicaPages.remainingOffsets(20, 100, 0)).isEmpty();
            assertThat(JolpicaPages.remainingOffsets(100, 100, 0)).isEmpty();
            assertThat(JolpicaPages.remainingOffsets(0, 100, 0)).isEmpty();
            assertThat(JolpicaPages.requestCount(0, 100)).isEqualTo(1);
        }

        @Test
        @DisplayName("a server that clamps to a smaller limit is stepped by its effective limit")
        void clampedLimit() {
            assertThat(JolpicaPages.remainingOffsets(101, 30, 0)).containsExactly(30, 60, 90);
        }

        @Test
        @DisplayName("paging continues from a non-zero first offset")
        void fromOffset() {
            assertThat(JolpicaPages.remainingOffsets(1014, 100, 45)).startsWith(145).endsWith(945).hasSize(9);
        }

        @Test
        @DisplayName("a zero limit with rows left, or an absurd total, is refused instead of looping")
        void broken() {
            assertThatThrownBy(() -> JolpicaPages.remainingOffsets(10, 0, 0)).hasMessageContaining("limit 0");
            assertThatThrownBy(() -> JolpicaPages.remainingOffsets(10_000_000, 100, 0))
                    .hasMessageContaining("cap");
            assertThatThrownBy(() -> JolpicaPages.remainingOffsets(-1, 100, 0)).hasMessageContaining(">= 0");
        }
    }

    @Nested
    @DisplayName("merging races split across pages")
    class Merge {

        private final RaceKey r1 = RaceKey.of(2023, 1);
        private final RaceKey r2 = RaceKey.of(2023, 2);

        @Test
        @DisplayName("a race repeated on the next page becomes one group with its rows in page order")
        void splitRace() {
            List<RaceGroup<String>> page1 = List.of(new RaceGroup<>(r1, List.of("a1", "a2")),
                    new RaceGroup<>(r2, List.of("b1")));
            List<RaceGroup<String>> page2 = List.of(new RaceGroup<>(r2, List.of("b2", "b3")));
            List<RaceGroup<String>> merged = JolpicaPages.mergeByRace(List.of(page1, page2));
            assertThat(merged).containsExactly(new RaceGroup<>(r1, List.of("a1", "a2")),
                    new RaceGroup<>(r2, List.of("b1", "b2", "b3")));
            assertThat(JolpicaPages.rowCount(merged)).isEqualTo(5);
        }

        @Test
        @DisplayName("a lap whose timings straddle two pages keeps every driver's row")
        void splitLap() {
            LapTime p1 = LapTime.basic(r1, RaceType.GRAND_PRIX, org.f1pipeline.domain.DriverId.of("a"), 3, 90_000, 1);
            LapTime p2 = LapTime.basic(r1, RaceType.GRAND_PRIX, org.f1pipeline.domain.DriverId.of("b"), 3, 91_000, 2);
            List<RaceGroup<LapTime>> merged = JolpicaPages.mergeByRace(List.of(
                    List.of(new RaceGroup<>(r1, List.of(p1))), List.of(new RaceGroup<>(r1, List.of(p2)))));
            assertThat(merged).singleElement().satisfies(g -> assertThat(g.rows()).containsExactly(p1, p2));
        }

        @Test
        @DisplayName("no pages merge to nothing")
        void empty() {
            assertThat(JolpicaPages.<String>mergeByRace(List.of())).isEmpty();
        }
    }
}
