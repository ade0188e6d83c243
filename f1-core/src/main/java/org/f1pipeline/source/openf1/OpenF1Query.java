package org.f1pipeline.source.openf1;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.f1pipeline.InvalidInputException;
import org.f1pipeline.source.openf1.internal.OpenF1Dates;

/**
 * The filters of one OpenF1 request, rendered in the API's own grammar ({@code field=value}, {@code field>=value},
 * {@code field<value}, ...). Immutable; every method returns a new query.
 *
 * <p>The operator is part of the raw query string: the server re-joins each decoded pair and splits it at the first
 * operator, so {@code date>=X} is sent as {@code date%3E=X} and {@code date<X} as {@code date%3CX} (no {@code =}
 * at all). Timestamps are sent with microseconds and an explicit offset, the {@code +} encoded as {@code %2B} so it
 * is not read as a space.
 */
public final class OpenF1Query {

    private final List<String> parts;

    private OpenF1Query(List<String> parts) {
        this.parts = List.copyOf(parts);
    }

    /** An empty query (every row of the endpoint; avoid for large endpoints). */
    public static OpenF1Query empty() {
        return new OpenF1Query(List.of());
    }

    /** {@code field=value}; repeating a field ORs the values on the server. */
    public OpenF1Query eq(String field, Object value) {
        return with(encode(field) + "=" + encode(render(value)));
    }

    /** {@code field>=value}. */
    public OpenF1Query ge(String field, Object value) {
        return with(encode(field + ">") + "=" + encode(render(value)));
    }

    /** {@code field<=value}. */
    public OpenF1Query le(String field, Object value) {
        return with(encode(field + "<") + "=" + encode(render(value)));
    }

    /** {@code field>value}. */
    public OpenF1Query gt(String field, Object value) {
        return with(encode(field + ">" + render(value)));
    }

    /** {@code field<value}. */
    public OpenF1Query lt(String field, Object value) {
        return with(encode(field + "<" + render(value)));
    }

    /** The encoded query string without the leading {@code ?}; empty for no filters. */
    public String toQueryString() {
        return String.join("&", parts);
    }

    @Override
    public String toString() {
        return toQueryString();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof OpenF1Query q && q.parts.equals(parts);
    }

    @Override
    public int hashCode() {
        return parts.hashCode();
    }

    private OpenF1Query with(String part) {
        List<String> copy = new ArrayList<>(parts);
        copy.add(part);
        return new OpenF1Query(copy);
    }

    private static String render(Object value) {
        Objects.requireNonNull(value, "filter value must not be null");
        return value instanceof Instant i ? OpenF1Dates.format(i) : value.toString();
    }

    private static String encode(String text) {
        if (text.isBlank()) {
            throw new InvalidInputException("filter", "filter field and value must not be blank");
        }
        // URLEncoder is form encoding: a space becomes '+', which OpenF1 would read as a space only by luck.
        return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20").replace("%3A", ":");
    }
}
