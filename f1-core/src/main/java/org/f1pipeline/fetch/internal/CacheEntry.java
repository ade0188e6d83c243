package org.f1pipeline.fetch.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.CRC32C;
import org.f1pipeline.fetch.FetchResponse;

/**
 * One cache entry and its file format: a magic line, one line of JSON metadata (url, status, fetchedAt,
 * sessionEnd, headers, body length and CRC32C) and the raw body. Decoding checks every part, so a truncated,
 * foreign or bit-flipped file is detected and refetched instead of served. Internal API.
 *
 * @param url        the normalised URL
 * @param status     HTTP status
 * @param fetchedAt  when it was fetched (wall clock)
 * @param sessionEnd end of the session the data is about, or null
 * @param headers    response headers
 * @param body       decoded body
 * @param wireBytes  bytes received on the wire when fetched
 */
record CacheEntry(String url, int status, Instant fetchedAt, Instant sessionEnd, Map<String, List<String>> headers,
                  byte[] body, long wireBytes) {

    private static final byte[] MAGIC = "F1PIPELINE-CACHE 1\n".getBytes(StandardCharsets.US_ASCII);

    /** The entry as the response the fetcher returns for a cache hit on {@code requested}. */
    FetchResponse toResponse(URI requested) {
        return new FetchResponse(requested, status, headers, body, wireBytes, Duration.ZERO, true);
    }

    byte[] encode() throws IOException {
        ObjectNode meta = Json.MAPPER.createObjectNode();
        meta.put("url", url);
        meta.put("status", status);
        meta.put("fetchedAt", fetchedAt.toString());
        meta.put("sessionEnd", sessionEnd == null ? null : sessionEnd.toString());
        ObjectNode hs = meta.putObject("headers");
        headers.forEach((k, v) -> {
            ArrayNode arr = hs.putArray(k);
            v.forEach(arr::add);
        });
        meta.put("bodyBytes", body.length);
        meta.put("wireBytes", wireBytes);
        meta.put("crc32c", crc(body));
        ByteArrayOutputStream out = new ByteArrayOutputStream(body.length + 512);
        out.write(MAGIC);
        out.write(Json.MAPPER.writeValueAsBytes(meta));
        out.write('\n');
        out.write(body);
        return out.toByteArray();
    }

    /**
     * Decodes a file's bytes.
     *
     * @param data        the file content
     * @param expectedUrl the normalised URL the file should hold
     * @return the entry
     * @throws IOException describing the first inconsistency found
     */
    static CacheEntry decode(byte[] data, String expectedUrl) throws IOException {
        if (data.length < MAGIC.length || !Arrays.equals(Arrays.copyOf(data, MAGIC.length), MAGIC)) {
            throw new IOException("not a cache entry (bad magic)");
        }
        int nl = -1;
        for (int i = MAGIC.length; i < data.length; i++) {
            if (data[i] == '\n') {
                nl = i;
                break;
            }
        }
        if (nl < 0) {
            throw new IOException("metadata line not terminated");
        }
        JsonNode meta = Json.MAPPER.readTree(new String(data, MAGIC.length, nl - MAGIC.length,
                StandardCharsets.UTF_8));
        String url = text(meta, "url");
        if (!url.equals(expectedUrl)) {
            throw new IOException("entry is for " + url + ", not " + expectedUrl);
        }
        byte[] body = Arrays.copyOfRange(data, nl + 1, data.length);
        if (body.length != meta.path("bodyBytes").asLong(-1)) {
            throw new IOException("body has " + body.length + " bytes, metadata says "
                    + meta.path("bodyBytes").asText());
        }
        if (crc(body) != meta.path("crc32c").asLong(-1)) {
            throw new IOException("body checksum mismatch");
        }
        Map<String, List<String>> headers = new LinkedHashMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = meta.path("headers").properties().iterator(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> h = it.next();
            List<String> values = new ArrayList<>();
            h.getValue().forEach(v -> values.add(v.asText()));
            headers.put(h.getKey(), values);
        }
        JsonNode end = meta.get("sessionEnd");
        try {
            return new CacheEntry(url, meta.path("status").asInt(), Instant.parse(text(meta, "fetchedAt")),
                    end == null || end.isNull() ? null : Instant.parse(end.asText()), headers, body,
                    meta.path("wireBytes").asLong(body.length));
        } catch (RuntimeException e) {
            throw new IOException("bad metadata: " + e.getMessage(), e);
        }
    }

    private static String text(JsonNode meta, String field) throws IOException {
        JsonNode n = meta.get(field);
        if (n == null || !n.isTextual()) {
            throw new IOException("metadata field '" + field + "' missing");
        }
        return n.asText();
    }

    private static long crc(byte[] body) {
        CRC32C crc = new CRC32C();
        crc.update(body);
        return crc.getValue();
    }
}
