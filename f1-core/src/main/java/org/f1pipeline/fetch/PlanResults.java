package org.f1pipeline.fetch;

import java.util.Optional;

/**
 * What earlier phases of a plan produced, for building later phases (meetings → sessions → endpoint tasks).
 * Thread-safe view.
 */
public interface PlanResults {

    /** The result of a completed task, or empty if it did not run or failed. */
    Optional<Object> find(String task);

    /** Whether the task completed successfully. */
    default boolean succeeded(String task) {
        return find(task).isPresent();
    }

    /**
     * The result of a completed prerequisite.
     *
     * @param task the task name
     * @param type the expected type
     * @param <T>  the type
     * @return the result
     * @throws IllegalStateException if the task did not complete (its phase then fails with this message)
     */
    default <T> T require(String task, Class<T> type) {
        Object value = find(task).orElseThrow(() -> new IllegalStateException(
                "prerequisite '" + task + "' did not complete"));
        if (!type.isInstance(value)) {
            throw new IllegalStateException("prerequisite '" + task + "' produced " + value.getClass().getName()
                    + ", not " + type.getName());
        }
        return type.cast(value);
    }
}
