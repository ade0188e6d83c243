package org.f1pipeline.fetch;

import java.io.IOException;

/**
 * Turns a response body into a value, reading it as a stream (see {@link Fetcher#fetch(FetchRequest, BodyParser)}).
 * The fetch layer stores a response in its cache only after the parser returned normally, so a parser that checks
 * what it reads also keeps unusable answers out of the cache.
 *
 * <p>Rules: throw {@link SourceFormatException} for a body that is not what the source promises; let the stream's
 * {@link IOException}s propagate (they are transport failures, retried by the fetch layer); do not keep the stream.
 * A parser may be called more than once for one fetch (after a broken transfer, or when a cached copy turned out
 * unreadable), each time with a fresh body, so it must not have side effects beyond building its value.
 *
 * @param <T> the parsed value
 */
@FunctionalInterface
public interface BodyParser<T> {

    /**
     * Parses the body.
     *
     * @param body the response, its body as a stream
     * @return the value, never null
     * @throws IOException when reading the stream fails
     */
    T parse(ResponseBody body) throws IOException;
}
