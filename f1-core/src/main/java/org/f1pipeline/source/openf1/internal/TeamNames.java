package org.f1pipeline.source.openf1.internal;

import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.f1pipeline.domain.Constructor;
import org.f1pipeline.domain.ConstructorId;

/**
 * Team name to constructor id, by normalised name. Internal API. This is only the fallback of the driver mapping:
 * normally a driver's team comes from the season entry list. Keys: the OpenF1 team names of 2023-2026 (built in),
 * the names of the constructors given (Jolpica names, or the synthetic season's), and any aliases the caller adds.
 * A key that points to two different ids is dropped, so a guess is never made.
 */
public final class TeamNames {

    private static final Map<String, String> BUILT_IN = Map.ofEntries(
            Map.entry("redbullracing", "red_bull"), Map.entry("redbull", "red_bull"),
            Map.entry("oracleredbullracing", "red_bull"),
            Map.entry("ferrari", "ferrari"), Map.entry("scuderiaferrari", "ferrari"),
            Map.entry("mercedes", "mercedes"), Map.entry("mercedesamgpetronasf1team", "mercedes"),
            Map.entry("mclaren", "mclaren"), Map.entry("mclarenf1team", "mclaren"),
            Map.entry("astonmartin", "aston_martin"), Map.entry("astonmartinf1team", "aston_martin"),
            Map.entry("alpine", "alpine"), Map.entry("alpinef1team", "alpine"),
            Map.entry("williams", "williams"), Map.entry("williamsracing", "williams"),
            Map.entry("alphatauri", "alphatauri"), Map.entry("scuderiaalphatauri", "alphatauri"),
            Map.entry("rb", "rb"), Map.entry("rbf1team", "rb"), Map.entry("racingbulls", "rb"),
            Map.entry("visacashapprb", "rb"),
            Map.entry("alfaromeo", "alfa"), Map.entry("alfaromeoracing", "alfa"),
            Map.entry("kicksauber", "sauber"), Map.entry("sauber", "sauber"), Map.entry("stakef1team", "sauber"),
            Map.entry("haas", "haas"), Map.entry("haasf1team", "haas"), Map.entry("moneygramhaasf1team", "haas"),
            Map.entry("audi", "audi"), Map.entry("cadillac", "cadillac"));

    private final Map<String, ConstructorId> byKey;

    private TeamNames(Map<String, ConstructorId> byKey) {
        this.byKey = byKey;
    }

    /**
     * Builds the table.
     *
     * @param constructors known constructors (their names become keys), may be empty
     * @param aliases      extra name to id pairs, may be empty
     * @return the table
     */
    public static TeamNames of(Collection<Constructor> constructors, Map<String, ConstructorId> aliases) {
        Map<String, ConstructorId> map = new HashMap<>();
        Set<String> clashes = new HashSet<>();
        BUILT_IN.forEach((k, v) -> map.put(k, ConstructorId.of(v)));
        // Given names outrank built-ins (they describe this database); clashes among them are dropped.
        Map<String, ConstructorId> given = new HashMap<>();
        constructors.forEach(c -> put(given, clashes, Names.key(c.name()), c.id()));
        constructors.forEach(c -> put(given, clashes, Names.key(c.id().value()), c.id()));
        aliases.forEach((name, id) -> put(given, clashes, Names.key(name), id));
        clashes.forEach(given::remove);
        map.putAll(given);
        return new TeamNames(map);
    }

    /** The constructor for a team name, if the name is known and unambiguous. */
    public Optional<ConstructorId> lookup(String teamName) {
        String key = Names.key(teamName);
        return key.isEmpty() ? Optional.empty() : Optional.ofNullable(byKey.get(key));
    }

    private static void put(Map<String, ConstructorId> map, Set<String> clashes, String key, ConstructorId id) {
        if (key.isEmpty()) {
            return;
        }
        ConstructorId old = map.putIfAbsent(key, id);
        if (old != null && !old.equals(id)) {
            clashes.add(key);
        }
    }
}
