package org.f1pipeline.source.jolpica.internal;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The {@code MRData} envelope of one page (data-sources.md section 1.5): paging counters, echoed as strings, and the
 * {@code <X>Table} holding the list.
 *
 * @param total  rows matching the query over all pages (the innermost row: result, lap timing, pit stop, ...)
 * @param limit  the effective page size the server applied (it clamps to 100 silently)
 * @param offset the offset of this page
 * @param table  the table object, e.g. {@code MRData.RaceTable}
 */
public record Envelope(int total, int limit, int offset, Node table) {

    /**
     * Reads the envelope of a page.
     *
     * @param root     the parsed body
     * @param ctx      where it came from
     * @param tableKey the expected table, e.g. {@code "RaceTable"}
     * @return the envelope
     * @throws org.f1pipeline.fetch.SourceFormatException when MRData, a counter or the table is missing or malformed
     */
    public static Envelope read(JsonNode root, ParseContext ctx, String tableKey) {
        Node data = Node.root(root, ctx).field("MRData");
        int total = data.integer("total");
        int limit = data.integer("limit");
        int offset = data.integer("offset");
        if (total < 0 || limit < 0 || offset < 0) {
            throw data.error("negative paging counter (total " + total + ", limit " + limit + ", offset " + offset
                    + ")");
        }
        return new Envelope(total, limit, offset, data.field(tableKey));
    }
}
