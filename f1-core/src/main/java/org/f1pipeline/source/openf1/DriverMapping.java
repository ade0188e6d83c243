package org.f1pipeline.source.openf1;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.IntFunction;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.f1pipeline.InvalidInputException;
import org.f1pipeline.domain.Constructor;
import org.f1pipeline.domain.ConstructorId;
import org.f1pipeline.domain.Driver;
import org.f1pipeline.domain.DriverId;
import org.f1pipeline.domain.RaceKey;
import org.f1pipeline.domain.SeasonEntry;
import org.f1pipeline.source.openf1.MappedDriver.MatchedBy;
import org.f1pipeline.source.openf1.internal.Names;
import org.f1pipeline.source.openf1.internal.TeamNames;

/**
 * Maps OpenF1 drivers ({@code driver_number}, {@code name_acronym}, {@code full_name}, {@code team_name}) of one
 * season onto stable {@link DriverId}s and the {@link ConstructorId} of each race. Immutable and thread-safe.
 *
 * <p>Rules, in order; each must give exactly one driver, else the next is tried:
 * <ol>
 *   <li><b>car number</b>: the season entries with this number that had started by the round. When OpenF1 sends an
 *       acronym, entries whose driver has another code are ignored and those with the same code preferred (a
 *       replacement may take over a car number mid-season); among several drivers, the one whose entry started
 *       latest holds the car;</li>
 *   <li><b>acronym</b>: the season's driver whose code equals {@code name_acronym} (if two share it, the one
 *       whose name also matches);</li>
 *   <li><b>name</b>: the season's driver whose normalised full name (either name order, accents and case ignored)
 *       equals {@code full_name}.</li>
 * </ol>
 * Nothing found, or a tie, throws {@link UnknownDriverException}. Only drivers on the season's entry list are
 * considered. The team is the driver's entry in force at that round (latest {@code firstRound} not after it), never
 * the TV team name; the name is used only to choose between entries that started at the same round, through a
 * normalised-name table (OpenF1's 2023-2026 names, the names of the constructors given, and added aliases).
 */
public final class DriverMapping {

    private final int season;
    private final List<SeasonEntry> entries;
    private final Map<DriverId, Driver> drivers;
    private final TeamNames teams;

    private DriverMapping(int season, List<SeasonEntry> entries, Map<DriverId, Driver> drivers, TeamNames teams) {
        this.season = season;
        this.entries = entries;
        this.drivers = drivers;
        this.teams = teams;
    }

    /**
     * A mapping for one season.
     *
     * @param season       the season
     * @param entries      the season's entry list (entries of other seasons are ignored)
     * @param drivers      driver records for codes and names (at least those on the entry list)
     * @param constructors constructor records whose names join the team-name fallback; may be empty
     * @param teamAliases  extra team name to id pairs for the fallback (e.g. a synthetic season's names); may be empty
     * @return the mapping
     */
    public static DriverMapping of(int season, Collection<SeasonEntry> entries, Collection<Driver> drivers,
                                   Collection<Constructor> constructors, Map<String, ConstructorId> teamAliases) {
        List<SeasonEntry> own = entries.stream().filter(e -> e.season() == season).toList();
        Map<DriverId, Driver> byId = new HashMap<>();
        drivers.forEach(d -> byId.put(d.id(), d));
        return new DriverMapping(season, own, byId, TeamNames.of(constructors, teamAliases));
    }

    /** A mapping with only the built-in team-name fallback. */
    public static DriverMapping of(int season, Collection<SeasonEntry> entries, Collection<Driver> drivers) {
        return of(season, entries, drivers, List.of(), Map.of());
    }

    /** The season this mapping covers. */
    public int season() {
        return season;
    }

    /**
     * Maps one OpenF1 driver row.
     *
     * @throws UnknownDriverException when no driver, or several, match
     */
    public MappedDriver map(RaceKey race, OpenF1Driver driver) {
        return map(race, driver.driverNumber(), driver.nameAcronym(), driver.fullName(), driver.teamName());
    }

