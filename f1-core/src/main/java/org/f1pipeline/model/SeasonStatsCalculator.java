package org.f1pipeline.model;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import org.f1pipeline.domain.RaceKey;
import org.f1pipeline.model.internal.SeasonAccumulator;

/**
 * {@code compute_season_stats}: a season's driver and team statistics computed from scratch (seed section 5.10,
 * with its fixes). Definitions, over the grand-prix and sprint results of the given weekends:
 * <ul>
 *   <li>entries, classified finishes, wins, podiums, points (grand prix; sprint aggregates apart), average finish
 *       and average position gain (grid - finish, a pit-lane start counting as the back of the grid) over classified
 *       finishes; DNFs per {@link FinishOutcome} (only retirements: not {@code Lapped}, not DSQ, not DNS);</li>
 *   <li>championship position by grand-prix plus sprint points with countback;</li>
 *   <li>poles = qualifying P1; teammate delta = mean per-session gap to the teammate (the row's constructor) in
 *       sessions where that team had exactly two timed drivers;</li>
 *   <li>sector profile: floored median sector times and top speed over the grand-prix laps (lap &gt; 1, no pit in or
 *       out) of conventional weekends;</li>
 *   <li>teams, by each result's constructor: distinct races, entries, wins, podiums, points, DNFs,
 *       car-performance score (min-max of 21 - average finish; 0.0 is real) and reliability (1 - DNFs / entries).</li>
 * </ul>
 * Stateless and thread-safe. For the statistics before every race of a season, use {@link ModelHistory}, which
 * gives the same numbers incrementally.
 */
public final class SeasonStatsCalculator {

    private SeasonStatsCalculator() {
    }

    /** The statistics of {@code season} over every given weekend of that season (other seasons are ignored). */
    public static SeasonStats compute(int season, Collection<Weekend> weekends) {
        SeasonAccumulator acc = new SeasonAccumulator(season);
        for (Weekend w : sorted(weekends)) {
            if (w.key().season() == season) {
                acc.add(w);
            }
        }
        return acc.snapshot();
    }

    /** The statistics of {@code target}'s season over the given weekends strictly before {@code target}. */
    public static SeasonStats asOf(RaceKey target, Collection<Weekend> weekends) {
        List<Weekend> before = new ArrayList<>();
        for (Weekend w : weekends) {
            if (w.key().compareTo(target) < 0) {
                before.add(w);
            }
        }
        return compute(target.season(), before);
    }

    private static List<Weekend> sorted(Collection<Weekend> weekends) {
        List<Weekend> out = new ArrayList<>(weekends);
        out.sort(Comparator.comparing(Weekend::key));
        return out;
    }
}
