package org.f1pipeline.source.jolpica.internal;

import java.net.URI;
import org.f1pipeline.internal.Checks;

/**
 * Where a payload came from, so every parse error names the URL of the exact page and the endpoint family.
 *
 * @param uri      the URL of the page being parsed
 * @param endpoint the endpoint family, e.g. {@code "results"} or {@code "schedule"}
 */
public record ParseContext(URI uri, String endpoint) {

    /** Validates the fields. */
    public ParseContext {
        Checks.notNull(uri, "uri");
        Checks.notBlank(endpoint, "endpoint");
    }
}