    /**
     * Maps an OpenF1 driver given by its fields.
     *
     * @param race         the race (its season must be this mapping's)
     * @param driverNumber {@code driver_number}
     * @param acronym      {@code name_acronym}, or null
     * @param fullName     {@code full_name}, or null
     * @param teamName     {@code team_name}, or null
     * @return the match
     * @throws UnknownDriverException when no driver, or several, match
     */
    public MappedDriver map(RaceKey race, int driverNumber, String acronym, String fullName, String teamName) {
        return find(race, driverNumber, acronym, fullName, teamName).orElseThrow(() -> new UnknownDriverException(
                season, race.round(), driverNumber, acronym, fullName, teamName, false,
                explain(race.round(), driverNumber, code(acronym), fullName)));
    }

    private String explain(int round, int number, String code, String fullName) {
        List<SeasonEntry> holders = started(round, e -> Objects.equals(e.carNumber(), number));
        String byNumber = holders.isEmpty() ? "no entry has car number " + number + " by round " + round
                : "car number " + number + " belongs to " + holders.stream()
                .map(e -> e.driver() + " (code " + codeOf(e.driver()) + ")").distinct()
                .collect(Collectors.joining(", "));
        return byNumber + (code == null ? "" : "; no driver has code " + code)
                + (Names.key(fullName).isEmpty() ? "" : "; no driver is named " + fullName)
                + " among the " + entries.size() + " entries of the season";
    }

    /**
     * Like {@link #map(RaceKey, int, String, String, String)} but empty when nobody matches, for callers that skip
     * drivers absent from the entry list on purpose (e.g. a rookie in first practice). A tie still throws.
     */
    public Optional<MappedDriver> find(RaceKey race, int driverNumber, String acronym, String fullName,
                                       String teamName) {
        Objects.requireNonNull(race, "race must not be null");
        if (race.season() != season) {
            throw new InvalidInputException("race", "race " + race + " is not in season " + season);
        }
        Ctx ctx = new Ctx(race.round(), driverNumber, code(acronym), fullName, teamName);
        List<SeasonEntry> byNumber = started(ctx.round, e -> Objects.equals(e.carNumber(), driverNumber));
        if (ctx.code != null) {
            List<SeasonEntry> same = filter(byNumber, e -> ctx.code.equals(codeOf(e.driver())));
            byNumber = !same.isEmpty() ? same : filter(byNumber, e -> codeOf(e.driver()) == null);
        }
        if (!byNumber.isEmpty()) {
            int latest = byNumber.stream().mapToInt(DriverMapping::start).max().orElseThrow();
            return Optional.of(resolve(ctx, filter(byNumber, e -> start(e) == latest), MatchedBy.CAR_NUMBER));
        }
        if (ctx.code != null) {
            List<SeasonEntry> byCode = started(ctx.round, e -> ctx.code.equals(codeOf(e.driver())));
            String key = Names.key(fullName);
            List<SeasonEntry> named = filter(byCode, e -> nameMatches(e.driver(), key));
            if (byCode.stream().map(SeasonEntry::driver).distinct().count() > 1 && !named.isEmpty()) {
                // Two drivers share the code (Michael and Mick Schumacher): the name settles it.
                byCode = named;
            }
            if (!byCode.isEmpty()) {
                return Optional.of(resolve(ctx, byCode, MatchedBy.ACRONYM));
            }
        }
        String name = Names.key(fullName);
        if (!name.isEmpty()) {
            List<SeasonEntry> byName = started(ctx.round, e -> nameMatches(e.driver(), name));
            if (!byName.isEmpty()) {
                return Optional.of(resolve(ctx, byName, MatchedBy.NAME));
            }
        }
        return Optional.empty();
    }

    /**
     * Maps every driver of a session, keyed by car number.
     *
     * @throws UnknownDriverException for the first driver that does not match
     */
    public Map<Integer, MappedDriver> mapSession(RaceKey race, List<OpenF1Driver> sessionDrivers) {
        Map<Integer, MappedDriver> out = new LinkedHashMap<>();
        for (OpenF1Driver d : sessionDrivers) {
            out.putIfAbsent(d.driverNumber(), map(race, d));
        }
        return out;
    }

