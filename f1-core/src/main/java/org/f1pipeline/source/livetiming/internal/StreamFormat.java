package org.f1pipeline.source.livetiming.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.zip.DataFormatException;
import java.util.zip.Inflater;
import org.f1pipeline.fetch.SourceFormatException;

/**
 * The archive's file encodings (spec section 3.3): UTF-8 with an optional BOM; {@code .jsonStream} records separated
 * by CRLF or LF, each a 12-character session-time prefix {@code HH:MM:SS.mmm} immediately followed by JSON; {@code .z}
 * payloads are a JSON string of base64 raw DEFLATE, inflated here up to a cap so a hostile or broken file cannot
 * exhaust memory. Every malformed input is a {@link SourceFormatException} naming the URL and the line.
 */
public final class StreamFormat {

    /** Length of the session-time prefix. */
    public static final int PREFIX = 12;

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private StreamFormat() {
    }

    /** The text of a body: UTF-8, a leading BOM removed. */
    public static String text(byte[] body) {
        String s = new String(body, StandardCharsets.UTF_8);
        return s.startsWith("\uFEFF") ? s.substring(1) : s;
    }

    /** A whole-document JSON file ({@code Index.json}, a keyframe), BOM and CRLF pretty-printing tolerated. */
    public static JsonNode document(URI uri, byte[] body) {
        String text = text(body).strip();
        try {
            JsonNode n = MAPPER.readTree(text);
            if (n == null || n.isMissingNode()) {
                throw new SourceFormatException(uri, "empty JSON document", snippet(text), null);
            }
            return n;
        } catch (JsonProcessingException e) {
            throw new SourceFormatException(uri, "invalid JSON: " + e.getOriginalMessage(), snippet(text), e);
        }
    }

    /**
     * The records of a {@code .jsonStream} file in file order.
     *
     * @param compressed   the topic is a {@code .z} topic (payloads are quoted base64 raw DEFLATE)
     * @param maxInflated  cap on the inflated size of one {@code .z} payload, in bytes
     */
    public static List<StreamRecord> records(URI uri, byte[] body, boolean compressed, long maxInflated) {
        String text = text(body);
        List<StreamRecord> out = new ArrayList<>();
        int lineNo = 0;
        int from = 0;
        while (from < text.length()) {
            int nl = text.indexOf('\n', from);
            String line = nl < 0 ? text.substring(from) : text.substring(from, nl);
            from = nl < 0 ? text.length() : nl + 1;
            lineNo++;
            if (line.endsWith("\r")) {
                line = line.substring(0, line.length() - 1);
            }
            if (line.isBlank()) {
                continue;
            }
            out.add(record(uri, lineNo, line, compressed, maxInflated));
        }
        return out;
    }

    private static StreamRecord record(URI uri, int lineNo, String line, boolean compressed, long maxInflated) {
        if (line.length() <= PREFIX) {
            throw new SourceFormatException(uri, "line " + lineNo + ": shorter than the 12-character time prefix",
                    snippet(line), null);
        }
        long t = sessionTime(uri, lineNo, line.substring(0, PREFIX));
        String payload = line.substring(PREFIX);
        JsonNode data;
        try {
            data = MAPPER.readTree(payload);
        } catch (JsonProcessingException e) {
            throw new SourceFormatException(uri, "line " + lineNo + ": invalid JSON payload: "
                    + e.getOriginalMessage(), snippet(line), e);
        }
        if (compressed) {
            if (!data.isTextual()) {
                throw new SourceFormatException(uri, "line " + lineNo + ": a .z payload must be a quoted base64"
                        + " string", snippet(line), null);
            }
            data = inflateJson(uri, lineNo, data.asText(), maxInflated);
        }
        return new StreamRecord(t, data);
    }

    /** {@code HH:MM:SS.mmm} to milliseconds. */
    static long sessionTime(URI uri, int lineNo, String p) {
        if (p.charAt(2) != ':' || p.charAt(5) != ':' || p.charAt(8) != '.') {
            throw new SourceFormatException(uri, "line " + lineNo + ": time prefix is not HH:MM:SS.mmm",
                    snippet(p), null);
        }
        try {
            int h = Integer.parseInt(p.substring(0, 2));
            int m = Integer.parseInt(p.substring(3, 5));
            int s = Integer.parseInt(p.substring(6, 8));
            int ms = Integer.parseInt(p.substring(9, 12));
            if (m > 59 || s > 59 || h < 0 || m < 0 || s < 0 || ms < 0) {
                throw new NumberFormatException(p);
            }
            return ((h * 60L + m) * 60L + s) * 1000L + ms;
        } catch (NumberFormatException e) {
            throw new SourceFormatException(uri, "line " + lineNo + ": time prefix is not HH:MM:SS.mmm",
                    snippet(p), e);
        }
    }

    /** Base64 raw DEFLATE to JSON, refusing more than {@code maxInflated} bytes. */
    public static JsonNode inflateJson(URI uri, int lineNo, String base64, long maxInflated) {
        byte[] raw;
        try {
            raw = Base64.getDecoder().decode(base64.strip());
        } catch (IllegalArgumentException e) {
            throw new SourceFormatException(uri, "line " + lineNo + ": .z payload is not base64", snippet(base64), e);
        }
        Inflater inflater = new Inflater(true);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            inflater.setInput(raw);
            byte[] buf = new byte[8192];
            while (!inflater.finished()) {
                int n = inflater.inflate(buf);
                if (n == 0 && (inflater.needsInput() || inflater.needsDictionary())) {
                    throw new SourceFormatException(uri, "line " + lineNo + ": truncated .z payload", null, null);
                }
                if (out.size() + (long) n > maxInflated) {
                    throw new SourceFormatException(uri, "line " + lineNo + ": .z payload inflates to more than "
                            + maxInflated + " bytes", null, null);
                }
                out.write(buf, 0, n);
            }
        } catch (DataFormatException e) {
            throw new SourceFormatException(uri, "line " + lineNo + ": .z payload is not raw DEFLATE", null, e);
        } finally {
            inflater.end();
        }
        String json = text(out.toByteArray());
        try {
            return MAPPER.readTree(json);
        } catch (JsonProcessingException e) {
            throw new SourceFormatException(uri, "line " + lineNo + ": inflated .z payload is not JSON",
                    snippet(json), e);
        }
    }

    private static String snippet(String s) {
        return s == null ? null : s.length() > 200 ? s.substring(0, 200) : s;
    }
}
