package org.f1pipeline.source.openf1;

import java.util.LinkedHashMap;
import java.util.Map;
import org.f1pipeline.F1Exception;

/**
 * An OpenF1 driver could not be matched to exactly one driver of the season's entry list: no entry has the car
 * number, acronym or name, or several do. The message names the season, round, car number, acronym, full name and
 * team as OpenF1 sent them, and why matching failed; the usual fix is to re-sync the season's entry list (a
 * replacement driver not listed yet).
 */
public class UnknownDriverException extends F1Exception {

    private final int season;
    private final Integer round;
    private final int driverNumber;
    private final String acronym;
    private final String fullName;
    private final boolean ambiguous;

    /**
     * Creates the exception.
     *
     * @param season       the season
     * @param round        the round, or null
     * @param driverNumber OpenF1's {@code driver_number}
     * @param acronym      OpenF1's {@code name_acronym}, or null
     * @param fullName     OpenF1's {@code full_name}, or null
     * @param teamName     OpenF1's {@code team_name}, or null
     * @param ambiguous    true when several drivers matched, false when none did
     * @param reason       what was tried, in a few words
     */
    public UnknownDriverException(int season, Integer round, int driverNumber, String acronym, String fullName,
                                  String teamName, boolean ambiguous, String reason) {
        super((ambiguous ? "Ambiguous" : "Unknown") + " OpenF1 driver in season " + season
                + (round == null ? "" : " round " + round) + ": driver_number " + driverNumber
                + ", acronym " + quote(acronym) + ", full name " + quote(fullName) + ", team " + quote(teamName)
                + " — " + reason + (ambiguous ? "" : ". Re-sync the season's entry list if a new driver took part."));
        this.season = season;
        this.round = round;
        this.driverNumber = driverNumber;
        this.acronym = acronym;
        this.fullName = fullName;
        this.ambiguous = ambiguous;
    }

    private static String quote(String s) {
        return s == null ? "(none)" : "'" + s + "'";
    }

    /** The season. */
    public int season() {
        return season;
    }

    /** The car number OpenF1 sent. */
    public int driverNumber() {
        return driverNumber;
    }

    /** The acronym OpenF1 sent, or null. */
    public String acronym() {
        return acronym;
    }

    /** The full name OpenF1 sent, or null. */
    public String fullName() {
        return fullName;
    }

    /** Whether several drivers matched (rather than none). */
    public boolean ambiguous() {
        return ambiguous;
    }

    @Override
    public Map<String, Object> context() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("season", season);
        if (round != null) {
            m.put("round", round);
        }
        m.put("driver_number", driverNumber);
        if (acronym != null) {
            m.put("acronym", acronym);
        }
        if (fullName != null) {
            m.put("full_name", fullName);
        }
        return m;
    }
}
