package org.f1pipeline.storage;

/**
 * The database could not grow: disk full (SQLite's {@code SQLITE_FULL}, PostgreSQL's {@code disk_full}), or a
 * configured size limit reached. The transaction was rolled back, so the database is exactly as it was, and the
 * storage stays usable for reads and for the next job once space is freed.
 */
public class StorageFullException extends StorageException {

    /**
     * Creates the exception.
     *
     * @param operation what the storage was doing
     * @param cause     the driver's error
     */
    public StorageFullException(String operation, Throwable cause) {
        super(operation, "disk full: the database could not grow; nothing was written, free some space and run"
                + " again (" + cause.getMessage() + ")", cause);
    }
}
