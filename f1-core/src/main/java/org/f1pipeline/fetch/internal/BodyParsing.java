package org.f1pipeline.fetch.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.function.Supplier;
import org.f1pipeline.fetch.BodyParser;
import org.f1pipeline.fetch.ResponseBody;
import org.f1pipeline.fetch.SourceFormatException;

/**
 * Runs a {@link BodyParser} and sorts out what went wrong: an {@link IOException} of the stream below the parser
 * (transport, timeout, cap, checksum) comes back as {@link StreamFailure}, for the caller to turn into a retryable
 * fetch failure or a cache eviction; everything the parser found wrong with the content comes back as a
 * {@link SourceFormatException}. Internal API.
 */
public final class BodyParsing {

    /** The stream under the parser failed; {@link #getCause()} is the {@link IOException}. */
    public static final class StreamFailure extends UncheckedIOException {
        private static final long serialVersionUID = 1L;

        StreamFailure(IOException cause) {
            super(cause.getMessage(), cause);
        }
    }

    private BodyParsing() {
    }

    /** Parses a body that is already in memory (no stream failure is possible). */
    public static <T> T inMemory(BodyParser<T> parser, ResponseBody body) {
        return parse(parser, body, () -> null);
    }

    /**
     * Runs {@code parser} on {@code body}.
     *
     * @param parser      the parser
     * @param body        the body
     * @param ownFailure  the failure of the stream under the parser, if any (checked after the parser threw)
     * @param <T>         the value type
     * @return the value
     * @throws StreamFailure         when the stream failed (whatever the parser made of it)
     * @throws SourceFormatException when the content is not what the parser expects
     */
    static <T> T parse(BodyParser<T> parser, ResponseBody body, Supplier<IOException> ownFailure) {
        T value;
        try {
            value = parser.parse(body);
        } catch (IOException e) {
            throw classify(body, ownFailure, e);
        } catch (SourceFormatException e) {
            IOException own = ownFailure.get();
            if (own != null) {
                // A parser that met a broken stream may report it as a format error: the transfer failed first.
                throw new StreamFailure(own);
            }
            throw e;
        } catch (IllegalArgumentException e) {
            IOException own = ownFailure.get();
            if (own != null) {
                throw new StreamFailure(own);
            }
            // A record's own check failed on a value from the body: the content is wrong, not the code.
            throw new SourceFormatException(body.uri(), "unreadable value: " + e.getMessage(), body.snippet(), e);
        }
        if (value == null) {
            throw new IllegalStateException("the body parser returned null for " + Redaction.uri(body.uri()));
        }
        return value;
    }

    private static RuntimeException classify(ResponseBody body, Supplier<IOException> ownFailure, IOException e) {
        IOException own = ownFailure.get();
        if (own != null) {
            return new StreamFailure(own);
        }
        if (e instanceof JsonProcessingException j) {
            return JsonStreams.formatError(body, j);
        }
        return new SourceFormatException(body.uri(), "unreadable body (" + e + ")", body.snippet(), e);
    }
}
