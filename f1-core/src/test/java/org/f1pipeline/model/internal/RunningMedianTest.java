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
}
