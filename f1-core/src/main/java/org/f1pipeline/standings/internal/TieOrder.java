package org.f1pipeline.standings.internal;

import java.text.Normalizer;
import java.util.Collection;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import org.f1pipeline.domain.Constructor;
import org.f1pipeline.domain.Driver;

/**
 * The order of lines that tie on points and on the whole countback (mostly drivers with no points and one
 * retirement each): alphabetical by family name, then given name, ignoring case and accents, as the official
 * (Ergast) tables list them ("de Changy" between "Cade" and "Flaherty"); constructors by name. Ids decide the rest,
 * and are the whole order when no names are known. Names are looked up only for lines that really tie, once each.
 * Not thread-safe (it caches the keys it has looked up).
 */
public final class TieOrder {

    private static final Function<String, String> NONE = id -> null;

    private final Function<String, String> driverNames;
    private final Function<String, String> constructorNames;
    private final Map<String, String> driverKeys = new HashMap<>();
    private final Map<String, String> constructorKeys = new HashMap<>();

    private TieOrder(Function<String, String> driverNames, Function<String, String> constructorNames) {
        this.driverNames = driverNames;
        this.constructorNames = constructorNames;
    }

    /** Ties by id only (no names at hand). */
    public static TieOrder ids() {
        return new TieOrder(NONE, NONE);
    }

    /** Ties by the given catalog records. */
    public static TieOrder names(Collection<Driver> drivers, Collection<Constructor> constructors) {
        Map<String, String> d = new HashMap<>();
        drivers.forEach(x -> d.put(x.id().value(), driverName(x)));
        Map<String, String> c = new HashMap<>();
        constructors.forEach(x -> c.put(x.id().value(), x.name()));
        return new TieOrder(d::get, c::get);
    }

    /** Ties by explicit names (id to name; tests). */
    public static TieOrder keys(Map<String, String> drivers, Map<String, String> constructors) {
        return new TieOrder(drivers::get, constructors::get);
    }

    /**
     * Ties by names looked up when first needed (e.g. one catalog read per tied driver): most tables have no full
     * tie, and reading every name for each of them would cost more than the table.
     *
     * @param drivers      driver id to its sort name ({@link #driverName}), null when unknown
     * @param constructors constructor id to its name, null when unknown
     */
    public static TieOrder lookup(Function<String, String> drivers, Function<String, String> constructors) {
        return new TieOrder(drivers, constructors);
    }

    /** A driver's sort name: family name, then given name. */
    public static String driverName(Driver d) {
        return d.familyName() + '\u0000' + d.givenName();
    }

    /** The sort key of a driver's (or, with {@code constructor}, a team's) line. */
    String key(boolean constructor, String id) {
        Map<String, String> cache = constructor ? constructorKeys : driverKeys;
        String key = cache.get(id);
        if (key == null) {
            String name = (constructor ? constructorNames : driverNames).apply(id);
            key = fold(name) + '\u0001' + id;
            cache.put(id, key);
        }
        return key;
    }

    /** Lower case without accents: "Fontés" and "fontes" sort alike. */
    static String fold(String s) {
        if (s == null) {
            return "";
        }
        return Normalizer.normalize(s, Normalizer.Form.NFD).replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT);
    }
}
