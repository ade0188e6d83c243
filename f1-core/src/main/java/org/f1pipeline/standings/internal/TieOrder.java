package org.f1pipeline.standings.internal;

import java.text.Normalizer;
import java.util.Collection;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;
import org.f1pipeline.domain.Constructor;
import org.f1pipeline.domain.Driver;

/**
 * The order of lines that tie on points and on the whole countback (mostly drivers with no points and one
 * retirement each): alphabetical by family name, then given name, ignoring case and accents, as the official
 * (Ergast) tables list them ("de Changy" between "Cade" and "Flaherty"); constructors by name. Ids decide the rest,
 * and are the whole order when no names are known. Immutable.
 */
public final class TieOrder {

    private static final TieOrder IDS = new TieOrder(Map.of(), Map.of());

    private Map<String, String> drivers;
    private Map<String, String> constructors;
    private Supplier<TieOrder> source;

    private TieOrder(Map<String, String> drivers, Map<String, String> constructors) {
        this.drivers = drivers;
        this.constructors = constructors;
    }

    /**
     * Ties by names fetched only when a full tie first needs them: most tables have none, and reading the catalog
     * for each of them would be most of the cost of a table. Not thread-safe.
     */
    public static TieOrder lazy(Supplier<TieOrder> names) {
        TieOrder t = new TieOrder(null, null);
        t.source = names;
        return t;
    }

    /** Ties by id only (no names at hand). */
    public static TieOrder ids() {
        return IDS;
    }

    /** Ties by the catalog's names. */
    public static TieOrder names(Collection<Driver> drivers, Collection<Constructor> constructors) {
        Map<String, String> d = new HashMap<>();
        drivers.forEach(x -> d.put(x.id().value(), fold(x.familyName()) + '\u0000' + fold(x.givenName())));
        Map<String, String> c = new HashMap<>();
        constructors.forEach(x -> c.put(x.id().value(), fold(x.name())));
        return new TieOrder(Map.copyOf(d), Map.copyOf(c));
    }

    /** Ties by explicit sort keys (id to key; tests). */
    public static TieOrder keys(Map<String, String> drivers, Map<String, String> constructors) {
        Map<String, String> d = new HashMap<>();
        drivers.forEach((id, name) -> d.put(id, fold(name)));
        Map<String, String> c = new HashMap<>();
        constructors.forEach((id, name) -> c.put(id, fold(name)));
        return new TieOrder(Map.copyOf(d), Map.copyOf(c));
    }

    /** The sort key of a driver's (or, with {@code constructor}, a team's) line. */
    String key(boolean constructor, String id) {
        if (source != null) {
            TieOrder loaded = source.get();
            drivers = loaded.drivers;
            constructors = loaded.constructors;
            source = null;
        }
        String name = (constructor ? constructors : drivers).get(id);
        return (name == null ? "" : name) + '\u0001' + id;
    }

    /** Lower case without accents: "Fontés" and "fontes" sort alike. */
    static String fold(String s) {
        if (s == null) {
            return "";
        }
        return Normalizer.normalize(s, Normalizer.Form.NFD).replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT);
    }
}
