package org.f1pipeline.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.Random;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class ModelMathTest {

    @Test
    @DisplayName("minmax maps to [0,1]; an empty input gives an empty output; raw values kept on request")
    void minmax() {
        assertThat(ModelMath.minmax(new double[] {2, 4, 3})).containsExactly(0.0, 1.0, 0.5);
        assertThat(ModelMath.minmax(new double[0])).isEmpty();
        assertThat(ModelMath.minmax(new double[] {7}, 0.25)).containsExactly(0.25);
        assertThat(ModelMath.minmaxOrRaw(new double[] {0.8, 0.8})).containsExactly(0.8, 0.8);
        assertThat(ModelMath.minmaxOrRaw(new double[] {0.8, 0.9})).containsExactly(0.0, 1.0);
    }

    @Test
    @DisplayName("softmax sums to 1 within 1e-9, is stable for huge scores and tiny temperatures")
    void softmaxStable() {
        Random r = new Random(7);
        for (int n = 1; n <= 40; n++) {
            double[] s = new double[n];
            for (int i = 0; i < n; i++) {
                s[i] = r.nextDouble() * 2 - 0.5;
            }
            double sum = 0;
            for (double p : ModelMath.softmax(s, 0.3)) {
                sum += p;
            }
            assertThat(sum).isCloseTo(1.0, within(1e-9));
        }
        double[] p = ModelMath.softmax(new double[] {1000, 999}, 0.001);
        assertThat(p[0]).isEqualTo(1.0);
        assertThat(p[1]).isEqualTo(0.0);
        assertThat(ModelMath.softmax(new double[] {5}, 0.3)).containsExactly(1.0);
    }

    @Test
    @DisplayName("a perfect driver against zeros gets only 59.6 % at T = 0.3 over 20 drivers (seed note C2)")
    void softmaxNotDecisive() {
        double[] s = new double[20];
        s[0] = 1.0;
        assertThat(ModelMath.softmax(s, 0.3)[0]).isCloseTo(0.596, within(0.001));
    }

    @Test
    @DisplayName("softmax rejects empty input, non-positive or NaN temperature and non-finite scores")
    void softmaxRejects() {
        assertThatThrownBy(() -> ModelMath.softmax(new double[0], 0.3)).hasMessageContaining("at least one score");
        assertThatThrownBy(() -> ModelMath.softmax(new double[] {1}, 0)).hasMessageContaining("temperature must be");
        assertThatThrownBy(() -> ModelMath.softmax(new double[] {1}, -1)).hasMessageContaining("> 0, was -1");
        assertThatThrownBy(() -> ModelMath.softmax(new double[] {1}, Double.NaN)).hasMessageContaining("NaN");
        assertThatThrownBy(() -> ModelMath.softmax(new double[] {Double.NaN}, 0.3)).hasMessageContaining("finite");
    }

    @Test
    @DisplayName("slope is the least-squares slope; empty without spread")
    void slope() {
        assertThat(ModelMath.slope(new double[] {1, 2, 3, 4}, new double[] {10, 12, 14, 16}).getAsDouble())
                .isCloseTo(2.0, within(1e-12));
        assertThat(ModelMath.slope(new double[] {0, 1, 2}, new double[] {1, 0, 2}).getAsDouble())
                .isCloseTo(0.5, within(1e-12));
        assertThat(ModelMath.slope(new double[] {3, 3}, new double[] {1, 2})).isEmpty();
        assertThat(ModelMath.slope(new double[] {3}, new double[] {1})).isEmpty();
    }

    @Test
    @DisplayName("medians: exact for doubles, floored average of the middle two for ints")
    void medians() {
        assertThat(ModelMath.median(new double[] {3, 1, 2})).isEqualTo(2.0);
        assertThat(ModelMath.median(new double[] {4, 1, 2, 3})).isEqualTo(2.5);
        assertThat(ModelMath.medianFloor(new int[] {89500, 89800, 90000, 90100, 90200})).isEqualTo(90000);
        assertThat(ModelMath.medianFloor(new int[] {3, 4})).isEqualTo(3);
        assertThat(ModelMath.medianFloor(new int[] {Integer.MAX_VALUE, Integer.MAX_VALUE})).isEqualTo(Integer.MAX_VALUE);
        assertThatThrownBy(() -> ModelMath.median(new double[0])).hasMessageContaining("at least one value");
    }

    @Test
    @DisplayName("round is Python's round: correct on the binary value, exact ties to even, no negative zero")
    void round() {
        assertThat(ModelMath.round(0.53235, 4)).isEqualTo(0.5323);     // stored as 0.532349999...
        assertThat(ModelMath.round(0.88725 * 1.0000000001, 4)).isEqualTo(0.8873);
        assertThat(ModelMath.round(0.125, 2)).isEqualTo(0.12);         // an exact tie, to even
        assertThat(ModelMath.round(0.375, 2)).isEqualTo(0.38);
        assertThat(ModelMath.round(-0.000001, 3)).isEqualTo(0.0).hasToString("0.0");
        assertThat(ModelMath.round(2.5, 0)).isEqualTo(2.0);
        assertThat(ModelMath.round(123456.7891234, 6)).isEqualTo(123456.789123);
    }

    @Test
    @DisplayName("clamp")
    void clamp() {
        assertThat(ModelMath.clamp(1.365)).isEqualTo(1.0);
        assertThat(ModelMath.clamp(-0.05)).isEqualTo(0.0);
        assertThat(ModelMath.clamp(0.4)).isEqualTo(0.4);
    }
}
