package org.f1pipeline.internal;

import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;

/**
 * The immutable, ordered name-to-number map of the model's records ({@code FeatureRow.scores},
 * {@code DriverPrediction.contributions}): the numbers kept as primitives beside a list of names that the rows of
 * one race share. Why (decision D97): a full recompute makes some 11,500 feature rows and as many prediction lines,
 * each map of up to 25 entries built once by the engine and copied once by the record; as {@code LinkedHashMap}s
 * that was about 30 MB of entries, tables and boxed doubles, a quarter of everything the command allocated, and
 * every megabyte a fresh JVM touches costs it time (docs/benchmarks.md, "Session 12").
 *
 * <p>A {@link Map} like any other to its readers: ordered as built, {@code equals} and {@code hashCode} as
 * {@link Map} defines them, unmodifiable. Its values are finite or null. Internal API.
 */
public final class ScoreMap extends AbstractMap<String, Double> {

    private final Names names;
    private final double[] values;
    /** Which values are null, or null when none is (the engine never makes one). */
    private final boolean[] nulls;

    private ScoreMap(Names names, double[] values, boolean[] nulls) {
        this.names = names;
        this.values = values;
        this.nulls = nulls;
    }

    /**
     * The names of a family of maps, in order, checked once (not blank, no repeat): the rows of one race share
     * them, and a reader that meets the same instance again can reuse the positions it looked up.
     */
    public static final class Names {
        private final String[] names;
        /** Position by name, made on the first lookup by name. */
        private volatile Map<String, Integer> index;

        private Names(String[] names) {
            this.names = names;
        }

        /** The names, in order; {@code field} names them in an error ({@code features.scores key}). */
        public static Names of(List<String> names, String field) {
            String[] copy = new String[names.size()];
            for (int i = 0; i < copy.length; i++) {
                copy[i] = Checks.notBlank(names.get(i), field);
            }
            Names made = new Names(copy);
            if (made.index().size() != copy.length) {
                throw new org.f1pipeline.InvalidInputException(field, field + " repeats a name: " + names);
            }
            return made;
        }

        /** How many names. */
        public int size() {
            return names.length;
        }

        /** The position of {@code name}, or -1. */
        public int indexOf(Object name) {
            Integer at = index().get(name);
            return at == null ? -1 : at;
        }

        private Map<String, Integer> index() {
            Map<String, Integer> made = index;
            if (made == null) {
                made = new HashMap<>(names.length * 2);
                for (int i = 0; i < names.length; i++) {
                    made.putIfAbsent(names[i], i);
                }
                index = made;
            }
            return made;
        }
    }

    /**
     * A map of {@code names} to {@code values} (the array is kept, not copied: the caller hands it over), every
     * value finite; {@code field} names a bad value in the error ({@code features.scores}).
     */
    public static ScoreMap of(Names names, double[] values, String field) {
        if (values.length != names.size()) {
            throw new IllegalArgumentException(names.size() + " names but " + values.length + " values");
        }
        for (int i = 0; i < values.length; i++) {
            if (!Double.isFinite(values[i])) {
                Checks.finite(values[i], field + "[" + names.names[i] + "]");
            }
        }
        return new ScoreMap(names, values, null);
    }

    /**
     * {@code map} as a score map: itself when it is one, else a copy in its iteration order, every name not blank
     * ({@code <field> key} in the error) and every value finite or null ({@code <field>[<name>]}).
     */
    public static ScoreMap copyOf(Map<String, Double> map, String field) {
        if (map instanceof ScoreMap s) {
            return s;
        }
        String[] names = new String[map.size()];
        double[] values = new double[names.length];
        boolean[] nulls = null;
        int i = 0;
        for (Map.Entry<String, Double> e : map.entrySet()) {
            names[i] = Checks.notBlank(e.getKey(), field + " key");
            Double v = e.getValue();
            if (v == null) {
                if (nulls == null) {
                    nulls = new boolean[names.length];
                }
                nulls[i] = true;
            } else {
                if (!Double.isFinite(v)) {
                    Checks.finite(v.doubleValue(), field + "[" + names[i] + "]");
                }
                values[i] = v;
            }
            i++;
        }
        return new ScoreMap(new Names(names), values, nulls);
    }

    /** The names this map shares with the others of its family. */
    public Names names() {
        return names;
    }

    /** The name at {@code i}, in order. */
    public String nameAt(int i) {
        return names.names[i];
    }

    /** Whether the value at {@code i} is null. */
    public boolean isNullAt(int i) {
        return nulls != null && nulls[i];
    }

    /** The value at {@code i} (0 when it is null: see {@link #isNullAt}). */
    public double valueAt(int i) {
        return values[i];
    }

    @Override
    public int size() {
        return values.length;
    }

    @Override
    public boolean containsKey(Object key) {
        return names.indexOf(key) >= 0;
    }

    @Override
    public Double get(Object key) {
        int i = names.indexOf(key);
        return i < 0 || isNullAt(i) ? null : values[i];
    }

    @Override
    public Set<Map.Entry<String, Double>> entrySet() {
        return new AbstractSet<>() {
            @Override
            public int size() {
                return values.length;
            }

            @Override
            public Iterator<Map.Entry<String, Double>> iterator() {
                return new Iterator<>() {
                    private int next;

                    @Override
                    public boolean hasNext() {
                        return next < values.length;
                    }

                    @Override
                    public Map.Entry<String, Double> next() {
                        if (next >= values.length) {
                            throw new NoSuchElementException();
                        }
                        int i = next++;
                        return new AbstractMap.SimpleImmutableEntry<>(names.names[i], isNullAt(i) ? null : values[i]);
                    }
                };
            }
        };
    }
}
