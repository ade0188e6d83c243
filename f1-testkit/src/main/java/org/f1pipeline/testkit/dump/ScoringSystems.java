package org.f1pipeline.testkit.dump;

/**
 * Jolpica's scoring rule rows ({@code formula_one_pointsystem}, {@code formula_one_championshipsystem}) as its
 * database holds them, with the enum values of jolpica/formula_one/models/point_scheme.py, and which row a season or
 * a session uses. Ids are the row positions below (1-based), so they are stable.
 */
final class ScoringSystems {
    /** reference, name, driver_position_points, driver_fastest_lap, team_position_points, team_fastest_lap, partial,
     *  shared_drive, is_double_points. */
    static final String[][] POINT_SYSTEMS = {
        {"No Points", "Session with no Points Awarded", "0", "0", "0", "0", "0", "0", "f"},
        {"r1950", "1950-1953 Race Points", "1", "1", "0", "0", "0", "1", "f"},
        {"r1954", "1954 Race Points", "1", "2", "0", "0", "0", "1", "f"},
        {"r1955", "1955 Race Points", "1", "2", "0", "0", "0", "2", "f"},
        {"r1956", "1956 - 1957 Race Points", "1", "2", "0", "0", "0", "3", "f"},
        {"r1958", "1958 - 1959 Race Points", "1", "2", "1", "0", "0", "0", "f"},
        {"r1958indi", "1958 - 1959 Indianapolis Points", "1", "2", "0", "0", "0", "0", "f"},
        {"r1960", "1960 Race Points", "2", "0", "2", "0", "0", "0", "f"},
        {"r1960indi", "1960 Indianapolis Points", "2", "0", "0", "0", "0", "0", "f"},
        {"r1961", "1961 Race Points", "3", "0", "2", "0", "0", "0", "f"},
        {"r1962", "1962 - 1974 Race Points", "3", "0", "3", "0", "0", "0", "f"},
        {"r1975", "1975 - 1979 Race Points", "3", "0", "3", "0", "1", "0", "f"},
        {"r1980", "1980 - 1990 Race Points", "3", "0", "3", "0", "2", "0", "f"},
        {"r1991", "1991 - 2002 Race Points", "5", "0", "5", "0", "2", "0", "f"},
        {"r2003", "2003 - 2009 Race Points", "6", "0", "6", "0", "2", "0", "f"},
        {"r2010", "2010 - 2018 Race Points", "7", "0", "7", "0", "2", "0", "f"},
        {"r2014double", "2014 Double Race Points", "7", "0", "7", "0", "2", "0", "t"},
        {"r2019", "2019 - 2021 Race Points", "7", "3", "7", "3", "2", "0", "f"},
        {"sprint2021", "2021 Sprint Points", "21", "0", "21", "0", "2", "0", "f"},
        {"r2022", "2022 Race Points", "7", "4", "7", "4", "3", "0", "f"},
        {"sprint2022", "2022 Sprint Points", "22", "0", "22", "0", "3", "0", "f"},
        {"r2023", "2023 - 2024 Race Points", "7", "4", "7", "4", "4", "0", "f"},
        {"sprint2023", "2023 - Present Sprint Points", "22", "0", "22", "0", "4", "0", "f"},
        {"r2025", "2025 - Present Race Points", "7", "0", "7", "0", "4", "0", "f"},
    };

    /** reference, name, eligibility, driver_season_split, driver_best_results, team_season_split,
     *  team_best_results, team_points_per_session. */
    static final String[][] CHAMPIONSHIP_SYSTEMS = {
        {"s1950", "1950 - 1953 Championship", "1", "0", "4", "0", "0", "0"},
        {"s1954", "1954 - 1957 Championship", "1", "0", "5", "0", "0", "0"},
        {"s1958", "1958, 1960, 1963-1965 Championship", "1", "0", "6", "0", "6", "1"},
        {"s1959", "1959, 1961, 1962, 1966 Championship", "1", "0", "5", "0", "5", "1"},
        {"s1967", "1967 - 1978 Championship", "1", "2", "-2", "2", "-2", "1"},
        {"s1979", "1979 Championship", "1", "3", "4", "0", "-1", "0"},
        {"s1980", "1980 Championship", "1", "3", "5", "0", "-1", "0"},
        {"s1981", "1981-1990 Championship", "1", "0", "11", "0", "-1", "0"},
        {"s1991", "1991 - 2001 Championship", "1", "0", "-1", "0", "-1", "0"},
        {"s2002", "2002 - Present Championship", "2", "0", "-1", "0", "-1", "0"},
    };

    /** Id of the "No Points" system (practice, qualifying). */
    static final int NO_POINTS = 1;

    private ScoringSystems() {
    }

    /** The point system of a grand prix in {@code year} (the Indianapolis 500 and 2014's double-points finale aside). */
    static int racePoints(int year) {
        if (year <= 1953) {
            return 2;
        } else if (year == 1954) {
            return 3;
        } else if (year == 1955) {
            return 4;
        } else if (year <= 1957) {
            return 5;
        } else if (year <= 1959) {
            return 6;
        } else if (year == 1960) {
            return 8;
        } else if (year == 1961) {
            return 10;
        } else if (year <= 1974) {
            return 11;
        } else if (year <= 1979) {
            return 12;
        } else if (year <= 1990) {
            return 13;
        } else if (year <= 2002) {
            return 14;
        } else if (year <= 2009) {
            return 15;
        } else if (year <= 2018) {
            return 16;
        } else if (year <= 2021) {
            return 18;
        } else if (year == 2022) {
            return 20;
        } else if (year <= 2024) {
            return 22;
        }
        return 24;
    }

    /** The point system of a sprint in {@code year}. */
    static int sprintPoints(int year) {
        return year == 2021 ? 19 : year == 2022 ? 21 : 23;
    }

    /** The real championship system of a season (best-N results before 1991). */
    static int realChampionship(int year) {
        if (year <= 1953) {
            return 1;
        } else if (year <= 1957) {
            return 2;
        } else if (year == 1958 || year == 1960 || (year >= 1963 && year <= 1965)) {
            return 3;
        } else if (year == 1959 || year == 1961 || year == 1962 || year == 1966) {
            return 4;
        } else if (year <= 1978) {
            return 5;
        } else if (year == 1979) {
            return 6;
        } else if (year == 1980) {
            return 7;
        } else if (year <= 1990) {
            return 8;
        } else if (year <= 2001) {
            return 9;
        }
        return 10;
    }

    /**
     * The championship system of a synthetic season: the synthetic standings count every result in every era, which
     * is {@code s1991} (all rounds, one point to be eligible) before 2002 and {@code s2002} from then on.
     */
    static int syntheticChampionship(int year) {
        return year < 2002 ? 9 : 10;
    }
}
