package org.f1pipeline.source.jolpica;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.f1pipeline.InvalidInputException;
import org.f1pipeline.domain.Circuit;
import org.f1pipeline.domain.Constructor;
import org.f1pipeline.domain.Driver;
import org.f1pipeline.domain.LapTime;
import org.f1pipeline.domain.RaceKey;
import org.f1pipeline.domain.RaceType;
import org.f1pipeline.domain.Season;
import org.f1pipeline.domain.SeasonEntry;
import org.f1pipeline.fetch.Fetcher;
import org.f1pipeline.fetch.SourceConfig;
import org.f1pipeline.internal.Checks;
import org.f1pipeline.source.jolpica.internal.CatalogParser;
import org.f1pipeline.source.jolpica.internal.JolpicaPages;
import org.f1pipeline.source.jolpica.internal.LapParser;
import org.f1pipeline.source.jolpica.internal.PageReader;
import org.f1pipeline.source.jolpica.internal.PitStopParser;
import org.f1pipeline.source.jolpica.internal.QualifyingParser;
import org.f1pipeline.source.jolpica.internal.RaceGroup;
import org.f1pipeline.source.jolpica.internal.ResultParser;
import org.f1pipeline.source.jolpica.internal.ScheduleParser;
import org.f1pipeline.source.jolpica.internal.StatusParser;

/**
 * Reads the Jolpica-F1 (Ergast-compatible) API into domain records, with as few requests as the API allows.
 *
 * <p>Every query asks for pages of {@link JolpicaConfig#pageSize()} rows (100, the server maximum) and follows
 * {@code offset} until {@code total} is reached; a race split across pages is merged back together. A query that
 * matches nothing (a future round, a season without sprints) returns an empty list: deciding whether that means
 * "not published yet" is up to the job, which knows the schedule. Costs below are HTTP requests before the fetch
 * layer's cache; {@code ceil(n/100)} is at least 1.
 *
 * <p>Each request carries a {@code sessionEnd} hint for the response cache. Season-wide queries use the end of the
 * season's calendar year (no session of season S ends later), so past seasons are cached as immutable; the
 * per-round methods accept the real end of the session when the caller knows it.
 *
 * <p>Errors: {@link org.f1pipeline.fetch.FetchException} and its subclasses from the fetch layer (HTTP status,
 * rate limiting, offline cache miss); {@link org.f1pipeline.fetch.SourceFormatException} naming the page URL, the
 * race and the JSON path when a payload lacks a required field or holds a malformed value;
 * {@link InvalidInputException} for a season outside 1950-2100, before any request. Thread-safe if the
 * {@link Fetcher} is.
 */
public final class JolpicaClient {

    /** Source name given to the fetch layer (selects Jolpica's rate limits and cache folder). */
    public static final String SOURCE = SourceConfig.JOLPICA;

    private final JolpicaConfig config;
    private final PageReader reader;

    /** A client for the public server with default settings. */
    public JolpicaClient(Fetcher fetcher) {
        this(fetcher, JolpicaConfig.ofDefaults());
    }

    /** A client with explicit settings. */
    public JolpicaClient(Fetcher fetcher, JolpicaConfig config) {
        Checks.notNull(fetcher, "fetcher");
        this.config = Checks.notNull(config, "config");
        this.reader = new PageReader(fetcher, SOURCE, config.baseUrl(), config.pageSize());
    }

    /** The settings in use. */
    public JolpicaConfig config() {
        return config;
    }

    /** Every championship season ({@code /seasons}); 1 request (77 seasons by 2026). */
    public List<Season> seasons() {
        return flat(reader.readAll("seasons", "seasons", null, "SeasonTable", CatalogParser::seasons, s -> 1));
    }

    /**
     * The season's schedule ({@code /{season}}): each race with format, session starts and circuit; 1 request.
     * Cancelled rounds are not listed by Jolpica.
     */
    public List<ScheduledRace> schedule(int season) {
        return flat(reader.readAll(year(season) + "", "schedule", seasonEnd(season), "RaceTable",
                ScheduleParser::parse, r -> 1));
    }

    /**
     * Every season's schedule at once ({@code /races}, all seasons by season and round): ceil(races/100) requests,
     * 12 for the 1,151 races of 1950-2025, where one request per season would be 76. For backfills of many seasons.
     */
    public List<ScheduledRace> schedules() {
        return flat(reader.readAll("races", "schedule", null, "RaceTable", ScheduleParser::parse, r -> 1));
    }

