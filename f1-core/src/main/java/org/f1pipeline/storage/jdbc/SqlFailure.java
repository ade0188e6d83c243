package org.f1pipeline.storage.jdbc;

import java.sql.SQLException;
import org.f1pipeline.storage.StorageBusyException;
import org.f1pipeline.storage.StorageException;
import org.f1pipeline.storage.StorageFullException;

/**
 * What kind of failure an {@link SQLException} is, as far as recovering from it goes ({@link SqlDialect#classify}),
 * and the {@link StorageException} to throw for it.
 */
public enum SqlFailure {
    /** Another process holds a lock we waited for in vain: retry later. */
    BUSY,
    /** The database (or its disk) is full. */
    FULL,
    /** The connection is broken (server restarted, network gone): reconnect. */
    CONNECTION_LOST,
    /** Anything else. */
    OTHER;

    /** The standard SQL states: {@code 55P03} lock not available, {@code 53100} disk full, class {@code 08}. */
    static SqlFailure ofSqlState(SQLException e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLException s && s.getSQLState() != null) {
                String state = s.getSQLState();
                if (state.equals("55P03") || state.equals("40P01")) {
                    return BUSY;
                }
                if (state.equals("53100")) {
                    return FULL;
                }
                if (state.startsWith("08") || state.equals("57P01") || state.equals("57P02")
                        || state.equals("57P03")) {
                    return CONNECTION_LOST;
                }
            }
        }
        return OTHER;
    }

    /**
     * The exception for a failed operation: {@link StorageBusyException} or {@link StorageFullException} when the
     * dialect recognises the failure, else a plain {@link StorageException}.
     *
     * @param operation what was being done
     * @param message   the message of a plain StorageException, or null for the driver's
     * @param e         the driver's error
     * @param dialect   classifies it
     * @return the exception to throw
     */
    static StorageException wrap(String operation, String message, SQLException e, SqlDialect dialect) {
        return switch (dialect.classify(e)) {
            case BUSY -> new StorageBusyException(operation, e);
            case FULL -> new StorageFullException(operation, e);
            default -> message == null ? new StorageException(operation, e) : new StorageException(operation, message,
                    e);
        };
    }
}
