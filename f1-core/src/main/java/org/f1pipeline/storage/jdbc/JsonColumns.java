package org.f1pipeline.storage.jdbc;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.f1pipeline.internal.ScoreMap;

/**
 * Name-to-number maps (feature scores, prediction contributions) stored as a JSON object in a text column. JSON keeps
 * the map's order (the model's feature order) and its doubles exactly (every number is written as decimal text that
 * reads back to the same double, {@link #decimal}).
 *
 * <p>Written and read here, not with Jackson: a full recompute writes some 22,000 of these maps, and in a fresh
 * JVM (the CLI runs once per process) Jackson's start-up (some 400 classes, an object mapper, serializer lookup)
 * cost more than the writing itself. The text is what Jackson's default {@code ObjectMapper} writes for a
 * {@code Map<String, Double>} (compact, non-finite numbers quoted, the standard escapes), except that a number may
 * be written with fewer digits than {@code Double.toString} gives where those read back to the same double
 * ({@link #decimal}); the reader accepts any JSON object of numbers (and {@code null}s, and the quoted non-finite
 * numbers). Stateless.
 */
final class JsonColumns {

    private static final char[] HEX = "0123456789abcdef".toCharArray();
    /** Most strings whose quoted form {@link #string} keeps. */
    private static final int MAX_QUOTED = 8_192;
    private static final Map<String, String> QUOTED = new ConcurrentHashMap<>();
    /** Most decimals written without {@code Double.toString}: below 1,000,000 every scaled value stays under 2^53. */
    private static final int MAX_DECIMALS = 9;
    private static final double[] POW10 = {1, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9};
    private static final long[] LONG_POW10 = {1L, 10L, 100L, 1_000L, 10_000L, 100_000L, 1_000_000L, 10_000_000L,
        100_000_000L, 1_000_000_000L};

    private JsonColumns() {
    }

    static String write(Map<String, Double> map) {
        return object(new StringBuilder(24 * map.size() + 2), map).toString();
    }

    /** Appends {@code map} as a JSON object (the text of {@link #write}). */
    static StringBuilder object(StringBuilder out, Map<String, Double> map) {
        out.append('{');
        if (map instanceof ScoreMap s) {
            // The model's records (decision D97): read by position, no entry or boxed double made per number.
            for (int i = 0; i < s.size(); i++) {
                if (i > 0) {
                    out.append(',');
                }
                string(out, s.nameAt(i));
                out.append(':');
                if (s.isNullAt(i)) {
                    out.append("null");
                } else {
                    decimal(out, s.valueAt(i)); // finite: a score map holds no other
                }
            }
            return out.append('}');
        }
        boolean first = true;
        for (Map.Entry<String, Double> e : map.entrySet()) {
            if (!first) {
                out.append(',');
            }
            first = false;
            string(out, e.getKey());
            out.append(':');
            number(out, e.getValue());
        }
        return out.append('}');
    }

    /** Appends a number as {@link #write} does: {@link #decimal}, non-finite quoted, null as {@code null}. */
    static void number(StringBuilder out, Double v) {
        if (v == null) {
            out.append("null");
        } else if (Double.isFinite(v)) {
            decimal(out, v);
        } else {
            out.append('"').append(Double.toString(v)).append('"');
        }
    }

    /** As {@link #number(StringBuilder, Double)}, for a primitive (no boxing: two per driver line). */
    static void number(StringBuilder out, double v) {
        if (Double.isFinite(v)) {
            decimal(out, v);
        } else {
            out.append('"').append(Double.toString(v)).append('"');
        }
    }

    /**
     * Appends a finite double as decimal text that reads back to the same double. A value with at most
     * {@value #MAX_DECIMALS} decimals between 0.001 and 1,000,000 (most of what the model stores: its inputs and
     * coefficients are rounded) is written with its fewest decimals, at least one ({@code 0.69315}, {@code 2.0},
     * {@code -1.5}); any other between 0.001 and 10,000,000 (the probabilities and contributions) as its shortest
     * decimal ({@link ShortestDecimal}); anything else as {@link Double#toString}. All three write what
     * {@code Double.toString} writes since Java 19 (and Java 17, on every value tested). Why: a recompute writes some
     * 150,000 numbers, and on Java 17 {@code Double.toString} was the largest part of writing these columns
     * (async-profiler, decisions D90 and D102).
     *
     * <p>Exact: {@code m / 10^k}, with {@code m} and {@code 10^k} both exact doubles, is the double nearest to the
     * decimal {@code m·10^-k}, which is also what reading that decimal gives; so when it equals {@code v}, the text
     * reads back to {@code v}.
     */
    static void decimal(StringBuilder out, double v) {
        double a = Math.abs(v);
        if (a >= 1e-3 && a < 1e6) {
            // One test at the most decimals instead of one per count: if v has a form with k <= 9 decimals, it is
            // also m / 10^9 with m = that form's digits followed by 9 - k zeros, and below 10^6 no two decimals with
            // 9 places round to the same double (they are 1e-9 apart, the doubles at most 1.2e-10), so m is that
            // number and its trailing zeros give the fewest decimals.
            long m = Math.round(a * POW10[MAX_DECIMALS]);
            if (m / POW10[MAX_DECIMALS] == a) {
                int k = MAX_DECIMALS;
                while (k > 0 && m % 10 == 0) {
                    m /= 10;
                    k--;
                }
                if (v < 0) {
                    out.append('-');
                }
                out.append(m / LONG_POW10[k]).append('.');
                if (k == 0) {
                    out.append('0');
                } else {
                    long fraction = m % LONG_POW10[k];
                    for (long p = LONG_POW10[k - 1]; p > fraction; p /= 10) {
                        out.append('0'); // leading zeros of the fraction (it ends in a non-zero digit)
                    }
                    out.append(fraction);
                }
                return;
            }
        }
        if (!ShortestDecimal.append(out, v)) {
            out.append(Double.toString(v));
        }
    }

