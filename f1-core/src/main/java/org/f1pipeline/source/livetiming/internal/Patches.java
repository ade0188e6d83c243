package org.f1pipeline.source.livetiming.internal;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Iterator;
import java.util.Map;
import java.util.function.BiConsumer;

/** Small helpers over patch records (spec 3.4): index-keyed objects patching lists, string values, times. */
public final class Patches {

    private Patches() {
    }

    /** Calls {@code f(index, element)} for a list ({@code [..]}) or an index-keyed object ({@code {"2":..}}). */
    public static void eachIndexed(JsonNode n, BiConsumer<Integer, JsonNode> f) {
        if (n == null || n.isNull()) {
            return;
        }
        if (n.isArray()) {
            for (int i = 0; i < n.size(); i++) {
                f.accept(i, n.get(i));
            }
        } else if (n.isObject()) {
            for (Iterator<Map.Entry<String, JsonNode>> it = n.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> e = it.next();
                if (e.getKey().chars().allMatch(Character::isDigit) && !e.getKey().isEmpty()) {
                    f.accept(Integer.parseInt(e.getKey()), e.getValue());
                }
            }
        }
    }

    /** Calls {@code f(key, value)} for each field of an object. */
    public static void eachField(JsonNode n, BiConsumer<String, JsonNode> f) {
        if (n != null && n.isObject()) {
            for (Iterator<Map.Entry<String, JsonNode>> it = n.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> e = it.next();
                f.accept(e.getKey(), e.getValue());
            }
        }
    }

    /** The text of a field, null when absent, null or empty. */
    public static String text(JsonNode n, String field) {
        JsonNode v = n == null ? null : n.get(field);
        if (v == null || v.isNull() || v.isContainerNode()) {
            return null;
        }
        String s = v.asText().trim();
        return s.isEmpty() ? null : s;
    }

    /** Whether the field is present and explicitly empty ({@code ""}: "no value"). */
    public static boolean explicitlyEmpty(JsonNode n, String field) {
        JsonNode v = n == null ? null : n.get(field);
        return v != null && v.isTextual() && v.asText().trim().isEmpty();
    }

    /** An integer field (number or numeric string), null when absent or not a number. */
    public static Integer integer(JsonNode n, String field) {
        JsonNode v = n == null ? null : n.get(field);
        if (v == null || v.isNull()) {
            return null;
        }
        if (v.isIntegralNumber()) {
            return v.asInt();
        }
        String s = v.asText().trim();
        try {
            return s.isEmpty() ? null : (int) Math.round(Double.parseDouble(s));
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** A decimal field (number or numeric string), null when absent or not a number. */
    public static Double decimal(JsonNode n, String field) {
        JsonNode v = n == null ? null : n.get(field);
        if (v == null || v.isNull()) {
            return null;
        }
        if (v.isNumber()) {
            return v.asDouble();
        }
        try {
            String s = v.asText().trim();
            return s.isEmpty() ? null : Double.parseDouble(s);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /**
     * A lap or sector time ({@code "1:28.097"}, {@code "28.130"}, {@code "1:02:03.456"}) in ms, null for "" or a
     * malformed value.
     */
    public static Integer millis(String v) {
        if (v == null || v.isBlank()) {
            return null;
        }
        try {
            String[] p = v.trim().split(":");
            double seconds = Double.parseDouble(p[p.length - 1]);
            long minutes = p.length >= 2 ? Long.parseLong(p[p.length - 2]) : 0;
            long hours = p.length >= 3 ? Long.parseLong(p[p.length - 3]) : 0;
            long ms = Math.round(seconds * 1000.0) + minutes * 60_000L + hours * 3_600_000L;
            return ms <= 0 || ms > Integer.MAX_VALUE ? null : (int) ms;
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