    /** Drivers of the season, reserves included ({@code /{season}/drivers}); 1 request (more above 100 drivers). */
    public List<Driver> drivers(int season) {
        return flat(reader.readAll(year(season) + "/drivers", "drivers", seasonEnd(season), "DriverTable",
                CatalogParser::drivers, d -> 1));
    }

    /** Teams of the season ({@code /{season}/constructors}); 1 request. */
    public List<Constructor> constructors(int season) {
        return flat(reader.readAll(year(season) + "/constructors", "constructors", seasonEnd(season),
                "ConstructorTable", CatalogParser::constructors, c -> 1));
    }

    /** Circuits used in the season ({@code /{season}/circuits}); 1 request. The schedule already carries them. */
    public List<Circuit> circuits(int season) {
        return flat(reader.readAll(year(season) + "/circuits", "circuits", seasonEnd(season), "CircuitTable",
                CatalogParser::circuits, c -> 1));
    }

    /**
     * The entry list before any result exists: {@code /{season}/constructors} then
     * {@code /{season}/constructors/{id}/drivers} per team, i.e. 1 + (number of teams) requests (11-12 today).
     * Jolpica pairs drivers with teams per season (TeamDriver), which is the only pairing available before the first
     * race; it includes reserve and junior drivers the team registered, and carries no car numbers or first rounds
     * (both null). Once results exist, {@link SeasonRoster#fromRows} over {@link #results(int)} is exact and free.
     */
    public SeasonRoster entryList(int season) {
        List<Constructor> teams = constructors(season);
        List<SeasonEntry> entries = new ArrayList<>();
        List<Driver> drivers = new ArrayList<>();
        for (Constructor team : teams) {
            List<Driver> teamDrivers = flat(reader.readAll(
                    year(season) + "/constructors/" + pathSegment(team.id().value()) + "/drivers", "constructor-drivers",
                    seasonEnd(season), "DriverTable", CatalogParser::drivers, d -> 1));
            for (Driver d : teamDrivers) {
                entries.add(new SeasonEntry(season, d.id(), team.id(), null, null));
                if (drivers.stream().noneMatch(x -> x.id().equals(d.id()))) {
                    drivers.add(d);
                }
            }
        }
        return new SeasonRoster(season, entries, drivers, teams);
    }

    /** Grand-prix results of a whole season ({@code /{season}/results}); ceil(rows/100) requests, 5 today. */
    public List<ResultRow> results(int season) {
        return resultRows(year(season) + "/results", "results", seasonEnd(season), RaceType.GRAND_PRIX);
    }

    /** Grand-prix results of one race; 1 request. */
    public List<ResultRow> results(RaceKey race) {
        return results(race, seasonEnd(race.season()));
    }

    /** Grand-prix results of one race, with the race's end as cache hint; 1 request. */
    public List<ResultRow> results(RaceKey race, Instant sessionEnd) {
        return resultRows(path(race) + "/results", "results", sessionEnd, RaceType.GRAND_PRIX);
    }

    /**
     * Sprint results of a season ({@code /{season}/sprint}); ceil(rows/100) requests, 1 when the season had none.
     * Skip the call for seasons whose schedule has no sprint weekend.
     */
    public List<ResultRow> sprintResults(int season) {
        return resultRows(year(season) + "/sprint", "sprint", seasonEnd(season), RaceType.SPRINT);
    }

    /** Sprint results of one race; 1 request. */
    public List<ResultRow> sprintResults(RaceKey race) {
        return sprintResults(race, seasonEnd(race.season()));
    }

    /** Sprint results of one race, with the sprint's end as cache hint; 1 request. */
    public List<ResultRow> sprintResults(RaceKey race, Instant sessionEnd) {
        return resultRows(path(race) + "/sprint", "sprint", sessionEnd, RaceType.SPRINT);
    }

    /**
     * Grand-prix qualifying of a season ({@code /{season}/qualifying}); ceil(entries/100) requests, 5 today, 1 for
     * seasons Jolpica has no qualifying for (before 1994 in Ergast's data). Jolpica serves no sprint qualifying.
     */
    public List<QualifyingRow> qualifying(int season) {
        return qualifyingRows(year(season) + "/qualifying", seasonEnd(season));
    }

    /** Qualifying of one race; 1 request. */
    public List<QualifyingRow> qualifying(RaceKey race) {
        return qualifying(race, seasonEnd(race.season()));
    }

    /** Qualifying of one race, with the session's end as cache hint; 1 request. */
    public List<QualifyingRow> qualifying(RaceKey race, Instant sessionEnd) {
        return qualifyingRows(path(race) + "/qualifying", sessionEnd);
    }