    /**
     * A car number to driver id function for the derivations: cars listed in {@code sessionDrivers} are matched
     * with their acronym and name, others by number alone. Unknown cars throw {@link UnknownDriverException}.
     */
    public IntFunction<DriverId> resolver(RaceKey race, List<OpenF1Driver> sessionDrivers) {
        Map<Integer, OpenF1Driver> byNumber = new HashMap<>();
        sessionDrivers.forEach(d -> byNumber.putIfAbsent(d.driverNumber(), d));
        Map<Integer, DriverId> memo = new java.util.concurrent.ConcurrentHashMap<>();
        return n -> memo.computeIfAbsent(n, k -> {
            OpenF1Driver d = byNumber.get(k);
            return (d == null ? map(race, k, null, null, null) : map(race, d)).driver();
        });
    }

    /** The constructor for a team name through the fallback table, if the name is known. */
    public Optional<ConstructorId> constructorForTeamName(String teamName) {
        return teams.lookup(teamName);
    }

    /** Picks the one driver among candidate entries, then that driver's entry in force at the round. */
    private MappedDriver resolve(Ctx ctx, List<SeasonEntry> candidates, MatchedBy rule) {
        List<DriverId> ids = candidates.stream().map(SeasonEntry::driver).distinct().sorted().toList();
        if (ids.size() > 1) {
            throw ctx.ambiguous("by " + rule.name().toLowerCase(Locale.ROOT).replace('_', ' ')
                    + " it could be any of " + ids);
        }
        DriverId id = ids.get(0);
        List<SeasonEntry> own = started(ctx.round, e -> e.driver().equals(id));
        int latest = own.stream().mapToInt(DriverMapping::start).max().orElseThrow();
        List<SeasonEntry> current = filter(own, e -> start(e) == latest);
        if (current.size() > 1) {
            Optional<ConstructorId> byTeam = teams.lookup(ctx.teamName);
            List<SeasonEntry> named = filter(current, e -> byTeam.isPresent() && e.constructor().equals(byTeam.get()));
            if (named.size() != 1) {
                throw ctx.ambiguous("driver " + id + " has entries for " + current.stream()
                        .map(e -> e.constructor().value()).collect(Collectors.joining(", "))
                        + " from the same round, and the team name does not settle it");
            }
            current = named;
        }
        return new MappedDriver(id, current.get(0).constructor(), ctx.number, rule);
    }

    private List<SeasonEntry> started(int round, Predicate<SeasonEntry> test) {
        return entries.stream().filter(e -> start(e) <= round).filter(test)
                .sorted(Comparator.comparing(SeasonEntry::driver)).toList();
    }

    private static List<SeasonEntry> filter(List<SeasonEntry> list, Predicate<SeasonEntry> test) {
        List<SeasonEntry> out = new ArrayList<>();
        list.stream().filter(test).forEach(out::add);
        return out;
    }

    private static int start(SeasonEntry e) {
        return e.firstRound() == null ? 1 : e.firstRound();
    }

    private String codeOf(DriverId id) {
        Driver d = drivers.get(id);
        return d == null ? null : code(d.code());
    }

    private boolean nameMatches(DriverId id, String key) {
        Driver d = drivers.get(id);
        if (d == null) {
            return false;
        }
        String given = d.givenName() == null ? "" : d.givenName();
        return key.equals(Names.key(given + d.familyName())) || key.equals(Names.key(d.familyName() + given));
    }

    private static String code(String acronym) {
        return acronym == null || acronym.isBlank() ? null : acronym.strip().toUpperCase(Locale.ROOT);
    }

    /** What is being matched, for messages. */
    private final class Ctx {
        final int round;
        final int number;
        final String code;
        final String fullName;
        final String teamName;

        Ctx(int round, int number, String code, String fullName, String teamName) {
            this.round = round;
            this.number = number;
            this.code = code;
            this.fullName = fullName;
            this.teamName = teamName;
        }

        UnknownDriverException ambiguous(String reason) {
            return new UnknownDriverException(season, round, number, code, fullName, teamName, true, reason);
        }
    }
}
