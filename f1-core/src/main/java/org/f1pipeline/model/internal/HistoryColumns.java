package org.f1pipeline.model.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.f1pipeline.domain.DriverId;
import org.f1pipeline.domain.QualifyingResult;
import org.f1pipeline.model.ModelMath;
import org.f1pipeline.model.WeatherOutlook;

/**
 * Features read from the cross-season driver memory (seed section 5.11 #5, 8, 12 and section 5.13 #5, 7, 8).
 * Everything here is strictly before the target weekend, except the target's own (sprint) qualifying session in
 * the teammate delta, which is held before the race it predicts. Stateless.
 */
final class HistoryColumns {

    private HistoryColumns() {
    }

    /**
     * Luck: over the driver's last five classified grands prix, mean of {@code (grid + car_rank) / 2 - finish} with
     * {@code car_rank = 20 - car_perf x 19} (car_perf of his current team, as the seed); 0 without history; min-max.
     */
    static double[] luck(RaceContext c) {
        c.loadStats();
        double[] out = new double[c.size()];
        for (int i = 0; i < out.length; i++) {
            List<DriverHistory.Finish> recent = c.history.driverHistory(c.pool.get(i).driver()).recentFinishes();
            if (recent.isEmpty()) {
                continue;
            }
            double carRank = 20.0 - c.carPerf[i] * 19.0;
            double sum = 0;
            for (DriverHistory.Finish f : recent) {
                sum += (f.grid() + carRank) / 2.0 - f.position();
            }
            out[i] = sum / recent.size();
        }
        return ModelMath.minmax(out);
    }

    /**
     * Weather: 0.5 for everyone unless rain was forecast before the session. Then {@code 21 - mean finish} in past
     * wet/mixed grands prix (before this weekend), drivers without one getting the field mean (10.5 if nobody has
     * one), min-max.
     */
    static double[] weather(RaceContext c, WeatherOutlook outlook) {
        double[] out = new double[c.size()];
        if (!outlook.expectsRain()) {
            java.util.Arrays.fill(out, 0.5);
            return out;
        }
        boolean[] known = new boolean[out.length];
        double sum = 0;
        int count = 0;
        for (int i = 0; i < out.length; i++) {
            DriverHistory h = c.history.driverHistory(c.pool.get(i).driver());
            if (h.wetFinishes() > 0) {
                out[i] = 21.0 - h.wetAverageFinish();
                known[i] = true;
                sum += out[i];
                count++;
            }
        }
        double fieldMean = count == 0 ? 10.5 : sum / count;
        for (int i = 0; i < out.length; i++) {
            if (!known[i]) {
                out[i] = fieldMean;
            }
        }
        return ModelMath.minmax(out);
    }

    /**
     * Rolling teammate delta over the newest five timed sessions: this weekend's {@code current} session (grand-prix
     * qualifying or sprint qualifying) then the history's, newest first. Min-max unless all equal (raw kept).
     */
    static double[] teammateDelta(RaceContext c, List<QualifyingResult> current, boolean sprint) {
        Map<DriverId, QualifyingResult> now = new HashMap<>();
        for (QualifyingResult q : current) {
            now.put(q.driver(), q);
        }
        List<List<TeammateDelta.Session>> sessions = new ArrayList<>(c.size());
        for (RaceContext.GridSlot slot : c.pool) {
            List<TeammateDelta.Session> own = new ArrayList<>(TeammateDelta.WINDOW);
            QualifyingResult q = now.get(slot.driver());
            if (q != null && q.bestTimeMs() != null) {
                own.add(new TeammateDelta.Session(q.race(), q.constructor(), q.bestTimeMs()));
            }
            DriverHistory h = c.history.driverHistory(slot.driver());
            for (TeammateDelta.Session s : sprint ? h.recentSprintQualifying() : h.recentQualifying()) {
                if (own.size() == TeammateDelta.WINDOW) {
                    break;
                }
                own.add(s);
            }
            sessions.add(own);
        }
        return ModelMath.minmaxOrRaw(TeammateDelta.rolling(sessions));
    }
}
