package org.f1pipeline.storage.jdbc;

import java.sql.Connection;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;
import org.f1pipeline.domain.DriverId;
import org.f1pipeline.domain.LapSummary;
import org.f1pipeline.domain.LapTime;
import org.f1pipeline.domain.RaceKey;
import org.f1pipeline.domain.RaceType;
import org.f1pipeline.internal.LapSets;

/**
 * The {@code lap_summaries} table: one row per driver and grand prix with laps, {@link LapSummary#of} of the stored
 * laps, rewritten by {@link JdbcLapStore} in the transaction of every grand-prix lap write (and filled for the
 * laps already stored by the migration that creates the table, {@link #SCHEMA_VERSION}). A recompute reads these
 * (about 11,000 rows for 2000-2025) instead of the laps (about 600,000). Not thread-safe (one session).
 */
final class JdbcLapSummaries {

    /** The schema version whose migration creates the table; {@link MigrationRunner} then fills it. */
    static final int SCHEMA_VERSION = 6;

    /**
     * Written after the rows of the races are deleted, so an insert; as an upsert, many rows take the bulk path
     * (COPY, in binary: every value has its column's type).
     */
    private static final Sql.Upsert UPSERT = Sql.upsert("lap_summaries", Sql.columns("season, round, driver_id"),
            Sql.columns("season, round, driver_id, top_speed_kph, laps")).withBinaryCopy();

    private final JdbcSession session;

    /**
     * The grand prix of the sessions a lap upsert writes: the races whose session held no laps ({@code fresh}: it
     * will hold exactly the laps sent, {@code freshLaps}, which give its summaries) and the others
     * ({@code readBack}: the call may carry only part of their laps, so their summaries come from the stored laps
     * after the write).
     */
    record Written(Set<RaceKey> fresh, List<LapTime> freshLaps, Set<RaceKey> readBack) {

        /** Splits the grand-prix sessions of {@code written}; {@code heldNone}: the session held no laps. */
        static Written of(List<LapSets.Group> written, Predicate<LapSets.Group> heldNone) {
            Set<RaceKey> fresh = new TreeSet<>();
            Set<RaceKey> readBack = new TreeSet<>();
            List<LapTime> freshLaps = new ArrayList<>();
            for (LapSets.Group g : written) {
                if (g.type() != RaceType.GRAND_PRIX) {
                    continue;
                }
                if (heldNone.test(g)) {
                    fresh.add(g.race());
                    freshLaps.addAll(g.laps());
                } else {
                    readBack.add(g.race());
                }
            }
            return new Written(fresh, freshLaps, readBack);
        }
    }

    JdbcLapSummaries(JdbcSession session) {
        this.session = session;
    }

    /** Makes {@code summaries} the complete summaries of {@code races} (each summary of one of them). */
    void replace(String operation, Collection<RaceKey> races, List<LapSummary> summaries) {
        if (races.isEmpty()) {
            return;
        }
        SortedMap<Integer, List<Integer>> bySeason = roundsBySeason(races);
        // A first load finds no summaries in its seasons: one probe instead of a delete per season.
        if (bySeason.size() < 2
                || session.anyInSeasons(operation, "lap_summaries", bySeason.firstKey(), bySeason.lastKey())) {
            for (Map.Entry<Integer, List<Integer>> season : bySeason.entrySet()) {
                List<Integer> rounds = season.getValue();
                session.update(operation, "DELETE FROM lap_summaries WHERE season = ? AND round IN ("
                        + "?, ".repeat(rounds.size() - 1) + "?)", p -> {
                            p.integer(season.getKey());
                            for (int round : rounds) {
                                p.integer(round);
                            }
                        });
            }
        }
        session.upsert(operation, UPSERT, summaries, null, (p, s) -> p.race(s.race()).text(s.driver().value())
                .real(s.topSpeedKph()).bytes(LapSummaryCodec.encode(s)));
    }

    /** The summaries of the listed races, by race then driver: one query per season. */
    List<LapSummary> read(Collection<RaceKey> races) {
        List<LapSummary> out = new ArrayList<>();
        Map<String, DriverId> drivers = new HashMap<>();
        for (Map.Entry<Integer, List<Integer>> season : roundsBySeason(races).entrySet()) {
            List<Integer> rounds = season.getValue();
            session.queryInto("read lap summaries", "SELECT round, driver_id, top_speed_kph, laps FROM lap_summaries"
                    + " WHERE season = ? AND round IN (" + "?, ".repeat(rounds.size() - 1) + "?)"
                    + " ORDER BY round, driver_id", p -> {
                        p.integer(season.getKey());
                        for (int round : rounds) {
                            p.integer(round);
                        }
                    }, row -> {
                        RaceKey race = new RaceKey(season.getKey(), row.intAt(1));
                        DriverId driver = drivers.computeIfAbsent(row.textAt(2), DriverId::of);
                        return LapSummaryCodec.decode(race, driver, row.real("top_speed_kph"), row.bytesAt(4));
                    }, out);
        }
        return Collections.unmodifiableList(out);
    }

    /**
     * Fills the table from the stored grand-prix laps, a season at a time (one season's laps in memory): the data
     * step of the migration to {@link #SCHEMA_VERSION}, on the migration's connection and transaction.
     */
    static void fill(Connection connection, SqlDialect dialect) {
        JdbcSession session = new JdbcSession(connection, dialect);
        try {
            List<RaceKey> races = session.query("list races with laps", "SELECT DISTINCT season, round FROM laps"
                    + " WHERE race_type = ?", p -> p.type(RaceType.GRAND_PRIX), Row::race);
            JdbcLapStore laps = new JdbcLapStore(session);
            JdbcLapSummaries summaries = new JdbcLapSummaries(session);
            for (List<RaceKey> season : roundsBySeason(races).entrySet().stream()
                    .map(e -> e.getValue().stream().map(r -> new RaceKey(e.getKey(), r)).toList()).toList()) {
                summaries.replace("fill lap summaries", season,
                        LapSummary.of(laps.laps(season, RaceType.GRAND_PRIX)));
            }
        } finally {
            session.close();
        }
    }

    /** The races as sorted rounds per season, seasons ascending (as the lap reads). */
    static SortedMap<Integer, List<Integer>> roundsBySeason(Collection<RaceKey> races) {
        SortedMap<Integer, List<Integer>> bySeason = new TreeMap<>();
        for (RaceKey key : new TreeSet<>(races)) {
            bySeason.computeIfAbsent(key.season(), s -> new ArrayList<>()).add(key.round());
        }
        return bySeason;
    }
}