    /**
     * Appends {@code s} as a JSON string with the standard escapes. The strings written are mostly a few dozen
     * feature names and some hundreds of driver ids, each written thousands of times in a recompute: their quoted
     * form is kept ({@value #MAX_QUOTED} at most) and appended whole, where escaping char by char was about a third of
     * the time the feature sets' maps took to write (decision D94).
     */
    static void string(StringBuilder out, String s) {
        if (s == null) {
            throw new IllegalStateException("a JSON column map has a null key");
        }
        String quoted = QUOTED.get(s);
        if (quoted == null) {
            int start = out.length();
            escape(out, s);
            if (QUOTED.size() < MAX_QUOTED) {
                QUOTED.putIfAbsent(s, out.substring(start));
            }
            return;
        }
        out.append(quoted);
    }

    private static void escape(StringBuilder out, String s) {
        out.append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\b' -> out.append("\\b");
                case '\f' -> out.append("\\f");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c < 0x20) {
                        out.append("\\u00").append(HEX[c >> 4]).append(HEX[c & 0xF]);
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        out.append('"');
    }

    static Map<String, Double> read(String json, String column) {
        try {
            return new Reader(json).object();
        } catch (IllegalArgumentException | IndexOutOfBoundsException e) {
            throw new IllegalStateException("column " + column + " does not hold a JSON object of numbers: " + json
                    + " (" + e.getMessage() + ")", e);
        }
    }

    /**
     * A parser of flat JSON objects of numbers, and of the few shapes built from them ({@link EventJson}). Not
     * thread-safe.
     */
    static final class Reader {
        private final String s;
        private int i;

        Reader(String s) {
            this.s = s;
        }

        /** One flat object of numbers, and nothing after it. */
        Map<String, Double> object() {
            Map<String, Double> out = members();
            if (peek() != 0) {
                throw new IllegalArgumentException("text after the object at " + i);
            }
            return out;
        }

        /** One flat object of numbers, at the current position; what follows is left for the caller. */
        Map<String, Double> members() {
            Map<String, Double> out = new LinkedHashMap<>();
            space();
            expect('{');
            if (peek() == '}') {
                i++;
            } else {
                while (true) {
                    space();
                    String key = string();
                    expect(':');
                    space();
                    out.put(key, value());
                    char c = next();
                    if (c == '}') {
                        break;
                    }
                    if (c != ',') {
                        throw new IllegalArgumentException("',' or '}' expected at " + (i - 1));
                    }
                }
            }
            return out;
        }

        /** A number (or {@code null}, or a quoted non-finite number) at the current position. */
        Double value() {
            space();
            char c = s.charAt(i);
            if (c == '"') {
                return Double.valueOf(string()); // the quoted "NaN", "Infinity", "-Infinity"
            }
            if (s.startsWith("null", i)) {
                i += 4;
                return null;
            }
            int start = i;
            while (i < s.length() && "+-0123456789.eE".indexOf(s.charAt(i)) >= 0) {
                i++;
            }
            if (start == i) {
                throw new IllegalArgumentException("a number expected at " + start);
            }
            return Double.valueOf(s.substring(start, i));
        }

        /** A string at the current position. */
        String string() {
            space();
            if (s.charAt(i) != '"') {
                throw new IllegalArgumentException("'\"' expected at " + i);
            }
            i++;
            StringBuilder out = null;
            int start = i;
            while (true) {
                char c = s.charAt(i++);
                if (c == '"') {
                    return out == null ? s.substring(start, i - 1) : out.toString();
                }
                if (out == null) {
                    if (c != '\\') {
                        continue;
                    }
                    out = new StringBuilder().append(s, start, i - 1);
                }
                if (c != '\\') {
                    out.append(c);
                    continue;
                }
                char e = s.charAt(i++);
                switch (e) {
                    case 'b' -> out.append('\b');
                    case 'f' -> out.append('\f');
                    case 'n' -> out.append('\n');
                    case 'r' -> out.append('\r');
                    case 't' -> out.append('\t');
                    case 'u' -> {
                        out.append((char) Integer.parseInt(s.substring(i, i + 4), 16));
                        i += 4;
                    }
                    default -> out.append(e); // \" \\ \/
                }
            }
        }

        void expect(char c) {
            if (next() != c) {
                throw new IllegalArgumentException("'" + c + "' expected at " + (i - 1));
            }
        }

        /** The next non-space character, consumed (0 at the end). */
        char next() {
            char c = peek();
            i++;
            return c;
        }

        /** The next non-space character, not consumed (0 at the end). */
        char peek() {
            space();
            return i < s.length() ? s.charAt(i) : 0;
        }

        void space() {
            while (i < s.length() && Character.isWhitespace(s.charAt(i))) {
                i++;
            }
        }
    }
}
