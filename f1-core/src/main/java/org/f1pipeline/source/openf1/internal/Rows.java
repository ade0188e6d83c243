package org.f1pipeline.source.openf1.internal;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.URI;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import org.f1pipeline.fetch.ResponseBody;
import org.f1pipeline.fetch.SourceFormatException;
import org.f1pipeline.fetch.internal.JsonStreams;
import org.f1pipeline.fetch.internal.Snippets;

/** Turns an OpenF1 body (a flat JSON array of objects) into rows. Internal API. */
public final class Rows {

    private Rows() {
    }

    /**
     * Parses a body as a stream: each element of the root array becomes a small tree, is turned into a record by
     * {@code parser}, and is dropped, so memory holds the records only.
     *
     * @param body     the response body
     * @param endpoint the endpoint name (named in errors)
     * @param parser   builds one record from one row
     * @param <T>      the record type
     * @return the records, in body order, unmodifiable
     * @throws SourceFormatException when the body is not an array of objects or a row is unreadable
     * @throws IOException           when reading the stream fails
     */
    public static <T> List<T> read(ResponseBody body, String endpoint, Function<RowReader, T> parser)
            throws IOException {
        URI source = body.uri();
        List<T> out = new ArrayList<>();
        // OpenF1 errors sometimes arrive as 200 with {"detail": ...}; that is not data.
        JsonStreams.forEachElement(body, "OpenF1 " + endpoint + ": expected a JSON array", (i, row) -> {
            if (!row.isObject()) {
                throw new SourceFormatException(source, "OpenF1 " + endpoint + " row " + i
                        + ": expected a JSON object, was " + row.getNodeType(), Snippets.of(row.toString()), null);
            }
            RowReader reader = new RowReader(row, source, endpoint, i);
            try {
                out.add(parser.apply(reader));
            } catch (IllegalArgumentException e) {
                throw reader.fail("unreadable value: " + e.getMessage());
            }
        });
        return Collections.unmodifiableList(out);
    }

    /**
     * Parses every element of {@code body} with {@code parser}.
     *
     * @param body     the parsed response body
     * @param source   where it came from (named in errors)
     * @param endpoint the endpoint name (named in errors)
     * @param parser   builds one record from one row
     * @param <T>      the record type
     * @return the records, in body order, unmodifiable
     * @throws SourceFormatException when the body is not an array of objects or a row is unreadable
     */
    public static <T> List<T> list(JsonNode body, URI source, String endpoint, Function<RowReader, T> parser) {
        Objects.requireNonNull(source, "source must not be null");
        if (body == null || !body.isArray()) {
            // OpenF1 errors sometimes arrive as 200 with {"detail": ...}; that is not data.
            throw new SourceFormatException(source, "OpenF1 " + endpoint + ": expected a JSON array, was "
                    + (body == null ? "nothing" : body.getNodeType()), Snippets.of(String.valueOf(body)), null);
        }
        List<T> out = new ArrayList<>(body.size());
        int i = 0;
        for (JsonNode row : body) {
            if (!row.isObject()) {
                throw new SourceFormatException(source, "OpenF1 " + endpoint + " row " + i
                        + ": expected a JSON object, was " + row.getNodeType(), Snippets.of(row.toString()), null);
            }
            out.add(parser.apply(new RowReader(row, source, endpoint, i)));
            i++;
        }
        return Collections.unmodifiableList(out);
    }
}
