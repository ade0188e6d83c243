package org.f1pipeline.standings.internal;

import java.util.List;
import org.f1pipeline.domain.RaceResult;

/**
 * The constructors' points of one car before 1979, when only a team's best-placed car scored, on the constructors'
 * scale and without the drivers' fastest-lap point. A car is paid for the place its driver's points were paid for,
 * which is not always its finishing position: a Formula 2 car in the points (Nürburgring 1958, 1967) or a penalised
 * driver (Reims 1963) scored nothing, and the points went to the next eligible car. Stateless.
 */
final class BestCar {

    private static final double EPS = 1e-6;

    private BestCar() {
    }

    /**
     * 1, or 1/2 when the race paid half points (shortened: Montjuïc and the Österreichring 1975): the winner's
     * points, less any fastest-lap share, are half the scale's first place.
     */
    static double raceFactor(SeasonRules rules, List<RaceResult> grandPrix) {
        double half = rules.driverScale().get(0) / 2.0;
        double fastestLap = rules.driverFastestLap() ? 1.0 : 0.0;
        for (RaceResult r : grandPrix) {
            double extra = r.points() - half;
            if (r.finishPosition() != null && r.finishPosition() == 1 && extra > -EPS && extra < fastestLap + EPS) {
                return 0.5;
            }
        }
        return 1.0;
    }

    /**
     * The constructors' points of the car of {@code r}: the constructors' scale at the place whose drivers' points
     * {@code r} carries (its position first, then the places above it, where points moved up past an ineligible
     * car), the fastest-lap share left out; 0 when the result carries no place's points.
     */
    static double value(SeasonRules rules, RaceResult r, double factor) {
        if (r.finishPosition() == null || r.points() <= EPS) {
            return 0.0;
        }
        List<Integer> scale = rules.driverScale();
        double fastestLap = rules.driverFastestLap() ? 1.0 : 0.0;
        for (int i = Math.min(r.finishPosition(), scale.size()) - 1; i >= 0; i--) {
            double extra = r.points() - scale.get(i) * factor;
            if (extra > -EPS && extra < fastestLap + EPS) {
                return rules.teamScale().get(i) * factor;
            }
        }
        return 0.0;
    }
}
