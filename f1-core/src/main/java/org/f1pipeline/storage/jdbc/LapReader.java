package org.f1pipeline.storage.jdbc;

import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;
import org.f1pipeline.domain.DriverId;
import org.f1pipeline.domain.LapTime;
import org.f1pipeline.domain.RaceKey;
import org.f1pipeline.domain.RaceType;

/**
 * Reads laps, the bulk table (about 600,000 grand-prix laps for 2000-2025), as fast as JDBC allows. One instance
 * maps the rows of one season of a {@code laps(...)} call ({@link #select}); when they came out of order the
 * caller sorts them with {@link #ORDER}.
 *
 * <p><b>Why the row is packed.</b> With sqlite-jdbc every column access is a JNI call behind two locks, and a
 * null check ({@code wasNull}) is one more; at this volume those calls, not SQLite, are the cost (measured on the
 * laps of 2000-2025, 612,751 rows: about 1.5 s read column by column with null checks, 0.45 s packed; SQLite
 * spends 0.12 s of that computing the packed column). So the query computes one integer per row holding the lap
 * number, the round, the three booleans and a null bit per nullable column, and the mapper reads a nullable
 * column only when its bit says it has a value: a lap with only a time and a position (most of history) costs
 * four column reads instead of seventeen plus eleven null checks. (Pairing two integers into one 64-bit column
 * was tried too: SQLite's arithmetic cost what the saved calls gained.) The same SQL runs on PostgreSQL, where it
 * costs the server a few additions per row and spares the client some parsing.
 *
 * <p>Driver ids, compounds and track statuses repeat endlessly: each distinct text becomes one shared instance,
 * which skips the id validation per row and keeps the laps of a season small in memory. Not thread-safe.
 */
final class LapReader implements JdbcSession.RowMapper<LapTime> {

    // Bit layout of the packed column: lap 0-7, round 8-12, flags 13-15, null bits from 16.
    private static final int LAP_MASK = 0xFF;
    private static final int ROUND_SHIFT = 8;
    private static final int ROUND_MASK = 0x1F;
    private static final int PIT_IN = 1 << 13;
    private static final int PIT_OUT = 1 << 14;
    private static final int FRESH_TYRE = 1 << 15;
    private static final String[] NULLABLE = {"lap_time_ms", "sector1_ms", "sector2_ms", "sector3_ms",
        "speed_trap_kph", "compound", "tyre_life", "fresh_tyre", "stint", "track_status", "position"};
    private static final int NULLS_SHIFT = 16;
    private static final int LAP_TIME_NULL = bit("lap_time_ms");
    private static final int SECTOR1_NULL = bit("sector1_ms");
    private static final int SECTOR2_NULL = bit("sector2_ms");
    private static final int SECTOR3_NULL = bit("sector3_ms");
    private static final int SPEED_NULL = bit("speed_trap_kph");
    private static final int COMPOUND_NULL = bit("compound");
    private static final int TYRE_LIFE_NULL = bit("tyre_life");
    private static final int FRESH_TYRE_NULL = bit("fresh_tyre");
    private static final int STINT_NULL = bit("stint");
    private static final int TRACK_STATUS_NULL = bit("track_status");
    private static final int POSITION_NULL = bit("position");

    /**
     * The packed integer. {@code CASE WHEN b THEN} reads a PostgreSQL {@code BOOLEAN} and an SQLite 0/1 integer
     * alike, so the text is the same for both engines. Rounds fit in 5 bits ({@link RaceKey#MAX_ROUND} is 30),
     * lap numbers in 8 ({@link LapTime} allows 1-200).
     */
    private static final String PACKED = packed();

    /** Columns 2.. after the packed one; their order is what {@link #map} reads by index. */
    private static final String VALUES = "driver_id, lap_time_ms, sector1_ms, sector2_ms, sector3_ms,"
            + " speed_trap_kph, compound, tyre_life, stint, track_status, position";

    private final int season;
    private final RaceType type;
    private final boolean textAsBytes;
    private final Map<String, DriverId> drivers;
    private final Map<String, String> texts;
    private RaceKey race;
    private int lastLap;
    private boolean unordered;
    private String lastDriverText;
    private byte[] lastDriverBytes;
    private DriverId lastDriver;

    private LapReader(int season, RaceType type, boolean textAsBytes, Map<String, DriverId> drivers,
                      Map<String, String> texts) {
        this.season = season;
        this.type = type;
        this.textAsBytes = textAsBytes;
        this.drivers = drivers;
        this.texts = texts;
    }

    /** A reader for the first season of a call; see {@link SqlDialect#readsTextAsBytes()}. */
    static LapReader first(int season, RaceType type, SqlDialect dialect) {
        return new LapReader(season, type, dialect.readsTextAsBytes(), new HashMap<>(), new HashMap<>());
    }

    /** A reader for another season of the same call, sharing the cached ids and texts. */
    LapReader next(int nextSeason) {
        return new LapReader(nextSeason, type, textAsBytes, drivers, texts);
    }

