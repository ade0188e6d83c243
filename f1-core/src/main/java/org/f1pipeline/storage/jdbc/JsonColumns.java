package org.f1pipeline.storage.jdbc;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Name-to-number maps (feature scores, prediction contributions) stored as a JSON object in a text column. JSON keeps
 * the map's order (the model's feature order) and its doubles exactly (Jackson writes the shortest representation
 * that reads back to the same double).
 */
final class JsonColumns {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final TypeReference<LinkedHashMap<String, Double>> MAP = new TypeReference<>() {
    };

    private JsonColumns() {
    }

    static String write(Map<String, Double> map) {
        try {
            return MAPPER.writeValueAsString(map);
        } catch (JsonProcessingException e) {
            // A map of strings to finite doubles always serialises; anything else is a bug.
            throw new IllegalStateException("cannot serialise " + map, e);
        }
    }

    static Map<String, Double> read(String json, String column) {
        try {
            return MAPPER.readValue(json, MAP);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("column " + column + " does not hold a JSON object of numbers: " + json, e);
        }
    }
}
