package org.f1pipeline;

import java.util.Map;

/**
 * Input the library refuses before doing any I/O: a year or round out of range, an unknown job name, a race that
 * does not exist, a record or configuration value outside its range. The one exception type for bad input: job
 * parameters, pipeline reads, value records' constructors and configuration builders all throw it, and its
 * message names the parameter or field (e.g. {@code round}, {@code result.points}) and what would be accepted.
 *
 * <p>It is an {@link IllegalArgumentException}, Java's type for a bad argument, so code that catches that keeps
 * working; it is the one library exception that is not an {@link F1Exception} (which stands for what went wrong
 * while working: fetching, parsing, storing). A {@code null} where a value is required is a
 * {@link NullPointerException} naming the field, as in the JDK.
 */
public class InvalidInputException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    private final String field;

    /**
     * @param field   the name of the offending parameter or field, e.g. {@code "year"} or {@code "result.points"}
     * @param message what is wrong and what would be accepted; names the field
     */
    public InvalidInputException(String field, String message) {
        super(message);
        this.field = field;
    }

    /** The name of the offending input, e.g. {@code "year"} or {@code "round"}. */
    public String field() {
        return field;
    }

    /** Structured context for the failure line: {@code field}. */
    public Map<String, Object> context() {
        return field == null ? Map.of() : Map.of("field", field);
    }
}
