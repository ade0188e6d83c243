package org.f1pipeline.standings.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Counting rules on per-round scores. */
class CountingTest {

    private static final Map<Integer, Double> SCORES = Map.of(1, 9.0, 2, 6.0, 3, 0.0, 4, 4.0, 5, 9.0, 6, 3.0, 7, 2.0);

    @Test
    @DisplayName("all, best n, halves: the sums worked out by hand")
    void sums() {
        assertThat(Counting.all().count(SCORES, 0)).isEqualTo(33.0);
        assertThat(Counting.best(4).count(SCORES, 0)).isEqualTo(28.0); // 9 9 6 4
        // 7 rounds, first half 4 (larger first): {9 6 0 4} best 3 = 19, {9 3 2} best 2 = 12.
        assertThat(new Counting(Counting.Split.HALVES_LARGER_FIRST, Counting.ALL_BUT_ONE).count(SCORES, 7))
                .isEqualTo(31.0);
        // first half 3 (larger second): {9 6 0} best 2 = 15, {4 9 3 2} best 2 = 13.
        assertThat(new Counting(Counting.Split.HALVES_LARGER_SECOND, 2).count(SCORES, 7)).isEqualTo(28.0);
    }

    @Test
    @DisplayName("halves need the season's rounds; bad values are refused")
    void validation() {
        assertThatIllegalStateException().isThrownBy(() -> new Counting(Counting.Split.HALVES_LARGER_FIRST, 4).count(SCORES, 0));
        assertThatIllegalArgumentException().isThrownBy(() -> new Counting(Counting.Split.NONE, 0));
        assertThat(new Counting(Counting.Split.HALVES_LARGER_SECOND, 4).describe())
                .isEqualTo("best 4 of each half (second half larger)");
    }
}
