package org.f1pipeline.bootstrap.internal;

/**
 * A table of the dump that cannot be read; the bootstrap turns it into a
 * {@link org.f1pipeline.bootstrap.DumpException} naming the dump. Internal API.
 */
public final class DumpFormatException extends RuntimeException {

    /** @param message what is wrong, naming the table and row */
    public DumpFormatException(String message) {
        super(message);
    }

    /** @param message what is wrong; @param cause the underlying error */
    public DumpFormatException(String message, Throwable cause) {
        super(message, cause);
    }
}
