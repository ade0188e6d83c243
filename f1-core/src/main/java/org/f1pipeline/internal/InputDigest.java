package org.f1pipeline.internal;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;
import org.f1pipeline.domain.RaceKey;
import org.f1pipeline.storage.InputKind;
import org.f1pipeline.storage.InputStore;

/**
 * A 64-bit content digest of a set of rows (records), independent of their order: the sum of a mixed FNV-1a hash
 * of each row's {@code toString()} (records print every component), plus the row count. Never
 * {@link InputStore#UNKNOWN_DIGEST}. Internal API.
 */
public final class InputDigest {

    private InputDigest() {
    }

    /** The digest of {@code rows}. */
    public static long of(Collection<?> rows) {
        long sum = rows.size() * 0x9E3779B97F4A7C15L;
        for (Object row : rows) {
            sum += mix(fnv(String.valueOf(row)));
        }
        return sum == InputStore.UNKNOWN_DIGEST ? 1 : sum;
    }

    private static long fnv(String s) {
        long h = 0xcbf29ce484222325L;
        for (int i = 0; i < s.length(); i++) {
            h ^= s.charAt(i);
            h *= 0x100000001b3L;
        }
        return h;
    }

    private static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
        z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
        return z ^ (z >>> 31);
    }

    /**
     * Records a partial write (an upsert) of {@code rows}: every distinct (race, kind) among them gets a new
     * version, with {@link InputStore#UNKNOWN_DIGEST}.
     */
    public static <T> void touchUpserted(InputStore inputs, Collection<T> rows, Function<T, RaceKey> race,
                                         Function<T, InputKind> kind) {
        Map<Object, Boolean> seen = new LinkedHashMap<>();
        RaceKey lastKey = null;
        InputKind lastKind = null;
        for (T row : rows) {
            RaceKey key = race.apply(row);
            InputKind k = kind.apply(row);
            if (key.equals(lastKey) && k == lastKind) {
                continue; // bulk rows come grouped by race
            }
            lastKey = key;
            lastKind = k;
            if (seen.put(java.util.List.of(key, k), Boolean.TRUE) == null) {
                inputs.touch(key, k, InputStore.UNKNOWN_DIGEST);
            }
        }
    }
}
