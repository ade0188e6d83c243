package org.f1pipeline.testkit.synthetic;

import java.util.ArrayList;
import java.util.List;

/** Once-a-minute weather readings from 30 minutes before a session to its end. */
final class WeatherGen {
    private WeatherGen() {
    }

    static List<WeatherSample> samples(SyntheticRound round, SyntheticSession s, boolean wet) {
        Rng rng = Rng.of("weather", round.year(), round.round(), s.type());
        Rng site = Rng.of("climate", round.circuit().circuitId());
        double air = 17 + site.nextInt(14) + rng.gaussian() * 2;
        double humidity = wet ? 85 + rng.nextInt(10) : 35 + rng.nextInt(30);
        double pressure = (round.circuit().circuitId().equals("rodriguez") ? 780 : 1005) + rng.nextInt(15);
        int wind = rng.nextInt(360);
        long duration = s.end().toEpochMilli() - s.start().toEpochMilli();
        List<WeatherSample> out = new ArrayList<>();
        for (long t = -30 * 60_000L; t <= duration; t += 60_000L) {
            air += rng.gaussian() * 0.05;
            double track = air + (wet ? 3 : 12) + rng.gaussian() * 0.3;
            wind = Math.floorMod(wind + rng.between(-15, 15), 360);
            out.add(new WeatherSample(t, round1(air), round1(track), round1(humidity + rng.gaussian()),
                    round1(pressure + rng.gaussian() * 0.2), wet, wind, round1(0.5 + rng.nextDouble() * 3.5)));
        }
        return out;
    }

    private static double round1(double v) {
        return Math.round(v * 10) / 10.0;
    }
}
