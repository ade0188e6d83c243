package org.f1pipeline.source.openf1;

import java.time.Instant;

/** Compact builders for hand-made OpenF1 rows (meeting 1, session 10). */
final class Rows {

    private Rows() {
    }

    static OpenF1Lap lap(int driver, int lap, Double seconds) {
        return new OpenF1Lap(1, 10, driver, lap, null, seconds, null, null, null, null, null, null, false);
    }

    static OpenF1Lap lap(int driver, int lap, Double seconds, Double s1, Double s2, Double s3, Integer st,
                         boolean pitOut) {
        return new OpenF1Lap(1, 10, driver, lap, null, seconds, s1, s2, s3, null, null, st, pitOut);
    }

    static OpenF1Stint stint(int driver, int number, Integer start, Integer end, String compound, Integer age) {
        return new OpenF1Stint(1, 10, driver, number, start, end, compound, age);
    }

    static OpenF1Pit pit(int driver, int lap) {
        return new OpenF1Pit(1, 10, driver, null, lap, 22.0, null);
    }

    static OpenF1Weather weather(double air, double track, double humidity, Boolean rain) {
        return new OpenF1Weather(1, 10, Instant.EPOCH, air, track, humidity, 1010.0, rain, 90, 1.0);
    }

    static OpenF1RaceControl rc(int second, Integer lap, String category, String flag, String message) {
        return new OpenF1RaceControl(1, 10, Instant.parse("2024-05-05T20:00:00Z").plusSeconds(second), null, lap,
                category, flag, "Track", null, null, message);
    }
}
