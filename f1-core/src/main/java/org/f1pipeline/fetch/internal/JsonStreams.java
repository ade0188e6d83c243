package org.f1pipeline.fetch.internal;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.PushbackInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.f1pipeline.fetch.ResponseBody;
import org.f1pipeline.fetch.SourceFormatException;

/**
 * Reads JSON bodies with Jackson's streaming parser, so that memory follows the rows a source keeps, not the size
 * of the body: a root array is walked element by element, each element becoming a small tree that is dropped once
 * the source has turned it into a row. Applies the same checks as {@code Json.parse(FetchResponse)} (empty body, HTML
 * page, malformed or truncated JSON, trailing garbage) with the same messages. Internal API.
 */
public final class JsonStreams {

    /** Looks at this many bytes to recognise an empty body or an HTML page before parsing. */
    private static final int SNIFF = 64;

    /** Receives one element of a root array. */
    @FunctionalInterface
    public interface ElementHandler {
        /**
         * Handles one element.
         *
         * @param index   its position in the array, from 0
         * @param element the element as a tree
         */
        void accept(int index, JsonNode element);
    }

    private JsonStreams() {
    }

    /**
     * A parser positioned before the first token of the body.
     *
     * @throws SourceFormatException for an empty body or an HTML page
     */
    public static JsonParser open(ResponseBody body) throws IOException {
        PushbackInputStream in = new PushbackInputStream(body.stream(), SNIFF);
        byte[] head = new byte[SNIFF];
        int n = 0;
        while (n < SNIFF) {
            int r = in.read(head, n, SNIFF - n);
            if (r <= 0) {
                break;
            }
            n += r;
        }
        String start = new String(head, 0, n, StandardCharsets.UTF_8);
        String trimmed = Json.stripBom(start).stripLeading();
        String contentType = body.header("Content-Type").orElse("");
        if (trimmed.isEmpty() && n < SNIFF) {
            throw new SourceFormatException(body.uri(), "empty body where JSON was expected", "", null);
        }
        String lower = trimmed.substring(0, Math.min(trimmed.length(), 15)).toLowerCase(Locale.ROOT);
        if (contentType.toLowerCase(Locale.ROOT).contains("text/html") || lower.startsWith("<!doctype")
                || lower.startsWith("<html")) {
            throw new SourceFormatException(body.uri(), "HTML page where JSON was expected (Content-Type '"
                    + contentType + "')", body.snippet(), null);
        }
        in.unread(head, 0, n);
        return Json.MAPPER.getFactory().createParser((InputStream) in);
    }

    /** The whole body as one tree (for small bodies); trailing tokens are an error. */
    public static JsonNode tree(ResponseBody body) throws IOException {
        try (JsonParser p = open(body)) {
            if (p.nextToken() == null) {
                throw new SourceFormatException(body.uri(), "empty body where JSON was expected", "", null);
            }
            JsonNode root = Json.STREAM.readTree(p);
            expectEnd(p, body);
            return root;
        }
    }

    /**
     * Walks a body that must be a JSON array, handing each element to {@code handler} as a tree.
     *
     * @param body     the body
     * @param notArray what to say when the root is not an array (e.g. "OpenF1 laps: expected a JSON array")
     * @param handler  receives each element
     * @return the number of elements
     * @throws SourceFormatException when the root is not an array, or for malformed JSON
     */
    public static int forEachElement(ResponseBody body, String notArray, ElementHandler handler)
            throws IOException {
        try (JsonParser p = open(body)) {
            JsonToken first = p.nextToken();
            if (first != JsonToken.START_ARRAY) {
                String was = first == null ? "nothing" : first == JsonToken.START_OBJECT ? "OBJECT" : first.name();
                throw new SourceFormatException(body.uri(), notArray + ", was " + was, body.snippet(), null);
            }
            int i = 0;
            while (p.nextToken() != JsonToken.END_ARRAY) {
                if (p.currentToken() == null) {
                    throw new SourceFormatException(body.uri(), "truncated JSON (unexpected end-of-input in an"
                            + " array)", body.snippet(), null);
                }
                JsonNode element = Json.STREAM.readTree(p);
                handler.accept(i++, element);
            }
            expectEnd(p, body);
            return i;
        }
    }

    /** Checks that nothing but whitespace follows the root value. */
    public static void expectEnd(JsonParser p, ResponseBody body) throws IOException {
        JsonToken extra = p.nextToken();
        if (extra != null) {
            throw new SourceFormatException(body.uri(), "malformed JSON (trailing token " + extra
                    + " after the document)", body.snippet(), null);
        }
    }

    /**
     * Whether a response that claims or looks like JSON is at least well-formed JSON (a token scan: no tree, no
     * memory); other bodies pass. Used to keep malformed JSON out of the cache on plain fetches.
     */
    public static boolean wellFormedIfJson(org.f1pipeline.fetch.FetchResponse response) {
        String type = response.header("Content-Type").orElse("").toLowerCase(Locale.ROOT);
        byte[] body = response.body();
        int i = 0;
        while (i < body.length && (body[i] == ' ' || body[i] == '\n' || body[i] == '\r' || body[i] == '\t')) {
            i++;
        }
        boolean looksJson = type.contains("json") || (i < body.length && (body[i] == '{' || body[i] == '['));
        if (!looksJson || type.contains("text/plain")) {
            return true;
        }
        try (JsonParser p = Json.MAPPER.getFactory().createParser(body)) {
            while (p.nextToken() != null) {
                // scan only
            }
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    /** The format error for a Jackson parse failure, worded as {@code Json.parse(FetchResponse)} words it. */
    static SourceFormatException formatError(ResponseBody body, JsonProcessingException e) {
        String original = e.getOriginalMessage();
        String problem = original != null && original.contains("end-of-input")
                ? "truncated JSON (" + original + ")" : "malformed JSON (" + original + ")";
        return new SourceFormatException(body.uri(), problem, body.snippet(), e);
    }
}
