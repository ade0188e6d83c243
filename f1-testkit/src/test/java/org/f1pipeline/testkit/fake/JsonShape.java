package org.f1pipeline.testkit.fake;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * The "shape" of a JSON document: every path (array elements as {@code []}, numeric object keys such as car
 * numbers as {@code #}) with the kinds of value seen there. Two shapes are compared path by path so a fake can be
 * checked against a real recording without comparing values.
 */
final class JsonShape {
    private static final Map<String, Pattern> KINDS = new java.util.LinkedHashMap<>();

    static {
        KINDS.put("str:empty", Pattern.compile("^$"));
        KINDS.put("str:int", Pattern.compile("^-?\\d+$"));
        KINDS.put("str:clock", Pattern.compile("^\\+?(\\d+:)?\\d{1,2}:\\d{2}\\.\\d{3}$"));
        KINDS.put("str:gap", Pattern.compile("^\\+\\d+\\.\\d{3}$"));
        KINDS.put("str:dec", Pattern.compile("^-?\\d+\\.\\d+$"));
        KINDS.put("str:date", Pattern.compile("^\\d{4}-\\d{2}-\\d{2}$"));
        KINDS.put("str:timeZ", Pattern.compile("^\\d{2}:\\d{2}:\\d{2}Z$"));
        KINDS.put("str:isoOffset", Pattern.compile("^\\d{4}-\\d{2}-\\d{2}[T ]\\d{2}:\\d{2}:\\d{2}(\\.\\d{1,6})?\\+00:00$"));
        KINDS.put("str:isoLocal", Pattern.compile("^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d+)?Z?$"));
        // Time of day (pit stops) and GMT offsets ("-04:00:00") share one kind.
        KINDS.put("str:hms", Pattern.compile("^-?\\d{2}:\\d{2}:\\d{2}$"));
        KINDS.put("str:url", Pattern.compile("^https?://.*"));
    }

    final Map<String, Set<String>> paths = new TreeMap<>();

    static JsonShape of(JsonNode n) {
        JsonShape s = new JsonShape();
        s.walk(n, "");
        return s;
    }

    static String kind(JsonNode v) {
        if (v.isTextual()) {
            String t = v.asText();
            for (Map.Entry<String, Pattern> e : KINDS.entrySet()) {
                if (e.getValue().matcher(t).matches()) {
                    return e.getKey();
                }
            }
            return "str";
        }
        if (v.isNumber()) {
            return "num";
        }
        if (v.isBoolean()) {
            return "bool";
        }
        return v.isNull() ? "null" : v.isArray() ? "array" : "object";
    }

    private void walk(JsonNode n, String path) {
        if (n.isObject()) {
            add(path, "object");
            for (Iterator<Map.Entry<String, JsonNode>> it = n.properties().iterator(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> e = it.next();
                String key = e.getKey().matches("\\d+") ? "#" : e.getKey();
                walk(e.getValue(), path + "." + key);
            }
        } else if (n.isArray()) {
            add(path, "array");
            n.forEach(x -> walk(x, path + "[]"));
        } else {
            add(path, kind(n));
        }
    }

    private void add(String path, String kind) {
        paths.computeIfAbsent(path, k -> new TreeSet<>()).add(kind);
    }

    /** Adds every path and kind of another shape (union of several recordings). */
    JsonShape plus(JsonShape other) {
        other.paths.forEach((p, k) -> paths.computeIfAbsent(p, x -> new TreeSet<>()).addAll(k));
        return this;
    }

    /** Paths of this shape with "[]" and "#" folded together (arrays patched as index-keyed objects). */
    JsonShape folded() {
        JsonShape f = new JsonShape();
        paths.forEach((p, k) -> {
            String q = p.replace("[]", ".#").replace("..", ".");
            Set<String> kinds = new TreeSet<>(k);
            if (kinds.remove("array")) {
                kinds.add("object");
            }
            f.paths.computeIfAbsent(q, x -> new TreeSet<>()).addAll(kinds);
        });
        return f;
    }

    /** Differences of {@code fake} against {@code real}; ignored paths are skipped (prefix match). */
    static List<String> diff(JsonShape real, JsonShape fake, boolean fakeMayOmit, Set<String> ignore) {
        List<String> out = new ArrayList<>();
        for (Map.Entry<String, Set<String>> e : fake.paths.entrySet()) {
            if (ignored(e.getKey(), ignore)) {
                continue;
            }
            Set<String> realKinds = real.paths.get(e.getKey());
            if (realKinds == null) {
                out.add("fake has extra path " + e.getKey() + " " + e.getValue());
            } else if (!realKinds.containsAll(e.getValue())) {
                out.add("kind mismatch at " + e.getKey() + ": real " + realKinds + ", fake " + e.getValue());
            }
        }
        if (!fakeMayOmit) {
            for (String p : real.paths.keySet()) {
                if (!fake.paths.containsKey(p) && !ignored(p, ignore)) {
                    out.add("fake lacks path " + p + " " + real.paths.get(p));
                }
            }
        }
        return out;
    }

    private static boolean ignored(String path, Set<String> ignore) {
        return ignore.stream().anyMatch(path::startsWith);
    }
}
