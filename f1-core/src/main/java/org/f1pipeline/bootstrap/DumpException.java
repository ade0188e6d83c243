package org.f1pipeline.bootstrap;

import java.util.LinkedHashMap;
import java.util.Map;
import org.f1pipeline.F1Exception;

/**
 * A database dump that cannot be used: not a zip, a table or column missing, a row that cannot be read, or (as
 * {@link DumpHashMismatchException}) a download whose SHA-256 is not the one the listing announced. Nothing of the
 * season being read was written. The CLI exits with 1.
 */
public class DumpException extends F1Exception {

    private final String source;

    /**
     * @param source  the dump (file or URL) as given, for the message and {@link #context()}
     * @param message what is wrong
     * @param cause   the underlying error, or null
     */
    public DumpException(String source, String message, Throwable cause) {
        super("database dump " + source + ": " + message, cause);
        this.source = source;
    }

    /** The dump (file or URL) as given. */
    public String source() {
        return source;
    }

    @Override
    public Map<String, Object> context() {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("dump", source);
        return out;
    }
}
