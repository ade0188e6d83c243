package org.f1pipeline.storage;

/**
 * The storage schema version this library writes, shared by every adapter so that they agree on "the newest
 * version this library knows". An adapter records the version in its database when it migrates, and refuses to
 * open a database whose recorded version is higher (see {@link #requireSupported(String, int)}).
 *
 * <p>Bump {@link #CURRENT_SCHEMA_VERSION} together with a migration in every adapter. Thread-safe (constants only).
 */
public final class SchemaVersion {

    /** The newest schema version this library knows; what a freshly created or migrated database reports. */
    public static final int CURRENT_SCHEMA_VERSION = 7;

    private SchemaVersion() {
    }

    /**
     * Fails when a database was written by a newer library.
     *
     * @param location where the database is, for the message (e.g. {@link Storage#describe()}); no password
     * @param found    the schema version recorded in the database
     * @throws SchemaVersionException when {@code found > CURRENT_SCHEMA_VERSION}
     */
    public static void requireSupported(String location, int found) {
        if (found > CURRENT_SCHEMA_VERSION) {
            throw new SchemaVersionException(location, found, CURRENT_SCHEMA_VERSION);
        }
    }
}
