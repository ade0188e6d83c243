package org.f1pipeline.source.jolpica.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.f1pipeline.domain.RaceKey;

/**
 * Jolpica paging arithmetic (data-sources.md section 1.4). The server pages the innermost rows (result rows, lap
 * timings, pit stops), not races, so one race can straddle two pages: the next page repeats the race object with
 * the remaining rows, and a lap can even be split between its {@code Timings}. Rows are therefore parsed per page
 * (keeping each error's URL exact) and merged here by race. Internal API.
 */
public final class JolpicaPages {

    /** Jolpica's maximum page size; larger limits are silently clamped by the server. */
    public static final int MAX_LIMIT = 100;

    /**
     * Upper bound on pages for one query. A full race of lap timings is about 15 pages of 100; a season of results
     * about 8. A larger count means a broken {@code total} and would otherwise loop for a very long time.
     */
    public static final int MAX_PAGES = 400;

    private JolpicaPages() {
    }

    /**
     * The offsets still to fetch after the first page.
     *
     * @param total  the first page's {@code total}
     * @param limit  the first page's effective {@code limit} (what the server applied, which may be below what
     *               was asked on a self-hosted server with a lower cap)
     * @param offset the first page's {@code offset}
     * @return offsets {@code offset + limit, offset + 2 * limit, ...} below {@code total}, in order
     * @throws IllegalArgumentException for a zero limit with rows left, or more than {@link #MAX_PAGES} pages
     */
    public static List<Integer> remainingOffsets(int total, int limit, int offset) {
        if (total < 0 || limit < 0 || offset < 0) {
            throw new IllegalArgumentException("paging counters must be >= 0, were total " + total + ", limit "
                    + limit + ", offset " + offset);
        }
        long next = (long) offset + limit;
        if (next >= total) {
            return List.of();
        }
        if (limit == 0) {
            throw new IllegalArgumentException("limit 0 with " + (total - offset) + " rows left: cannot page");
        }
        long pages = (total - next + limit - 1) / limit;
        if (pages + 1 > MAX_PAGES) {
            throw new IllegalArgumentException("total " + total + " with limit " + limit + " needs " + (pages + 1)
                    + " pages, more than the cap of " + MAX_PAGES);
        }
        List<Integer> offsets = new ArrayList<>((int) pages);
        for (long o = next; o < total; o += limit) {
            offsets.add((int) o);
        }
        return offsets;
    }

    /** Number of requests a query with {@code total} rows costs at page size {@code limit}: at least one. */
    public static int requestCount(int total, int limit) {
        if (limit <= 0) {
            throw new IllegalArgumentException("limit must be > 0, was " + limit);
        }
        return Math.max(1, (total + limit - 1) / limit);
    }

    /**
     * Merges per-page race groups: a race that appears on several pages becomes one group with its rows in page
     * order. Races keep the order of their first appearance (Jolpica sorts by round).
     *
     * @param pages the groups of each page, in page order
     * @param <T>   the row type
     * @return one group per race
     */
    public static <T> List<RaceGroup<T>> mergeByRace(List<List<RaceGroup<T>>> pages) {
        Map<RaceKey, List<T>> merged = new LinkedHashMap<>();
        for (List<RaceGroup<T>> page : pages) {
            for (RaceGroup<T> group : page) {
                merged.computeIfAbsent(group.race(), k -> new ArrayList<>()).addAll(group.rows());
            }
        }
        List<RaceGroup<T>> out = new ArrayList<>(merged.size());
        merged.forEach((race, rows) -> out.add(new RaceGroup<>(race, rows)));
        return out;
    }

    /** Total number of rows in the groups; compared with the envelope's {@code total} after paging. */
    public static int rowCount(List<? extends RaceGroup<?>> groups) {
        int n = 0;
        for (RaceGroup<?> g : groups) {
            n += g.rows().size();
        }
        return n;
    }
}
