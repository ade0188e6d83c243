package org.f1pipeline.storage.jdbc;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Name-to-number maps (feature scores, prediction contributions) stored as a JSON object in a text column. JSON keeps
 * the map's order (the model's feature order) and its doubles exactly ({@link Double#toString} is read back to the
 * same double).
 *
 * <p>Written and read here, not with Jackson: a full recompute writes some 22,000 of these maps, and in a fresh
 * JVM (the CLI runs once per process) Jackson's start-up (some 400 classes, an object mapper, serializer lookup)
 * cost more than the writing itself. The text is exactly what Jackson's default {@code ObjectMapper} writes for a
 * {@code Map<String, Double>} (compact, {@code Double.toString} numbers, non-finite numbers quoted, the standard
 * escapes), so databases written before read the same and new rows are byte-identical to old ones; the reader
 * accepts any JSON object of numbers (and {@code null}s, and the quoted non-finite numbers). Stateless.
 */
final class JsonColumns {

    private static final char[] HEX = "0123456789abcdef".toCharArray();

    private JsonColumns() {
    }

    static String write(Map<String, Double> map) {
        StringBuilder out = new StringBuilder(24 * map.size() + 2).append('{');
        boolean first = true;
        for (Map.Entry<String, Double> e : map.entrySet()) {
            if (!first) {
                out.append(',');
            }
            first = false;
            string(out, e.getKey());
            out.append(':');
            Double v = e.getValue();
            if (v == null) {
                out.append("null");
            } else if (Double.isFinite(v)) {
                out.append(Double.toString(v));
            } else {
                out.append('"').append(Double.toString(v)).append('"');
            }
        }
        return out.append('}').toString();
    }

    private static void string(StringBuilder out, String s) {
        if (s == null) {
            throw new IllegalStateException("a JSON column map has a null key");
        }
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

    /** A parser of one flat JSON object of numbers. Not thread-safe. */
    private static final class Reader {
        private final String s;
        private int i;

        Reader(String s) {
            this.s = s;
        }

        Map<String, Double> object() {
            Map<String, Double> out = new LinkedHashMap<>();
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
            if (peek() != 0) {
                throw new IllegalArgumentException("text after the object at " + i);
            }
            return out;
        }

        private Double value() {
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

        private String string() {
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

        private void expect(char c) {
            if (next() != c) {
                throw new IllegalArgumentException("'" + c + "' expected at " + (i - 1));
            }
        }

        /** The next non-space character, consumed (0 at the end). */
        private char next() {
            char c = peek();
            i++;
            return c;
        }

        /** The next non-space character, not consumed (0 at the end). */
        private char peek() {
            space();
            return i < s.length() ? s.charAt(i) : 0;
        }

        private void space() {
            while (i < s.length() && Character.isWhitespace(s.charAt(i))) {
                i++;
            }
        }
    }
}
