package org.f1pipeline.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.f1pipeline.InvalidInputException;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

@DisplayName("The model records' score map")
class ScoreMapTest {

    private static final ScoreMap.Names NAMES = ScoreMap.Names.of(List.of("grid_log", "coef.grid_log", "fit.races"),
            "features.scores key");

    private static Map<String, Double> linked(Object... pairs) {
        Map<String, Double> map = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            map.put((String) pairs[i], (Double) pairs[i + 1]);
        }
        return map;
    }

    @Nested
    @DisplayName("reads as the LinkedHashMap it replaces")
    class AsAMap {

        private final ScoreMap map = ScoreMap.of(NAMES, new double[] {-0.69315, 1.25, 812.0}, "features.scores");
        private final Map<String, Double> expected = linked("grid_log", -0.69315, "coef.grid_log", 1.25,
                "fit.races", 812.0);

        @Test
        @DisplayName("equal both ways, with the same hash code and text")
        void equality() {
            assertThat(map).isEqualTo(expected);
            assertThat(expected).isEqualTo(map);
            assertThat(map.hashCode()).isEqualTo(expected.hashCode());
            assertThat(map).hasToString("{grid_log=-0.69315, coef.grid_log=1.25, fit.races=812.0}");
            assertThat(map).isNotEqualTo(linked("grid_log", -0.69315, "coef.grid_log", 1.25, "fit.races", 811.0));
        }

        @Test
        @DisplayName("iterate in the order built, and look values up by name")
        void lookups() {
            assertThat(new ArrayList<>(map.keySet())).containsExactly("grid_log", "coef.grid_log", "fit.races");
            assertThat(new ArrayList<>(map.values())).containsExactly(-0.69315, 1.25, 812.0);
            assertThat(map.get("coef.grid_log")).isEqualTo(1.25);
            assertThat(map.get("pace")).isNull();
            assertThat(map.get(42)).isNull();
            assertThat(map.containsKey("fit.races")).isTrue();
            assertThat(map.containsKey("pace")).isFalse();
            assertThat(map.nameAt(2)).isEqualTo("fit.races");
            assertThat(map.valueAt(0)).isEqualTo(-0.69315);
            assertThat(map).hasSize(3);
        }

        @Test
        @DisplayName("refuse every change")
        void unmodifiable() {
            assertThatThrownBy(() -> map.put("pace", 1.0)).isInstanceOf(UnsupportedOperationException.class);
            assertThatThrownBy(() -> map.remove("grid_log")).isInstanceOf(UnsupportedOperationException.class);
            assertThatThrownBy(map::clear).isInstanceOf(UnsupportedOperationException.class);
            assertThatThrownBy(() -> map.entrySet().iterator().remove())
                    .isInstanceOf(UnsupportedOperationException.class);
            assertThatThrownBy(() -> map.entrySet().iterator().next().setValue(2.0))
                    .isInstanceOf(UnsupportedOperationException.class);
            assertThat(map).isEqualTo(expected);
        }
    }

    @Nested
    @DisplayName("copies any other map")
    class Copies {

        @Test
        @DisplayName("in its iteration order, keeping nulls, and later changes to the original do not show")
        void copy() {
            Map<String, Double> original = linked("b", 2.0, "a", null, "c", 0.0);
            ScoreMap copy = ScoreMap.copyOf(original, "features.scores");
            original.put("b", 5.0);
            assertThat(new ArrayList<>(copy.keySet())).containsExactly("b", "a", "c");
            assertThat(copy.get("b")).isEqualTo(2.0);
            assertThat(copy.containsKey("a")).isTrue();
            assertThat(copy.get("a")).isNull();
            assertThat(copy.isNullAt(1)).isTrue();
            assertThat(copy).isEqualTo(linked("b", 2.0, "a", null, "c", 0.0));
            assertThat(copy).hasToString("{b=2.0, a=null, c=0.0}");
        }

        @Test
        @DisplayName("and adopts a score map as it is")
        void adopts() {
            ScoreMap map = ScoreMap.of(NAMES, new double[] {1, 2, 3}, "features.scores");
            assertThat(ScoreMap.copyOf(map, "features.scores")).isSameAs(map);
        }
    }

    @Nested
    @DisplayName("refuses what the records refused, naming the field")
    class Refuses {

        @Test
        @DisplayName("a value that is not finite")
        void notFinite() {
            assertThatThrownBy(() -> ScoreMap.of(NAMES, new double[] {1, Double.NaN, 3}, "features.scores"))
                    .isInstanceOf(InvalidInputException.class).hasMessageContaining("features.scores[coef.grid_log]");
            Map<String, Double> infinite = new HashMap<>(Map.of("pace", Double.POSITIVE_INFINITY));
            assertThatThrownBy(() -> ScoreMap.copyOf(infinite, "prediction.contributions"))
                    .isInstanceOf(InvalidInputException.class)
                    .hasMessageContaining("prediction.contributions[pace]");
        }

        @Test
        @DisplayName("a blank or repeated name, and values that do not match the names")
        void names() {
            assertThatThrownBy(() -> ScoreMap.copyOf(linked(" ", 1.0), "features.scores"))
                    .isInstanceOf(InvalidInputException.class).hasMessageContaining("features.scores key");
            assertThatThrownBy(() -> ScoreMap.Names.of(List.of("pace", "grid", "pace"), "features.scores key"))
                    .isInstanceOf(InvalidInputException.class).hasMessageContaining("repeats a name");
            assertThatThrownBy(() -> ScoreMap.of(NAMES, new double[] {1, 2}, "features.scores"))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("3 names but 2 values");
        }
    }

    @Test
    @DisplayName("share the names of one family, whose positions a reader can look up once")
    void sharedNames() {
        ScoreMap a = ScoreMap.of(NAMES, new double[] {1, 2, 3}, "features.scores");
        ScoreMap b = ScoreMap.of(NAMES, new double[] {4, 5, 6}, "features.scores");
        assertThat(a.names()).isSameAs(b.names());
        assertThat(NAMES.indexOf("fit.races")).isEqualTo(2);
        assertThat(NAMES.indexOf("pace")).isEqualTo(-1);
        assertThat(NAMES.size()).isEqualTo(3);
    }
}
