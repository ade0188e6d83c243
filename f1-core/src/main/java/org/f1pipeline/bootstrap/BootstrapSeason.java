package org.f1pipeline.bootstrap;

import java.util.List;
import org.f1pipeline.domain.RaceKey;
import org.f1pipeline.internal.Checks;

/**
 * What the bootstrap did with one season of the dump.
 *
 * @param season        the season
 * @param written       false when the database already held everything the dump has for it (nothing written)
 * @param races         rounds written
 * @param results       grand-prix result rows written
 * @param sprintResults sprint result rows written
 * @param qualifying    qualifying rows written
 * @param laps          laps written
 * @param pitStops      pit stops written
 * @param notes         data notes stored on irregular rows
 * @param withoutSprintQualifying sprint weekends of the season (2023 on) stored past their sprint without
 *                      sprint-qualifying rows, whether written now or before: the dump has no sprint qualifying
 *                      (D63), {@code F1Pipeline.backfillSprint} takes it from OpenF1 or the live-timing archive (D80)
 * @param skipped       one line per round the ingest rules refused (nothing of it written) or row left out
 */
public record BootstrapSeason(int season, boolean written, int races, int results, int sprintResults,
                              int qualifying, int laps, int pitStops, int notes, int withoutSprintQualifying,
                              List<String> skipped) {

    /** Validates and freezes. */
    public BootstrapSeason {
        Checks.inRange(season, RaceKey.FIRST_SEASON, RaceKey.LAST_SEASON, "season");
        Checks.inRange(withoutSprintQualifying, 0, Integer.MAX_VALUE, "withoutSprintQualifying");
        skipped = List.copyOf(Checks.notNull(skipped, "skipped"));
    }

    /**
     * {@code 1988: 16 races, 478 results, 0 laps, 0 pit stops} or {@code 1988: already stored}, followed by
     * {@code , 6 sprint weekends without sprint qualifying} where there are such.
     */
    public String line() {
        String gap = withoutSprintQualifying == 0 ? ""
                : ", " + withoutSprintQualifying + " sprint weekend" + (withoutSprintQualifying == 1 ? "" : "s")
                + " without sprint qualifying";
        if (!written) {
            return season + ": already stored" + gap;
        }
        return season + ": " + races + " races, " + (results + sprintResults) + " results, " + qualifying
                + " qualifying, " + laps + " laps, " + pitStops + " pit stops"
                + (skipped.isEmpty() ? "" : ", " + skipped.size() + " skipped") + gap;
    }
}
