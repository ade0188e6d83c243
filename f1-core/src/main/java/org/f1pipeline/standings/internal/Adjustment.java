package org.f1pipeline.standings.internal;

import org.f1pipeline.standings.StandingsKind;

/**
 * An official decision that changes a championship table beyond the race results (Jolpica's
 * championship-adjustment table, plus constructors' points withheld from one race).
 *
 * @param season    the season
 * @param kind      the championship it applies to
 * @param id        the driver or constructor id, as Jolpica spells it
 * @param type      what the decision does
 * @param points    points deducted ({@link Type#DEDUCTION}); 0 otherwise
 * @param round     {@link Type#RACE_POINTS_VOID}: the race whose points are withheld; {@link Type#DEDUCTION}: the
 *                  first table that shows the deduction; {@link Type#EXCLUDED}: 1 (every table)
 * @param mark      {@link Type#EXCLUDED}: the position text shown instead of a rank ({@code D}, {@code E})
 * @param reason    a short description, for documentation
 */
public record Adjustment(int season, StandingsKind kind, String id, Type type, double points, int round, String mark,
                         String reason) {

    /** The kinds of decision. */
    public enum Type {
        /** Excluded from the championship: the points stay on record, the line is ranked after all others. */
        EXCLUDED,
        /** Points deducted from the total. */
        DEDUCTION,
        /** The team scores no points from one race, although its drivers keep theirs. */
        RACE_POINTS_VOID
    }

    static Adjustment excluded(int season, StandingsKind kind, String id, String mark, String reason) {
        return new Adjustment(season, kind, id, Type.EXCLUDED, 0, 1, mark, reason);
    }

    static Adjustment deduction(int season, StandingsKind kind, String id, double points, int fromRound,
                                String reason) {
        return new Adjustment(season, kind, id, Type.DEDUCTION, points, fromRound, null, reason);
    }

    static Adjustment voidRace(int season, String constructor, int round, String reason) {
        return new Adjustment(season, StandingsKind.CONSTRUCTORS, constructor, Type.RACE_POINTS_VOID, 0, round, null,
                reason);
    }
}
