package org.f1pipeline.testkit.fake;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.f1pipeline.testkit.synthetic.TimeFormats;

/**
 * A topic's records (session time, payload) and the archive encodings: {@code .jsonStream} = UTF-8 BOM, then
 * {@code HH:MM:SS.mmm} + JSON per record, every record ending in CRLF; {@code .json} keyframe = BOM + the state
 * after merging every patch (object merge, arrays patched by index, {@code _deleted}).
 */
final class LiveTimingStream {
    static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    record Rec(long ms, JsonNode payload) {
    }

    private final List<Rec> records = new ArrayList<>();

    void add(long ms, JsonNode payload) {
        records.add(new Rec(ms, payload));
    }

    List<Rec> records() {
        List<Rec> sorted = new ArrayList<>(records);
        sorted.sort(Comparator.comparingLong(Rec::ms)); // stable: same-time records keep insertion order
        return sorted;
    }

    byte[] jsonStream() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(BOM);
        for (Rec r : records()) {
            String payload = r.payload().isTextual() ? "\"" + r.payload().asText() + "\"" : r.payload().toString();
            out.writeBytes((TimeFormats.streamPrefix(r.ms()) + payload + "\r\n").getBytes(StandardCharsets.UTF_8));
        }
        return out.toByteArray();
    }

    byte[] keyframe() {
        JsonNode state = JolpicaJson.F.objectNode();
        for (Rec r : records()) {
            state = merge(state, r.payload());
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(BOM);
        out.writeBytes(state.toString().getBytes(StandardCharsets.UTF_8));
        return out.toByteArray();
    }

    /** The merge of data-sources §3.4. */
    static JsonNode merge(JsonNode base, JsonNode patch) {
        if (patch.isObject() && base != null && base.isObject()) {
            ObjectNode b = (ObjectNode) base;
            JsonNode deleted = patch.get("_deleted");
            for (Iterator<Map.Entry<String, JsonNode>> it = patch.properties().iterator(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> e = it.next();
                if (!e.getKey().equals("_deleted")) {
                    b.set(e.getKey(), merge(b.get(e.getKey()), e.getValue()));
                }
            }
            if (deleted != null) {
                deleted.forEach(k -> b.remove(k.asText()));
            }
            return b;
        }
        if (patch.isObject() && base != null && base.isArray()) {
            ArrayNode a = (ArrayNode) base;
            for (Iterator<Map.Entry<String, JsonNode>> it = patch.properties().iterator(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> e = it.next();
                int i = Integer.parseInt(e.getKey());
                if (i < a.size()) {
                    a.set(i, merge(a.get(i), e.getValue()));
                } else {
                    a.add(e.getValue().deepCopy());
                }
            }
            return a;
        }
        return patch.deepCopy();
    }
}
