package org.f1pipeline.source.jolpica.internal;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.ToIntFunction;
import org.f1pipeline.fetch.CacheMode;
import org.f1pipeline.fetch.FetchRequest;
import org.f1pipeline.fetch.Fetcher;
import org.f1pipeline.fetch.SourceFormatException;
import org.f1pipeline.fetch.internal.Snippets;

/**
 * Reads every page of one Jolpica query through the {@link Fetcher}: asks for the first page with the configured
 * limit, then for each remaining offset, and parses each page on its own so a parse error names that page's URL.
 * Checks that every page is the one asked for (its echoed {@code offset}), that {@code total} does not change
 * between pages and that the rows add up to it; otherwise the data changed while paging, or a proxy or cache
 * repeats a page, and a silently incomplete (or doubled) list would be stored as complete.
 * Such a query is read once more with {@link CacheMode#REFRESH}, because a cached first page next to fresh later
 * pages causes the same mismatch; a second mismatch is thrown. Internal API.
 */
public final class PageReader {

    private final Fetcher fetcher;
    private final String source;
    private final URI baseUrl;
    private final int pageSize;

    /**
     * Creates a reader.
     *
     * @param fetcher  the fetch layer
     * @param source   the source name for the fetch layer (rate limiter, cache, logs)
     * @param baseUrl  the API root, without trailing slash, e.g. {@code https://api.jolpi.ca/ergast/f1}
     * @param pageSize the {@code limit} to ask for, 1 to 100
     */
    public PageReader(Fetcher fetcher, String source, URI baseUrl, int pageSize) {
        this.fetcher = fetcher;
        this.source = source;
        this.baseUrl = baseUrl;
        this.pageSize = pageSize;
    }

    /**
     * The URL of one page.
     *
     * @param path   the path below the base, without extension, e.g. {@code 2023/5/laps}
     * @param offset the row offset
     * @return {@code {base}/{path}.json?limit={pageSize}&offset={offset}}
     */
    public URI pageUri(String path, int offset) {
        return URI.create(baseUrl + "/" + path + ".json?limit=" + pageSize + "&offset=" + offset);
    }

    /**
     * Fetches and parses all pages of a query.
     *
     * @param path       the path below the base, without extension
     * @param endpoint   the endpoint label for the fetch layer and error messages
     * @param sessionEnd end of the newest session the data can cover, or null (cache immutability hint)
     * @param tableKey   the {@code MRData} table, e.g. {@code RaceTable}
     * @param parser     parses one page into items
     * @param rowsOf     how many paging rows one item stands for (1 for flat lists, the row count for race groups)
     * @param <T>        the item type
     * @return the items of all pages, in page order
     */
    public <T> List<List<T>> readAll(String path, String endpoint, Instant sessionEnd, String tableKey,
                                     Function<Envelope, List<T>> parser, ToIntFunction<T> rowsOf) {
        try {
            return readOnce(path, endpoint, sessionEnd, tableKey, parser, rowsOf, CacheMode.USE);
        } catch (InconsistentPagesException e) {
            return readOnce(path, endpoint, sessionEnd, tableKey, parser, rowsOf, CacheMode.REFRESH);
        }
    }

    private <T> List<List<T>> readOnce(String path, String endpoint, Instant sessionEnd, String tableKey,
                                       Function<Envelope, List<T>> parser, ToIntFunction<T> rowsOf, CacheMode mode) {
        URI firstUri = pageUri(path, 0);
        PageStream.Page<T> first = fetchPage(firstUri, endpoint, sessionEnd, tableKey, parser, mode);
        requireOffset(first, 0, firstUri, endpoint);
        List<List<T>> pages = new ArrayList<>();
        pages.add(first.items());
        List<Integer> offsets;
        try {
            offsets = JolpicaPages.remainingOffsets(first.total(), Math.min(first.limit(), pageSize),
                    first.offset());
        } catch (IllegalArgumentException e) {
            throw first.table().error("cannot page: " + e.getMessage(), e);
        }
        for (int offset : offsets) {
            URI uri = pageUri(path, offset);
            PageStream.Page<T> page = fetchPage(uri, endpoint, sessionEnd, tableKey, parser, mode);
            requireOffset(page, offset, uri, endpoint);
            if (page.total() != first.total()) {
                throw new InconsistentPagesException(uri, endpoint + ": total changed from " + first.total()
                        + " to " + page.total() + " between pages (data updated while paging)",
                        page.table().json());
            }
            pages.add(page.items());
        }
        int rows = 0;
        for (List<T> page : pages) {
            for (T item : page) {
                rows += rowsOf.applyAsInt(item);
            }
        }
        if (rows != first.total() - first.offset()) {
            throw new InconsistentPagesException(firstUri, endpoint + ": pages held " + rows
                    + " rows but total says " + first.total() + " (data changed while paging or inconsistent paging)",
                    first.table().json());
        }
        return pages;
    }

    /**
     * The page must be the one asked for: a page echoing another offset (a proxy or cache that ignores the query
     * string and repeats the first page) would otherwise pass the row count and double rows.
     */
    private static void requireOffset(PageStream.Page<?> page, int offset, URI uri, String endpoint) {
        if (page.offset() != offset) {
            throw new InconsistentPagesException(uri, endpoint + ": asked for offset " + offset + " but the page is"
                    + " offset " + page.offset() + " (a proxy or cache ignoring the query string?)",
                    page.table().json());
        }
    }

    /**
     * Fetches one page and parses it as a stream ({@link PageStream}): memory holds the items, not the page's tree,
     * and the fetch layer caches the page only when it parsed.
     */
    private <T> PageStream.Page<T> fetchPage(URI uri, String endpoint, Instant sessionEnd, String tableKey,
                                             Function<Envelope, List<T>> parser, CacheMode mode) {
        FetchRequest request = new FetchRequest(uri, source, endpoint, sessionEnd, Map.of(), mode);
        ParseContext ctx = new ParseContext(uri, endpoint);
        return fetcher.fetch(request, body -> PageStream.read(body, ctx, tableKey, parser)).value();
    }

    /** Pages that do not add up; retried once with a cache refresh, then thrown as a format error. */
    static final class InconsistentPagesException extends SourceFormatException {

        InconsistentPagesException(URI uri, String problem, JsonNode table) {
            super(uri, problem + "; fetch the query again", Snippets.of(table.toString()), null);
        }
    }
}
