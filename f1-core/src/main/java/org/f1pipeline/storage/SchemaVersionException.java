package org.f1pipeline.storage;

/**
 * The database was written by a newer version of the library than this one: its schema version is higher than
 * any this version knows. Nothing was changed; upgrade the library or use another database.
 */
public class SchemaVersionException extends StorageException {

    private final int found;
    private final int supported;

    public SchemaVersionException(String location, int found, int supported) {
        super("open database", "database " + location + " has schema version " + found
                + " but this version of f1pipeline supports up to version " + supported
                + "; upgrade f1pipeline or point it at another database");
        this.found = found;
        this.supported = supported;
    }

    /** The schema version recorded in the database. */
    public int found() {
        return found;
    }

    /** The newest schema version this library knows. */
    public int supported() {
        return supported;
    }
}
