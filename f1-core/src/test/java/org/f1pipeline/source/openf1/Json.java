package org.f1pipeline.source.openf1;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.util.List;

/** Test helpers: JSON from text written with single quotes, parsed through an endpoint. */
final class Json {

    static final URI SOURCE = URI.create("https://api.openf1.org/v1/test");
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private Json() {
    }

    static JsonNode tree(String singleQuoted) {
        try {
            return MAPPER.readTree(singleQuoted.replace('\'', '"'));
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(e);
        }
    }

    static <T> List<T> parse(OpenF1Endpoint endpoint, Class<T> type, String singleQuoted) {
        return endpoint.parse(tree(singleQuoted), SOURCE, type);
    }
}
