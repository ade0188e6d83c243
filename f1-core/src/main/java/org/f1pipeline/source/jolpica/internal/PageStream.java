package org.f1pipeline.source.jolpica.internal;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.f1pipeline.fetch.ResponseBody;
import org.f1pipeline.fetch.internal.Json;
import org.f1pipeline.fetch.internal.JsonStreams;

/**
 * Reads one Jolpica page as a stream: the {@code MRData} counters, and the table's list ({@code Races},
 * {@code Drivers}, ...) in slices of {@value #SLICE} elements (or about a megabyte of JSON), each handed to the page
 * parser as an {@link Envelope} of its own and then dropped. Memory therefore holds the parsed rows and one slice of
 * JSON, not the page's tree, whatever the size of the body. The parsers are unchanged: each reads
 * {@code page.table().array(list)} and maps elements to items one by one, so parsing slices and concatenating the
 * items gives what parsing the whole page would; paths in errors keep the page's indices. Internal API.
 */
final class PageStream {

    /** Elements of the table's list parsed at a time, at most. */
    static final int SLICE = 25;
    /** A slice also ends once it holds this many bytes of JSON, so a page of huge elements stays bounded too. */
    static final long SLICE_BYTES = 1 << 20;

    /**
     * One page read: its counters, the items its parser produced, and the table without its list (for errors).
     *
     * @param total  the page's {@code total}
     * @param limit  the page's {@code limit}
     * @param offset the page's {@code offset}
     * @param table  the table's other fields (and the list only when the table is not an object)
     * @param items  what the parser produced, in page order
     * @param <T>    the item type
     */
    record Page<T>(int total, int limit, int offset, Node table, List<T> items) {
    }

    private final ResponseBody body;
    private final ParseContext ctx;
    private final String tableKey;
    private final int slice;

    private PageStream(ResponseBody body, ParseContext ctx, String tableKey, int slice) {
        this.body = body;
        this.ctx = ctx;
        this.tableKey = tableKey;
        this.slice = slice;
    }

    /**
     * Reads and parses a page.
     *
     * @param body     the response body
     * @param ctx      where it came from
     * @param tableKey the expected table, e.g. {@code "RaceTable"}
     * @param parser   the page parser
     * @param <T>      the item type
     * @return the page
     * @throws org.f1pipeline.fetch.SourceFormatException as {@link Envelope#read} and the parser would
     */
    static <T> Page<T> read(ResponseBody body, ParseContext ctx, String tableKey,
                            Function<Envelope, List<T>> parser) throws IOException {
        return read(body, ctx, tableKey, parser, SLICE);
    }

    /** As {@link #read(ResponseBody, ParseContext, String, Function)}, with {@code slice} elements at most a slice. */
    static <T> Page<T> read(ResponseBody body, ParseContext ctx, String tableKey,
                            Function<Envelope, List<T>> parser, int slice) throws IOException {
        return new PageStream(body, ctx, tableKey, slice).read(parser);
    }

    private <T> Page<T> read(Function<Envelope, List<T>> parser) throws IOException {
        ObjectNode root = JsonNodeFactory.instance.objectNode();
        ObjectNode data = null;
        Sliced<T> sliced = new Sliced<>(parser);
        try (JsonParser p = JsonStreams.open(body)) {
            JsonToken first = p.nextToken();
            if (first != JsonToken.START_OBJECT) {
                // Not an object: let the tree path word the error exactly as before.
                JsonNode whole = first == null ? JsonNodeFactory.instance.missingNode() : Json.STREAM.readTree(p);
                JsonStreams.expectEnd(p, body);
                Envelope.read(whole, ctx, tableKey);
                throw Node.root(whole, ctx).error("expected an object");
            }
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String name = p.currentName();
                JsonToken value = p.nextToken();
                if ("MRData".equals(name) && value == JsonToken.START_OBJECT && data == null) {
                    data = root.putObject("MRData");
                    readData(p, data, sliced);
                } else {
                    root.set(name, Json.STREAM.readTree(p));
                }
            }
            JsonStreams.expectEnd(p, body);
        }
        // The counters and the table's presence are checked exactly as for a page read whole.
        Node dataNode = Node.root(root, ctx).field("MRData");
        int total = dataNode.integer("total");
        int limit = dataNode.integer("limit");
        int offset = dataNode.integer("offset");
        if (total < 0 || limit < 0 || offset < 0) {
            throw dataNode.error("negative paging counter (total " + total + ", limit " + limit + ", offset "
                    + offset + ")");
        }
        Node table = dataNode.field(tableKey);
        if (!sliced.parsedAny) {
            sliced.emit(table.json(), 0, data);
        }
        return new Page<>(total, limit, offset, table, sliced.items);
    }

    private <T> void readData(JsonParser p, ObjectNode data, Sliced<T> sliced) throws IOException {
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String name = p.currentName();
            JsonToken value = p.nextToken();
            if (tableKey.equals(name) && value == JsonToken.START_OBJECT) {
                ObjectNode table = data.putObject(name);
                readTable(p, table, data, sliced);
            } else {
                data.set(name, Json.STREAM.readTree(p));
            }
        }
    }

    /** The table's scalar fields go into {@code table}; its first array is parsed slice by slice. */
    private <T> void readTable(JsonParser p, ObjectNode table, ObjectNode data, Sliced<T> sliced)
            throws IOException {
        String listKey = null;
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String name = p.currentName();
            JsonToken value = p.nextToken();
            if (value != JsonToken.START_ARRAY || listKey != null) {
                table.set(name, Json.STREAM.readTree(p));
                continue;
            }
            listKey = name;
            ArrayNode part = JsonNodeFactory.instance.arrayNode();
            int index = 0;
            int sliceStart = 0;
            long sliceFrom = p.currentLocation().getByteOffset();
            while (p.nextToken() != JsonToken.END_ARRAY) {
                part.add((JsonNode) Json.STREAM.readTree(p));
                index++;
                long at = p.currentLocation().getByteOffset();
                if (part.size() == slice || at - sliceFrom >= SLICE_BYTES) {
                    sliced.emit(withList(table, listKey, part), sliceStart, data);
                    part = JsonNodeFactory.instance.arrayNode();
                    sliceStart = index;
                    sliceFrom = at;
                }
            }
            if (part.size() > 0 || index == 0) {
                sliced.emit(withList(table, listKey, part), sliceStart, data);
            }
        }
    }

    private static ObjectNode withList(ObjectNode table, String listKey, ArrayNode slice) {
        ObjectNode part = table.deepCopy();
        part.set(listKey, slice);
        return part;
    }

    /** Runs the parser on each slice and collects its items. */
    private final class Sliced<T> {
        private final Function<Envelope, List<T>> parser;
        private final List<T> items = new ArrayList<>();
        private boolean parsedAny;

        Sliced(Function<Envelope, List<T>> parser) {
            this.parser = parser;
        }

        void emit(JsonNode tablePart, int firstIndex, ObjectNode data) {
            parsedAny = true;
            Node table = Node.tablePart(tablePart, "MRData." + tableKey, ctx, firstIndex);
            items.addAll(parser.apply(new Envelope(counter(data, "total"), counter(data, "limit"),
                    counter(data, "offset"), table)));
        }

        /** A counter already read (Jolpica sends them before the table), else 0; checked again at the end. */
        private int counter(ObjectNode data, String name) {
            JsonNode n = data == null ? null : data.get(name);
            try {
                return n == null ? 0 : Integer.parseInt(n.asText().trim());
            } catch (NumberFormatException e) {
                return 0;
            }
        }
    }
}
