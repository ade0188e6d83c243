package org.f1pipeline.testkit.synthetic;

import java.util.List;

/**
 * Era rules of the synthetic history: what existed in which season and how it was scored. Public so tests can
 * compute expected values the same way the model does.
 */
public final class Eras {
    /** First and last season of the synthetic history. */
    public static final int FIRST_YEAR = 1950;
    /** Last season of the synthetic history. */
    public static final int LAST_YEAR = 2026;

    private static final int[] ROUNDS = {
        7, 8, 8, 9, 9, 7, 8, 8, 10, 9, // 1950s
        10, 8, 9, 10, 10, 10, 9, 11, 12, 11, // 1960s
        13, 11, 12, 15, 15, 14, 16, 17, 16, 15, // 1970s
        16, 16, 16, 16, 16, 16, 16, 16, 16, 16, // 1980s (the brief's 16-19 band, real counts were 14-16)
        16, 16, 16, 16, 16, 17, 16, 17, 16, 16, // 1990s
        17, 17, 17, 16, 18, 19, 18, 17, 18, 17, // 2000s
        19, 19, 20, 19, 19, 19, 21, 20, 21, 21, // 2010s
        17, 22, 22, 22, 24, 24, 24, // 2020s
    };

    private Eras() {
    }

    /** Number of rounds in a season. */
    public static int roundCount(int year) {
        check(year);
        return ROUNDS[year - FIRST_YEAR];
    }

    /** Teams entered per round (two cars each). */
    public static int teamCount(int year) {
        check(year);
        if (year < 1960) {
            return 11;
        } else if (year < 1970) {
            return 12;
        } else if (year < 1995) {
            return 13;
        } else if (year < 2002) {
            return 11;
        } else if (year < 2006) {
            return 10;
        } else if (year < 2008) {
            return 11;
        } else if (year < 2010) {
            return 10;
        } else if (year < 2013) {
            return 12;
        } else if (year < 2015) {
            return 11;
        } else if (year == 2016) {
            return 11;
        } else if (year < 2026) {
            return 10;
        }
        return 11;
    }

    /** Race points for positions 1..n. */
    public static List<Integer> racePoints(int year) {
        if (year >= 2010) {
            return List.of(25, 18, 15, 12, 10, 8, 6, 4, 2, 1);
        } else if (year >= 2003) {
            return List.of(10, 8, 6, 5, 4, 3, 2, 1);
        } else if (year >= 1991) {
            return List.of(10, 6, 4, 3, 2, 1);
        } else if (year >= 1961) {
            return List.of(9, 6, 4, 3, 2, 1);
        } else if (year == 1960) {
            return List.of(8, 6, 4, 3, 2, 1);
        }
        return List.of(8, 6, 4, 3, 2);
    }

    /** Sprint points for positions 1..n (empty before 2021). */
    public static List<Integer> sprintPoints(int year) {
        if (year >= 2022) {
            return List.of(8, 7, 6, 5, 4, 3, 2, 1);
        } else if (year == 2021) {
            return List.of(3, 2, 1);
        }
        return List.of();
    }

    /** True when the fastest lap earned a point (1950-59 for anyone, 2019-2024 for a top-10 finisher). */
    public static boolean fastestLapPoint(int year) {
        return year < 1960 || (year >= 2019 && year <= 2024);
    }

    /** Qualifying data in Jolpica: none before 1994, a single time 1994-2005, knockout Q1/Q2/Q3 from 2006. */
    public static QualifyingFormat qualifyingFormat(int year) {
        if (year < 1994) {
            return QualifyingFormat.NONE;
        }
        return year < 2006 ? QualifyingFormat.SINGLE : QualifyingFormat.KNOCKOUT;
    }

    /** Jolpica has lap times from 1996. */
    public static boolean hasJolpicaLaps(int year) {
        return year >= 1996;
    }

    /** Jolpica has pit stops from 2011. */
    public static boolean hasJolpicaPitStops(int year) {
        return year >= 2011;
    }

    /** OpenF1 has data from 2023. */
    public static boolean hasOpenF1(int year) {
        return year >= 2023;
    }

    /** The live-timing archive has data from 2018. */
    public static boolean hasLiveTiming(int year) {
        return year >= 2018;
    }

    /** Jolpica schedule shows session sub-objects (FirstPractice...) from 2018, a race time from 2005. */
    public static boolean scheduleHasSessions(int year) {
        return year >= 2018;
    }

    /** Jolpica schedule shows the race start time (not only the date) from 2005. */
    public static boolean scheduleHasRaceTime(int year) {
        return year >= 2005;
    }

    /** Lapped cars: {@code +1 Lap} style before 2023, {@code Lapped} (with Jolpica's odd Time) after. */
    public static boolean lappedAsLappedStatus(int year) {
        return year >= 2023;
    }

    /** From 2025 Jolpica only uses Finished/Lapped/Retired/Disqualified/Did not start. */
    public static boolean reducedStatuses(int year) {
        return year >= 2025;
    }

    /** Retirement causes by era (text, Jolpica status id). */
    static String[][] retirementStatuses(int year) {
        if (reducedStatuses(year)) {
            return new String[][] {{"Retired", "31"}};
        }
        if (year >= 2014) {
            return new String[][] {{"Collision", "4"}, {"Accident", "3"}, {"Power Unit", "131"}, {"Gearbox", "6"},
                {"Hydraulics", "9"}, {"Brakes", "23"}, {"Collision damage", "130"}, {"Retired", "31"}};
        }
        return new String[][] {{"Engine", "5"}, {"Gearbox", "6"}, {"Collision", "4"}, {"Accident", "3"},
            {"Spun off", "20"}, {"Suspension", "22"}, {"Electrical", "10"}, {"Transmission", "7"}, {"Hydraulics", "9"}};
    }

    /** Probability that a given car retires in a race. */
    static double dnfProbability(int year) {
        if (year < 1980) {
            return 0.28;
        } else if (year < 1995) {
            return 0.22;
        } else if (year < 2005) {
            return 0.14;
        }
        return 0.07;
    }

    /** Lap-time multiplier relative to modern cars (older cars were slower). */
    static double paceFactor(int year) {
        if (year < 1970) {
            return 1.22;
        } else if (year < 1990) {
            return 1.12;
        } else if (year < 2010) {
            return 1.04;
        }
        return 1.0;
    }

    static void check(int year) {
        if (year < FIRST_YEAR || year > LAST_YEAR) {
            throw new IllegalArgumentException("year " + year + " is outside the synthetic history "
                    + FIRST_YEAR + ".." + LAST_YEAR);
        }
    }

    /** How qualifying is recorded in an era. */
    public enum QualifyingFormat {
        /** No qualifying data (grid only). */
        NONE,
        /** One time per driver, in {@code Q1}. */
        SINGLE,
        /** Knock-out Q1/Q2/Q3. */
        KNOCKOUT
    }
}
