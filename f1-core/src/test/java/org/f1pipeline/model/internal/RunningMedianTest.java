package org.f1pipeline.model.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.Random;
import org.f1pipeline.model.ModelMath;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class RunningMedianTest {

    @Test
    @DisplayName("after every insert, equals the sorted floored median")
    void matchesSortedMedian() {
        Random r = new Random(1);
        RunningMedian m = new RunningMedian();
        assertThat(m.median()).isNull();
        int[] seen = new int[500];
        for (int i = 0; i < seen.length; i++) {
            seen[i] = 25_000 + r.nextInt(2_000) - (i % 7 == 0 ? 5_000 : 0);
            m.add(seen[i]);
            assertThat(m.median()).isEqualTo(ModelMath.medianFloor(Arrays.copyOf(seen, i + 1)));
            assertThat(m.size()).isEqualTo(i + 1);
        }
    }

    @Test
    @DisplayName("races of sorted times added in bulk, asked after some of them only, give the sorted floored median")
    void bulkAddsAndSparseQueries() {
        Random r = new Random(7);
        RunningMedian m = new RunningMedian();
        int[] seen = new int[0];
        for (int race = 0; race < 40; race++) {
            int[] times = new int[r.nextInt(70)]; // an empty race too, now and then
            for (int i = 0; i < times.length; i++) {
                times[i] = 30_000 + r.nextInt(4_000);
            }
            Arrays.sort(times);
            m.addAll(times);
            if (race % 3 == 0 && r.nextBoolean()) {
                m.add(29_000); // a single value between races
                times = Arrays.copyOf(times, times.length + 1);
                times[times.length - 1] = 29_000;
            }
            int from = seen.length;
            seen = Arrays.copyOf(seen, from + times.length);
            System.arraycopy(times, 0, seen, from, times.length);
            assertThat(m.size()).isEqualTo(seen.length);
            if (race % 4 == 1 || race == 39) {
                assertThat(m.median()).isEqualTo(seen.length == 0 ? null : ModelMath.medianFloor(seen.clone()));
            }
        }
        assertThat(seen.length).isGreaterThan(1_000);
    }
}
