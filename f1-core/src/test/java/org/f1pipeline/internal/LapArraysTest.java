package org.f1pipeline.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.f1pipeline.InvalidInputException;
import org.f1pipeline.domain.DriverId;
import org.f1pipeline.domain.LapSummary;
import org.f1pipeline.domain.RaceKey;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Lap summaries' arrays, read and handed over without copies")
class LapArraysTest {

    private static final RaceKey RACE = new RaceKey(2024, 1);
    private static final DriverId DRIVER = new DriverId("max_verstappen");

    @Test
    @DisplayName("a summary made by hand-over keeps the arrays given, and the readers see those very arrays")
    void handOver() {
        int[] pace = {95_000, 95_400};
        int[] life = {3, 4};
        int[] time = {95_400, 95_000};
        int[] s1 = {30_000};
        int[] s2 = {31_000};
        int[] s3 = {32_000};
        LapSummary s = LapArrays.handOver(RACE, DRIVER, pace, life, time, s1, s2, s3, 321.5);
        assertThat(LapArrays.raceLapsMs(s)).isSameAs(pace);
        assertThat(LapArrays.tyreLife(s)).isSameAs(life);
        assertThat(LapArrays.tyreLapMs(s)).isSameAs(time);
        assertThat(LapArrays.sectorMs(s, 1)).isSameAs(s1);
        assertThat(LapArrays.sectorMs(s, 2)).isSameAs(s2);
        assertThat(LapArrays.sectorMs(s, 3)).isSameAs(s3);
        assertThat(s).isEqualTo(new LapSummary(RACE, DRIVER, pace.clone(), life.clone(), time.clone(), s1.clone(),
                s2.clone(), s3.clone(), 321.5));
        assertThatThrownBy(() -> LapArrays.sectorMs(s, 4)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    @DisplayName("the public constructor and accessors still copy, and the hand-over still checks the tyre arrays")
    void publicApiCopies() {
        int[] pace = {95_000};
        LapSummary s = new LapSummary(RACE, DRIVER, pace, new int[0], new int[0], new int[0], new int[0],
                new int[0], null);
        pace[0] = 1;
        assertThat(s.raceLapsMs()).containsExactly(95_000);
        assertThat(LapArrays.raceLapsMs(s)).isNotSameAs(pace);
        s.raceLapsMs()[0] = 2;
        assertThat(LapArrays.raceLapsMs(s)).containsExactly(95_000);
        assertThatThrownBy(() -> LapArrays.handOver(RACE, DRIVER, pace, new int[1], new int[0], new int[0],
                new int[0], new int[0], null)).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("1 tyre lives but 0 tyre lap times");
        // A failed hand-over leaves the thread's next summary copying again.
        int[] again = {90_000};
        LapSummary copied = new LapSummary(RACE, DRIVER, again, new int[0], new int[0], new int[0], new int[0],
                new int[0], null);
        assertThat(LapArrays.raceLapsMs(copied)).isNotSameAs(again);
    }

    @Test
    @DisplayName("no one but LapSummary can install the accessor")
    void installRefused() {
        new LapSummary(RACE, DRIVER, new int[0], new int[0], new int[0], new int[0], new int[0], new int[0], null);
        assertThatThrownBy(() -> LapArrays.install((s, component) -> new int[0]))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("installed once, by LapSummary");
    }
}
