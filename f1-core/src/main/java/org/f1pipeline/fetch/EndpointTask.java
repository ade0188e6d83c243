package org.f1pipeline.fetch;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Collection;
import java.util.Map;
import java.util.function.ToLongFunction;
import org.f1pipeline.internal.Checks;

/**
 * One unit of work in an {@link EndpointPlan}: usually one endpoint query (e.g. {@code laps} of one meeting). Its
 * body calls the shared {@link Fetcher} (so the per-host limiter bounds it), stores or returns what it read, and
 * reports how many rows it produced.
 *
 * @param name the task name for logs, events and results; unique within a plan
 * @param body the work
 * @param rows counts the rows of the body's result (for progress events and reports)
 * @param <T>  the result type
 */
public record EndpointTask<T>(String name, Body<T> body, ToLongFunction<? super T> rows) {

    /**
     * The work of a task.
     *
     * @param <T> the result type
     */
    @FunctionalInterface
    public interface Body<T> {
        /**
         * Does the work.
         *
         * @return the result, available to later phases through {@link PlanResults}
         * @throws Exception any failure; the task is reported as failed and other tasks carry on
         */
        T run() throws Exception;
    }

    /** Validates the fields. */
    public EndpointTask {
        Checks.notBlank(name, "task name");
        Checks.notNull(body, "body");
        Checks.notNull(rows, "rows");
    }

    /** A task whose rows are counted by {@link #defaultRows(Object)}. */
    public static <T> EndpointTask<T> of(String name, Body<T> body) {
        return new EndpointTask<>(name, body, EndpointTask::defaultRows);
    }

    /** A task with its own row counter. */
    public static <T> EndpointTask<T> of(String name, Body<T> body, ToLongFunction<? super T> rows) {
        return new EndpointTask<>(name, body, rows);
    }

    /**
     * Rows in a result: a number is taken as the count; collections, maps and JSON arrays count their elements; a
     * JSON object or any other value counts 1; null counts 0.
     */
    public static long defaultRows(Object result) {
        if (result == null) {
            return 0;
        }
        if (result instanceof Number n) {
            return n.longValue();
        }
        if (result instanceof Collection<?> c) {
            return c.size();
        }
        if (result instanceof Map<?, ?> m) {
            return m.size();
        }
        if (result instanceof JsonNode j) {
            return j.isArray() ? j.size() : j.isMissingNode() || j.isNull() ? 0 : 1;
        }
        return 1;
    }
}
