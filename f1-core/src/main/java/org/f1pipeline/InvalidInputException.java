package org.f1pipeline;

import java.util.Map;

/**
 * User input that the library refuses before doing any I/O: a year or round out of range, an unknown job name,
 * a race that does not exist. The message names the field and what would be accepted.
 */
public class InvalidInputException extends F1Exception {

    private final String field;

    public InvalidInputException(String field, String message) {
        super(message);
        this.field = field;
    }

    /** The name of the offending input, e.g. {@code "year"} or {@code "round"}. */
    public String field() {
        return field;
    }

    @Override
    public Map<String, Object> context() {
        return Map.of("field", field);
    }
}