    /**
     * Grand-prix lap times and positions of one race ({@code /{season}/{round}/laps}, 1996 onwards); ceil(rows/100)
     * requests, 10-15 for a full race (about 1,000-1,500 rows). Jolpica requires a round for laps.
     */
    public List<LapTime> laps(RaceKey race) {
        return laps(race, seasonEnd(race.season()));
    }

    /** Lap times of one race, with the race's end as cache hint. */
    public List<LapTime> laps(RaceKey race, Instant sessionEnd) {
        return flatGroups(JolpicaPages.mergeByRace(reader.readAll(path(race) + "/laps", "laps", sessionEnd,
                "RaceTable", LapParser::parse, g -> g.rows().size())));
    }

    /**
     * The times of one lap of a grand prix ({@code /{season}/{round}/laps/{lap}}), 1 request: how FastF1 fills the
     * race's first lap time, which the live-timing feed does not carry.
     */
    public List<LapTime> lap(RaceKey race, int lap, Instant sessionEnd) {
        if (lap < 1) {
            throw new IllegalArgumentException("lap must be at least 1, was " + lap);
        }
        return flatGroups(JolpicaPages.mergeByRace(reader.readAll(path(race) + "/laps/" + lap, "laps", sessionEnd,
                "RaceTable", LapParser::parse, g -> g.rows().size())));
    }

    /** Pit stops of one grand prix ({@code /{season}/{round}/pitstops}, 2011 onwards); 1 request (2 in rare races). */
    public List<PitStop> pitStops(RaceKey race) {
        return pitStops(race, seasonEnd(race.season()));
    }

    /** Pit stops of one grand prix, with the race's end as cache hint. */
    public List<PitStop> pitStops(RaceKey race, Instant sessionEnd) {
        return flatGroups(JolpicaPages.mergeByRace(reader.readAll(path(race) + "/pitstops", "pitstops",
                sessionEnd, "RaceTable", PitStopParser::parse, g -> g.rows().size())));
    }

    /** Finishing-status counts of a season's grand prix results ({@code /{season}/status}); 1 request. */
    public List<StatusCount> statuses(int season) {
        return flat(reader.readAll(year(season) + "/status", "status", seasonEnd(season), "StatusTable",
                StatusParser::parse, s -> 1));
    }

    private List<ResultRow> resultRows(String path, String endpoint, Instant sessionEnd, RaceType type) {
        List<RaceGroup<ResultRow>> groups = JolpicaPages.mergeByRace(reader.readAll(path, endpoint, sessionEnd,
                "RaceTable", p -> ResultParser.parse(p, type), g -> g.rows().size()));
        List<ResultRow> out = new ArrayList<>();
        for (RaceGroup<ResultRow> g : groups) {
            out.addAll(ResultParser.flagFastestWithoutRanks(g).rows());
        }
        return out;
    }

    private List<QualifyingRow> qualifyingRows(String path, Instant sessionEnd) {
        return flatGroups(JolpicaPages.mergeByRace(reader.readAll(path, "qualifying", sessionEnd, "RaceTable",
                QualifyingParser::parse, g -> g.rows().size())));
    }

    private static <T> List<T> flat(List<List<T>> pages) {
        List<T> out = new ArrayList<>();
        pages.forEach(out::addAll);
        return out;
    }

    private static <T> List<T> flatGroups(List<RaceGroup<T>> groups) {
        List<T> out = new ArrayList<>();
        groups.forEach(g -> out.addAll(g.rows()));
        return out;
    }

    /** An opaque source id as one URL path segment: unreserved characters as they are, the rest percent-encoded. */
    static String pathSegment(String id) {
        StringBuilder out = new StringBuilder();
        for (byte b : id.getBytes(java.nio.charset.StandardCharsets.UTF_8)) {
            int c = b & 0xff;
            if (c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '-' || c == '_'
                    || c == '.' || c == '~') {
                out.append((char) c);
            } else {
                out.append('%').append(String.format("%02X", c));
            }
        }
        return out.toString();
    }

    private static String path(RaceKey race) {
        Checks.notNull(race, "race");
        return race.season() + "/" + race.round();
    }

    private static int year(int season) {
        if (season < RaceKey.FIRST_SEASON || season > RaceKey.LAST_SEASON) {
            throw new InvalidInputException("season", "season must be between " + RaceKey.FIRST_SEASON + " and "
                    + RaceKey.LAST_SEASON + ", was " + season);
        }
        return season;
    }

    /** No session of season S ends after 1 January of S+1, so this is a safe (late) immutability hint. */
    private static Instant seasonEnd(int season) {
        return LocalDate.of(year(season) + 1, 1, 1).atStartOfDay(ZoneOffset.UTC).toInstant();
    }
}
