package org.f1pipeline.storage.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The hand-written JSON of the score columns is what Jackson wrote before, but for numbers with fewer digits that read
 * back to the same double, and it reads back exactly.
 */
class JsonColumnsTest {

    private static final ObjectMapper JACKSON = new ObjectMapper();

    @Test
    void writesWhatJacksonReads() throws Exception {
        Random random = new Random(12);
        List<Double> specials = List.of(0.0, -0.0, 1.0, 0.1, 1e-7, 1.0E-5, 123456789.0, 1e21, Double.MIN_VALUE,
                Double.MAX_VALUE, 0.30000000000000004, Double.NaN, Double.POSITIVE_INFINITY,
                Double.NEGATIVE_INFINITY);
        for (int n = 0; n < 2_000; n++) {
            Map<String, Double> map = new LinkedHashMap<>();
            int size = random.nextInt(12);
            for (int k = 0; k < size; k++) {
                double v = switch (random.nextInt(4)) {
                    case 0 -> specials.get(random.nextInt(specials.size()));
                    case 1 -> random.nextDouble();
                    case 2 -> Math.round(random.nextGaussian() * 1e4) / 1e4;
                    default -> Double.longBitsToDouble(random.nextLong());
                };
                map.put(k == 0 ? "grid \"pole\"\\\n\t\u0001é" : "feature_" + k, random.nextInt(20) == 0 ? null : v);
            }
            String ours = JsonColumns.write(map);
            Map<String, Object> jackson = JACKSON.readValue(ours, new TypeReference<LinkedHashMap<String, Object>>() {
            });
            assertThat(List.copyOf(jackson.keySet())).isEqualTo(List.copyOf(map.keySet()));
            map.forEach((key, value) -> assertThat(jackson.get(key) instanceof String quoted ? Double.valueOf(quoted)
                    : jackson.get(key) == null ? null : ((Number) jackson.get(key)).doubleValue()).isEqualTo(value));
            if (map.values().stream().allMatch(v -> v == null || !Double.isFinite(v) || v == 0
                    || Math.abs(v) < 1e-3 || Math.abs(v) >= 1e6)) {
                assertThat(ours).as("outside the short form, Double.toString as before")
                        .isEqualTo(JACKSON.writeValueAsString(map));
            }
            Map<String, Double> back = JsonColumns.read(ours, "c");
            assertThat(back).containsExactlyEntriesOf(map);
            assertThat(List.copyOf(back.keySet())).isEqualTo(List.copyOf(map.keySet()));
        }
    }

    @Test
    void decimalsReadBackExactlyAndAreNoLongerThanDoubleToString() {
        Random random = new Random(5);
        for (int n = 0; n < 200_000; n++) {
            int decimals = random.nextInt(12);
            double scale = Math.pow(10, decimals);
            double v = switch (n % 4) {
                case 0 -> Math.round(random.nextGaussian() * 3 * scale) / scale; // a rounded input or coefficient
                case 1 -> Math.round(random.nextDouble() * 1e6 * scale) / scale;
                case 2 -> random.nextGaussian() * 0.3 * random.nextGaussian(); // a product with float noise
                default -> Double.longBitsToDouble(random.nextLong());
            };
            if (!Double.isFinite(v)) {
                continue;
            }
            StringBuilder out = new StringBuilder();
            JsonColumns.decimal(out, v);
            String text = out.toString();
            assertThat(Double.parseDouble(text)).as(text).isEqualTo(v);
            String java = Double.toString(v);
            if (!java.contains("E")) {
                assertThat(text.length()).as(text + " vs " + java).isLessThanOrEqualTo(java.length());
            }
        }
        StringBuilder out = new StringBuilder();
        for (double v : new double[] {0.69315, -1.5, 2.0, 372.0, 0.001, 0.05, -0.000999, 999999.123456789, 0.0,
            -0.0, 1e6, 123.000004}) {
            JsonColumns.decimal(out, v);
            out.append(' ');
        }
        assertThat(out).hasToString("0.69315 -1.5 2.0 372.0 0.001 0.05 -9.99E-4 999999.123456789 0.0 -0.0 1000000.0"
                + " 123.000004 ");
    }

    @Test
    void decimalsHaveTheFewestDecimalsThatReadBack() {
        // The reference: try 0..9 decimals in turn, the first whose m / 10^k is the value (the rule as stated).
        Random random = new Random(11);
        for (int n = 0; n < 300_000; n++) {
            double scale = Math.pow(10, random.nextInt(11));
            double v = switch (n % 3) {
                case 0 -> Math.round(random.nextGaussian() * 50 * scale) / scale;
                case 1 -> Math.round(random.nextDouble() * 999_999.0 * scale) / scale;
                default -> random.nextDouble() * Math.pow(10, random.nextInt(10) - 3);
            };
            String expected = Double.toString(v);
            double a = Math.abs(v);
            if (a >= 1e-3 && a < 1e6) {
                for (int k = 0; k <= 9; k++) {
                    double p = Math.pow(10, k);
                    long m = Math.round(a * p);
                    if (m / p == a) {
                        expected = new java.math.BigDecimal(m).movePointLeft(k).setScale(Math.max(k, 1))
                                .toPlainString();
                        expected = (v < 0 ? "-" : "") + expected;
                        break;
                    }
                }
            }
            StringBuilder out = new StringBuilder();
            JsonColumns.decimal(out, v);
            assertThat(out).as("%s", v).hasToString(expected);
        }
    }

    @Test
    void readsAnyJsonObjectOfNumbers() {
        Map<String, Double> map = JsonColumns.read(" { \"a\" : 1 , \"b\\u0041\":-2.5e-3,\"c\":null, \"d\":\"NaN\"} ",
                "c");
        Map<String, Double> expected = new LinkedHashMap<>();
        expected.put("a", 1.0);
        expected.put("bA", -0.0025);
        expected.put("c", null);
        expected.put("d", Double.NaN);
        assertThat(map).containsExactlyEntriesOf(expected);
        assertThat(JsonColumns.read("{}", "c")).isEmpty();
    }

    @Test
    void rejectsWhatIsNotAnObjectOfNumbers() {
        for (String bad : List.of("", "[]", "{\"a\":}", "{\"a\":1", "{\"a\":1}x", "{\"a\":true}", "{a:1}")) {
            assertThatThrownBy(() -> JsonColumns.read(bad, "features.scores_json"))
                    .isInstanceOf(IllegalStateException.class).hasMessageContaining("features.scores_json");
        }
    }
}
