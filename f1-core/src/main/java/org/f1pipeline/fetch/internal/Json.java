package org.f1pipeline.fetch.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.f1pipeline.fetch.FetchResponse;
import org.f1pipeline.fetch.SourceFormatException;

/** Shared Jackson mapper and the body checks of a JSON answer ({@link #parse(FetchResponse)}). Internal API. */
public final class Json {

    /** Thread-safe once configured; trailing tokens are an error so "[...]garbage" is caught. */
    public static final ObjectMapper MAPPER = new ObjectMapper()
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

    /**
     * For reading one value at a time out of a stream ({@link JsonStreams}): there, the tokens after a value are the
     * rest of the document, not trailing garbage, which {@link JsonStreams#expectEnd} checks at the very end.
     */
    public static final ObjectMapper STREAM = new ObjectMapper();

    private Json() {
    }

    /** Removes a leading U+FEFF byte-order mark. */
    public static String stripBom(String text) {
        return !text.isEmpty() && text.charAt(0) == '\uFEFF' ? text.substring(1) : text;
    }

    /**
     * Parses a response's body as one JSON document.
     *
     * @throws SourceFormatException for malformed or truncated JSON, trailing garbage, an empty body or an HTML
     *                               page, naming the URL and quoting the start of the body
     */
    public static JsonNode parse(FetchResponse response) {
        return parse(response.uri(), response.body(), response.header("Content-Type").orElse(""));
    }

    /**
     * Parses one JSON document or throws {@link SourceFormatException} with the URL and a snippet.
     *
     * @param uri         where the body came from
     * @param body        the raw body
     * @param contentType the Content-Type header, or empty
     * @return the parsed tree
     */
    public static JsonNode parse(URI uri, byte[] body, String contentType) {
        String text = stripBom(new String(body, StandardCharsets.UTF_8));
        String trimmed = text.stripLeading();
        if (trimmed.isEmpty()) {
            throw new SourceFormatException(uri, "empty body where JSON was expected", "", null);
        }
        if (looksLikeHtml(trimmed, contentType)) {
            throw new SourceFormatException(uri, "HTML page where JSON was expected (Content-Type '"
                    + contentType + "')", Snippets.of(body), null);
        }
        try {
            return MAPPER.readTree(text);
        } catch (JsonProcessingException e) {
            String problem = e.getOriginalMessage() != null && e.getOriginalMessage().contains("end-of-input")
                    ? "truncated JSON (" + e.getOriginalMessage() + ")"
                    : "malformed JSON (" + e.getOriginalMessage() + ")";
            throw new SourceFormatException(uri, problem, Snippets.of(body), e);
        }
    }

    private static boolean looksLikeHtml(String trimmed, String contentType) {
        String ct = contentType.toLowerCase(Locale.ROOT);
        if (ct.contains("text/html")) {
            return true;
        }
        String head = trimmed.substring(0, Math.min(trimmed.length(), 15)).toLowerCase(Locale.ROOT);
        return head.startsWith("<!doctype") || head.startsWith("<html");
    }
}
