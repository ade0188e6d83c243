package org.f1pipeline.fetch.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
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
 * foreign or bit-flipped file is detected and refetched instead of served. The metadata can be read on its own
 * ({@link Meta#read}), and the body then streamed with its length and checksum checked at the end
 * ({@link #checkedBody}), so a large entry is never loaded whole. Internal API.
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
    /** A metadata line longer than this is not ours (headers are a few hundred bytes). */
    private static final int MAX_META = 1 << 20;

    /**
     * The metadata of an entry.
     *
     * @param url        the normalised URL
     * @param status     HTTP status
     * @param fetchedAt  when it was fetched
     * @param sessionEnd end of the session the data is about, or null
     * @param headers    response headers
     * @param bodyBytes  length of the body
     * @param crc32c     checksum of the body
     * @param wireBytes  bytes received on the wire when fetched
     */
    record Meta(String url, int status, Instant fetchedAt, Instant sessionEnd, Map<String, List<String>> headers,
                long bodyBytes, long crc32c, long wireBytes) {

        /** Reads the magic line and the metadata line; {@code in} is then positioned at the body. */
        static Meta read(InputStream in, String expectedUrl) throws IOException {
            byte[] magic = in.readNBytes(MAGIC.length);
            if (!Arrays.equals(magic, MAGIC)) {
                throw new IOException("not a cache entry (bad magic)");
            }
            ByteArrayOutputStream line = new ByteArrayOutputStream(512);
            for (int b; (b = in.read()) != '\n'; ) {
                if (b < 0) {
                    throw new IOException("metadata line not terminated");
                }
                if (line.size() > MAX_META) {
                    throw new IOException("metadata line too long");
                }
                line.write(b);
            }
            return parse(line.toByteArray(), expectedUrl);
        }

        private static Meta parse(byte[] line, String expectedUrl) throws IOException {
            JsonNode meta = Json.MAPPER.readTree(new String(line, StandardCharsets.UTF_8));
            String url = text(meta, "url");
            if (!url.equals(expectedUrl)) {
                throw new IOException("entry is for " + url + ", not " + expectedUrl);
            }
            Map<String, List<String>> headers = new LinkedHashMap<>();
            for (Iterator<Map.Entry<String, JsonNode>> it = meta.path("headers").properties().iterator();
                    it.hasNext(); ) {
                Map.Entry<String, JsonNode> h = it.next();
                List<String> values = new ArrayList<>();
                h.getValue().forEach(v -> values.add(v.asText()));
                headers.put(h.getKey(), values);
            }
            JsonNode end = meta.get("sessionEnd");
            long bodyBytes = meta.path("bodyBytes").asLong(-1);
            if (bodyBytes < 0) {
                throw new IOException("metadata field 'bodyBytes' missing");
            }
            try {
                return new Meta(url, meta.path("status").asInt(), Instant.parse(text(meta, "fetchedAt")),
                        end == null || end.isNull() ? null : Instant.parse(end.asText()), headers, bodyBytes,
                        meta.path("crc32c").asLong(-1), meta.path("wireBytes").asLong(bodyBytes));
            } catch (RuntimeException e) {
                throw new IOException("bad metadata: " + e.getMessage(), e);
            }
        }

        /** Writes the magic line and the metadata line. */
        void write(OutputStream out) throws IOException {
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
            meta.put("bodyBytes", bodyBytes);
            meta.put("wireBytes", wireBytes);
            meta.put("crc32c", crc32c);
            out.write(MAGIC);
            out.write(Json.MAPPER.writeValueAsBytes(meta));
            out.write('\n');
        }
    }

    /** The entry as the response the fetcher returns for a cache hit on {@code requested}. */
    FetchResponse toResponse(URI requested) {
        return new FetchResponse(requested, status, headers, body, wireBytes, Duration.ZERO, true, 0);
    }

    byte[] encode() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream(body.length + 512);
        new Meta(url, status, fetchedAt, sessionEnd, headers, body.length, crc(body), wireBytes).write(out);
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
        java.io.ByteArrayInputStream in = new java.io.ByteArrayInputStream(data);
        Meta meta = Meta.read(in, expectedUrl);
        byte[] body = in.readAllBytes();
        if (body.length != meta.bodyBytes()) {
            throw new IOException("body has " + body.length + " bytes, metadata says " + meta.bodyBytes());
        }
        if (crc(body) != meta.crc32c()) {
            throw new IOException("body checksum mismatch");
        }
        return new CacheEntry(meta.url(), meta.status(), meta.fetchedAt(), meta.sessionEnd(), meta.headers(), body,
                meta.wireBytes());
    }

    /**
     * The body after {@link Meta#read}: the same bytes, with its length and checksum checked at the end; a
     * mismatch (a truncated, foreign or bit-flipped file) fails the last read with an {@link IOException}.
     */
    static InputStream checkedBody(InputStream in, Meta meta) {
        return new InputStream() {
            private final CRC32C crc = new CRC32C();
            private long count;

            @Override
            public int read() throws IOException {
                byte[] one = new byte[1];
                int n = read(one, 0, 1);
                return n < 0 ? -1 : one[0] & 0xff;
            }

            @Override
            public int read(byte[] b, int off, int len) throws IOException {
                int n = in.read(b, off, len);
                if (n < 0) {
                    if (count != meta.bodyBytes()) {
                        throw new EOFException("cached body has " + count + " bytes, metadata says "
                                + meta.bodyBytes());
                    }
                    if (crc.getValue() != meta.crc32c()) {
                        throw new IOException("cached body checksum mismatch");
                    }
                    return -1;
                }
                crc.update(b, off, n);
                count += n;
                if (count > meta.bodyBytes()) {
                    throw new IOException("cached body longer than its metadata says (" + meta.bodyBytes() + ")");
                }
                return n;
            }

            @Override
            public void close() throws IOException {
                in.close();
            }
        };
    }

    private static String text(JsonNode meta, String field) throws IOException {
        JsonNode n = meta.get(field);
        if (n == null || !n.isTextual()) {
            throw new IOException("metadata field '" + field + "' missing");
        }
        return n.asText();
    }

    static long crc(byte[] body) {
        CRC32C crc = new CRC32C();
        crc.update(body);
        return crc.getValue();
    }
}
