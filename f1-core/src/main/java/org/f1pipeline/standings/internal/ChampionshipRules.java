package org.f1pipeline.standings.internal;

import java.util.List;
import org.f1pipeline.domain.RaceResult;
import org.f1pipeline.standings.StandingsKind;
import org.f1pipeline.standings.StandingsRequest;

/**
 * The championship rules of every season since 1950, as data: which results count, the constructors' rules and the
 * official adjustments. The points of each result are not here: they are taken as Jolpica publishes them per
 * result, which already carries each era's scale, fastest-lap points (1950-1959, 2019-2024, shared fastest laps
 * split), half points for shortened races, shared drives split between drivers, the 2014 double-points finale and
 * sprint points. The scales below serve only to read a result's points back to the place they were paid for, which
 * the pre-1979 constructors' rule needs.
 *
 * <p>Sources of the facts: Jolpica's championship-system, point-system and championship-adjustment tables
 * (jolpica/jolpica-f1, {@code jolpica/formula_one/models/point_scheme.py}, {@code tests/fixtures/db}), checked
 * against the official tables (docs/standings.md). Thread-safe (constants only).
 */
public final class ChampionshipRules {

    /** Constructors' championship from this season on. */
    public static final int FIRST_CONSTRUCTORS_SEASON = StandingsRequest.FIRST_CONSTRUCTORS_SEASON;

    private static final List<Integer> SCALE_1950 = List.of(8, 6, 4, 3, 2);
    private static final List<Integer> SCALE_1960 = List.of(8, 6, 4, 3, 2, 1);
    private static final List<Integer> SCALE_1961 = List.of(9, 6, 4, 3, 2, 1);
    private static final List<Integer> SCALE_1991 = List.of(10, 6, 4, 3, 2, 1);
    private static final List<Integer> SCALE_2003 = List.of(10, 8, 6, 5, 4, 3, 2, 1);
    private static final List<Integer> SCALE_2010 = List.of(25, 18, 15, 12, 10, 8, 6, 4, 2, 1);

    /** Rounds of the seasons whose counting needs them (split seasons 1967-1980), from 1967. */
    private static final int[] SPLIT_SEASON_ROUNDS = {11, 12, 11, 13, 11, 12, 15, 15, 14, 16, 17, 16, 15, 14};

    private static final List<Adjustment> ADJUSTMENTS = List.of(
            Adjustment.voidRace(1995, "benetton", 1, "Brazilian GP: fuel irregularity; drivers' points reinstated"
                    + " on appeal, constructors' points withheld"),
            Adjustment.voidRace(1995, "williams", 1, "Brazilian GP: fuel irregularity; drivers' points reinstated"
                    + " on appeal, constructors' points withheld"),
            Adjustment.excluded(1997, StandingsKind.DRIVERS, "michael_schumacher", "D",
                    "disqualified from the championship for the collision at Jerez; results kept"),
            Adjustment.excluded(2007, StandingsKind.CONSTRUCTORS, "mclaren", "E",
                    "excluded from the constructors' championship (espionage case); drivers' points kept"),
            Adjustment.deduction(2020, StandingsKind.CONSTRUCTORS, "racing_point", 15, 5,
                    "15 points deducted for the brake ducts (decision of 7 August 2020, before round 5)"));

    private ChampionshipRules() {
    }

    /** The rules of {@code season} (1950 or later; every later season follows the 2010+ rules). */
    public static SeasonRules season(int season) {
        if (season < 1950) {
            throw new IllegalArgumentException("no world championship before 1950, was " + season);
        }
        return new SeasonRules(season, drivers(season), constructors(season), season < 1979, driverScale(season),
                teamScale(season), season <= 1959, season <= 1960 ? "indianapolis" : null, rounds(season));
    }

    /** The official adjustments of {@code season} (usually none). */
    public static List<Adjustment> adjustments(int season) {
        return ADJUSTMENTS.stream().filter(a -> a.season() == season).toList();
    }

    /** Every adjustment on record, by season. */
    public static List<Adjustment> adjustments() {
        return ADJUSTMENTS;
    }

    private static Counting drivers(int s) {
        if (s <= 1953) {
            return Counting.best(4);
        }
        if (s <= 1957) {
            return Counting.best(5);
        }
        if (s <= 1966) {
            return Counting.best(bestSixSeason(s) ? 6 : 5);
        }
        if (s <= 1978) {
            return new Counting(Counting.Split.HALVES_LARGER_FIRST, Counting.ALL_BUT_ONE);
        }
        if (s <= 1980) {
            return new Counting(Counting.Split.HALVES_LARGER_SECOND, s == 1979 ? 4 : 5);
        }
        return s <= 1990 ? Counting.best(11) : Counting.all();
    }

    private static Counting constructors(int s) {
        if (s < FIRST_CONSTRUCTORS_SEASON) {
            return null;
        }
        if (s <= 1966) {
            return Counting.best(bestSixSeason(s) ? 6 : 5);
        }
        if (s <= 1978) {
            return new Counting(Counting.Split.HALVES_LARGER_FIRST, Counting.ALL_BUT_ONE);
        }
        return Counting.all();
    }

    /** 1958, 1960 and 1963-1965 counted six results (drivers and constructors); 1959, 1961, 1962, 1966 five. */
    private static boolean bestSixSeason(int s) {
        return s == 1958 || s == 1960 || (s >= 1963 && s <= 1965);
    }

    private static List<Integer> driverScale(int s) {
        if (s <= 1959) {
            return SCALE_1950;
        }
        if (s == 1960) {
            return SCALE_1960;
        }
        if (s <= 1990) {
            return SCALE_1961;
        }
        if (s <= 2002) {
            return SCALE_1991;
        }
        return s <= 2009 ? SCALE_2003 : SCALE_2010;
    }

    /** 1958-1961 paid constructors 8 for a win (and no fastest-lap point); otherwise the drivers' scale. */
    private static List<Integer> teamScale(int s) {
        if (s >= FIRST_CONSTRUCTORS_SEASON && s <= 1959) {
            return SCALE_1950;
        }
        if (s == 1960 || s == 1961) {
            return SCALE_1960;
        }
        return driverScale(s);
    }

    private static int rounds(int s) {
        return s >= 1967 && s <= 1980 ? SPLIT_SEASON_ROUNDS[s - 1967] : 0;
    }

    /**
     * A driver's points from one race in which he drove several cars (the rows Jolpica gives for each): before 1956
     * he kept his share of every car; in 1956 and 1957 only the share of his best-placed car counted; from 1958
     * shared drives scored nothing (the rows carry no points), so the sum is 0 anyway.
     *
     * @param rows the driver's rows of the race
     * @param best the row kept as his result (best placed)
     */
    public static double sharedDrivePoints(int season, List<RaceResult> rows, RaceResult best) {
        if (season == 1956 || season == 1957) {
            return best.points();
        }
        return rows.stream().mapToDouble(RaceResult::points).sum();
    }

    /** The shared-drive rule of {@code season}, for notes. */
    public static String sharedDriveRule(int season) {
        if (season == 1956 || season == 1957) {
            return "1956-57: only the best-placed car counts";
        }
        return season < 1956 ? "shares of every car summed" : "shared drives score no points";
    }
}
