package org.f1pipeline.storage;

/**
 * The database is locked by another process (another {@code f1} run, a backup, an admin session) and stayed locked
 * for longer than the storage waits (SQLite's busy timeout, PostgreSQL's lock timeout). Only the operation at hand
 * failed, nothing was written, and the storage stays usable: run the job again later (the CLI exits with 3, "retry
 * later").
 */
public class StorageBusyException extends StorageException {

    /**
     * Creates the exception.
     *
     * @param operation what the storage was doing
     * @param cause     the driver's error
     */
    public StorageBusyException(String operation, Throwable cause) {
        super(operation, "database is locked by another process (waited for the busy timeout); nothing was"
                + " written, run again later (" + cause.getMessage() + ")", cause);
    }
}
