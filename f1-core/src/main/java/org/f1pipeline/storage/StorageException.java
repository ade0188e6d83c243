package org.f1pipeline.storage;

import java.util.Map;
import org.f1pipeline.F1Exception;

/**
 * A storage operation failed. {@link #operation()} names what was being done (e.g. {@code "upsert race results"}),
 * and the cause carries the driver's error (an {@link java.sql.SQLException} for the JDBC adapters).
 */
public class StorageException extends F1Exception {

    private final String operation;

    public StorageException(String operation, String message) {
        super(operation + ": " + message);
        this.operation = operation;
    }

    public StorageException(String operation, Throwable cause) {
        super(operation + " failed: " + cause.getMessage(), cause);
        this.operation = operation;
    }

    public StorageException(String operation, String message, Throwable cause) {
        super(operation + ": " + message, cause);
        this.operation = operation;
    }

    /** What the storage was doing when it failed. */
    public String operation() {
        return operation;
    }

    @Override
    public Map<String, Object> context() {
        return Map.of("operation", operation);
    }
}
