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

    @Test
    @DisplayName("selection puts the k-th smallest value at k for sorted runs, many equal values and random data")
    void selectionMatchesSort() {
        Random r = new Random(11);
        for (int trial = 0; trial < 2_000; trial++) {
            int n = 1 + r.nextInt(trial % 10 == 0 ? 3_000 : 60);
            int[] a = new int[n];
            int shape = trial % 4;
            for (int i = 0; i < n; i++) {
                a[i] = switch (shape) {
                    case 0 -> r.nextInt();                  // anything, negatives included
                    case 1 -> 30_000 + r.nextInt(5);        // a handful of distinct values
                    case 2 -> i;                            // one ascending run
                    default -> 30_000 + (i % 57) * 13;      // ascending runs, one per race
                };
            }
            int[] sorted = a.clone();
            Arrays.sort(sorted);
            int k = r.nextInt(n);
            RunningMedian.select(a, 0, n - 1, k);
            assertThat(a[k]).as("trial %d", trial).isEqualTo(sorted[k]);
            for (int i = 0; i < n; i++) {
                if (i < k) {
                    assertThat(a[i]).isLessThanOrEqualTo(a[k]);
                } else if (i > k) {
                    assertThat(a[i]).isGreaterThanOrEqualTo(a[k]);
                }
            }
            int[] after = a.clone();
            Arrays.sort(after);
            assertThat(after).as("the same values, reordered").isEqualTo(sorted);
        }
    }

    @Test
    @DisplayName("a season of ascending race runs gives the floored median of an even count, queried twice")
    void evenCountAndRepeatedQueries() {
        RunningMedian m = new RunningMedian();
        m.addAll(new int[] {30_000, 30_010, 30_020});
        m.addAll(new int[] {29_990, 30_005, 30_007});
        assertThat(m.median()).isEqualTo(30_006); // (30,005 + 30,007) / 2
        assertThat(m.median()).isEqualTo(30_006);
        m.add(30_008);
        assertThat(m.median()).isEqualTo(30_007);
        m.addAll(new int[] {-3, -1});
        assertThat(m.median()).isEqualTo(30_005);
        RunningMedian negative = new RunningMedian();
        negative.addAll(new int[] {-3, -2});
        assertThat(negative.median()).isEqualTo(-3); // floored: -2.5 -> -3, as ModelMath.medianFloor
        assertThat(ModelMath.medianFloor(new int[] {-3, -2})).isEqualTo(-3);
    }
}
