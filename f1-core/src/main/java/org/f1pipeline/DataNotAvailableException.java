package org.f1pipeline;

/**
 * The data asked for is not published yet: a session in the future, or results that the source has not
 * (fully) released. Distinct from an error: the right reaction is to retry later. Nothing was written.
 */
public class DataNotAvailableException extends F1Exception {

    public DataNotAvailableException(String message) {
        super(message);
    }

    public DataNotAvailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