    /**
     * The query of {@code rounds} rounds of one season: parameters season, race type, then the rounds. Equality
     * on season, round and type is a primary-key lookup per race in both engines (a row-value {@code IN} makes
     * SQLite scan the whole table). There is no {@code ORDER BY}: {@link #ORDER} sorts the rows in memory, which
     * costs one comparison per row when they come in key order, as from SQLite's key walk or a PostgreSQL heap
     * written race by race, where sorting on the server costs PostgreSQL more than reading the rows (measured:
     * 20 of 30 ms for a season), and PostgreSQL will not walk the key in order for a list of rounds.
     */
    static String select(int rounds) {
        return "SELECT " + PACKED + ", " + VALUES + " FROM laps WHERE season = ? AND race_type = ? AND round IN ("
                + "?, ".repeat(rounds - 1) + "?)";
    }

    /** The order of a bulk lap read: season, round, driver, lap; used only when {@link #unordered()}. */
    static final Comparator<LapTime> ORDER = (a, b) -> {
        int c = a.race().compareTo(b.race());
        if (c == 0) {
            // Cached ids: the same instance for the same driver, so equal ids skip the string comparison.
            c = a.driver() == b.driver() ? 0 : a.driver().compareTo(b.driver());
        }
        return c != 0 ? c : Integer.compare(a.lap(), b.lap());
    };

    @Override
    public LapTime map(Row r) throws SQLException {
        int packed = r.intAt(1);
        int round = (packed >>> ROUND_SHIFT) & ROUND_MASK;
        if (race == null || race.round() != round) {
            unordered |= race != null && round < race.round();
            race = new RaceKey(season, round);
            lastDriver = null;
        }
        DriverId previous = lastDriver;
        DriverId driver = driver(r);
        int lap = packed & LAP_MASK;
        if (driver == previous) {
            unordered |= lap <= lastLap;
        } else if (previous != null) {
            unordered |= driver.compareTo(previous) < 0;
        }
        lastLap = lap;
        int nulls = packed >>> NULLS_SHIFT;
        return new LapTime(race, type, driver, lap,
                (nulls & LAP_TIME_NULL) != 0 ? null : r.intAt(3),
                (nulls & SECTOR1_NULL) != 0 ? null : r.intAt(4),
                (nulls & SECTOR2_NULL) != 0 ? null : r.intAt(5),
                (nulls & SECTOR3_NULL) != 0 ? null : r.intAt(6),
                (nulls & SPEED_NULL) != 0 ? null : r.doubleAt(7),
                (nulls & COMPOUND_NULL) != 0 ? null : text(r.textAt(8)),
                (nulls & TYRE_LIFE_NULL) != 0 ? null : r.intAt(9),
                (nulls & FRESH_TYRE_NULL) != 0 ? null : (packed & FRESH_TYRE) != 0,
                (packed & PIT_IN) != 0, (packed & PIT_OUT) != 0,
                (nulls & STINT_NULL) != 0 ? null : r.intAt(10),
                (nulls & TRACK_STATUS_NULL) != 0 ? null : text(r.textAt(11)),
                (nulls & POSITION_NULL) != 0 ? null : r.intAt(12));
    }

    /**
     * Whether a row of this season came out of (round, driver, lap) order; the caller sorts only then, which
     * saves a comparison per row in the usual case (SQLite walks the key; a PostgreSQL heap written race by race
     * is in order).
     */
    boolean unordered() {
        return unordered;
    }

    private DriverId driver(Row r) throws SQLException {
        // Rows normally come by driver: the previous id is almost always the right one.
        if (textAsBytes) {
            byte[] bytes = r.bytesAt(2);
            if (lastDriver == null || !Arrays.equals(bytes, lastDriverBytes)) {
                lastDriverBytes = bytes;
                lastDriver = drivers.computeIfAbsent(new String(bytes, StandardCharsets.UTF_8), DriverId::of);
            }
        } else {
            String text = r.textAt(2);
            if (lastDriver == null || !text.equals(lastDriverText)) {
                lastDriverText = text;
                lastDriver = drivers.computeIfAbsent(text, DriverId::of);
            }
        }
        return lastDriver;
    }

    private String text(String value) {
        String shared = texts.putIfAbsent(value, value);
        return shared == null ? value : shared;
    }

    private static int bit(String column) {
        for (int i = 0; i < NULLABLE.length; i++) {
            if (NULLABLE[i].equals(column)) {
                return 1 << i;
            }
        }
        throw new IllegalArgumentException(column);
    }

    private static String packed() {
        StringBuilder sql = new StringBuilder("(lap + round * ").append(1 << ROUND_SHIFT)
                .append(" + CASE WHEN pit_in THEN ").append(PIT_IN).append(" ELSE 0 END")
                .append(" + CASE WHEN pit_out THEN ").append(PIT_OUT).append(" ELSE 0 END")
                .append(" + CASE WHEN fresh_tyre THEN ").append(FRESH_TYRE).append(" ELSE 0 END");
        for (String column : NULLABLE) {
            sql.append(" + CASE WHEN ").append(column).append(" IS NULL THEN ")
                    .append(bit(column) << NULLS_SHIFT).append(" ELSE 0 END");
        }
        return sql.append(")").toString();
    }
}
