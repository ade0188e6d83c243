package org.f1pipeline.view.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.f1pipeline.DataNotAvailableException;
import org.f1pipeline.InvalidInputException;
import org.f1pipeline.domain.ConstructorId;
import org.f1pipeline.domain.DriverId;
import org.f1pipeline.domain.DriverPrediction;
import org.f1pipeline.domain.Prediction;
import org.f1pipeline.domain.QualifyingResult;
import org.f1pipeline.domain.Race;
import org.f1pipeline.domain.RaceKey;
import org.f1pipeline.domain.RaceResult;
import org.f1pipeline.domain.RaceStatus;
import org.f1pipeline.domain.RaceType;
import org.f1pipeline.domain.SeasonEntry;
import org.f1pipeline.internal.Checks;
import org.f1pipeline.model.ModelSpec;
import org.f1pipeline.model.internal.FeatureEngine;
import org.f1pipeline.storage.Storage;
import org.f1pipeline.view.Explanation;
import org.f1pipeline.view.NamedDriverPrediction;
import org.f1pipeline.view.NamedPrediction;
import org.f1pipeline.view.NamedResult;
import org.f1pipeline.view.Names;
import org.f1pipeline.view.RaceResults;

/** The one-hop reads behind {@code F1Pipeline.latestPrediction}, {@code explain}, {@code results}. Internal API. */
public final class Reads {

    private Reads() {
    }

    /** The next race weekend whose grand prix starts after now (cancelled rounds skipped). */
    public static Optional<Race> nextRace(Storage storage, Clock clock) {
        Instant now = clock.instant();
        int year = now.atZone(ZoneOffset.UTC).getYear();
        return storage.races().races(year, year + 1).stream()
                .filter(r -> r.status() != RaceStatus.CANCELLED && r.startOf(RaceType.GRAND_PRIX).isAfter(now))
                .min(Comparator.comparing((Race r) -> r.startOf(RaceType.GRAND_PRIX)));
    }

    /**
     * The latest stored prediction of {@code key}'s grand prix or sprint with names.
     *
     * @throws DataNotAvailableException when the race or its prediction is not stored
     */
    public static NamedPrediction latestPrediction(Storage storage, RaceKey key, RaceType type) {
        Checks.notNull(key, "race");
        Checks.notNull(type, "type");
        Race race = race(storage, key);
        Prediction p = storage.predictions().latest(key, type).orElseThrow(() -> new DataNotAvailableException(
                "no " + (type == RaceType.SPRINT ? "sprint" : "grand-prix") + " prediction is stored for " + key
                + ": run " + (type == RaceType.SPRINT ? "compute_sprint_predictions" : "compute_predictions")
                + " for race " + key + " first"));
        return named(storage, race, p);
    }

    /**
     * Why {@code driver} got his probability in the latest prediction of {@code key}'s grand prix or sprint.
     *
     * @throws InvalidInputException     when the driver is not in that prediction
     * @throws DataNotAvailableException when the race or its prediction is not stored
     */
    public static Explanation explain(Storage storage, RaceKey key, RaceType type, DriverId driver) {
        Checks.notNull(driver, "driver");
        return explain(storage, latestPrediction(storage, key, type), driver);
    }

    /**
     * Why {@code driver} got his probability in {@code p}: the stored feature row of the prediction's model gives
     * each input's value (and, for a fitted model, the season's coefficients).
     *
     * @throws InvalidInputException when the driver is not in the prediction
     */
    public static Explanation explain(Storage storage, NamedPrediction p, DriverId driver) {
        Checks.notNull(driver, "driver");
        RaceKey key = p.race().key();
        RaceType type = p.type();
        NamedDriverPrediction d = p.driver(driver).orElseThrow(() -> new InvalidInputException("driver",
                "driver " + driver.value() + " is not in the " + p.title() + " prediction; its drivers are "
                + p.drivers().stream().map(x -> x.driver().value()).sorted().toList()));
        Map<String, Double> scores = storage.features().features(key, type, p.prediction().modelVersion())
                .stream().filter(r -> r.driver().equals(driver)).findFirst().map(r -> r.scores()).orElse(Map.of());
        boolean fitted = scores.keySet().stream().anyMatch(k -> k.startsWith(FeatureEngine.COEFFICIENT_PREFIX));
        ModelSpec spec = shipped(p.prediction().modelVersion());
        List<Explanation.Row> rows = new ArrayList<>();
        d.prediction().contributions().forEach((input, contribution) -> {
            Double value = scores.get(input);
            Double weight = fitted ? scores.get(FeatureEngine.coefficientName(input))
                    : spec != null ? spec.weights().get(input)
                    : value != null && value != 0 ? contribution / value : null;
            rows.add(new Explanation.Row(input, value, weight, contribution));
        });
        rows.sort(Comparator.comparingDouble((Explanation.Row r) -> -Math.abs(r.contribution()))
                .thenComparing(Explanation.Row::input));
        Double races = scores.get(FeatureEngine.FIT_RACES);
        return new Explanation(p.race(), type, p.prediction().modelVersion(), d, p.drivers().size(), fitted,
                fitted && races != null ? Integer.valueOf(races.intValue()) : null,
                !fitted && spec != null ? Double.valueOf(spec.temperature()) : null, rows);
    }

    /**
     * The stored classification of {@code key}'s grand prix or sprint with names.
     *
     * @throws DataNotAvailableException when the race or its results are not stored
     */
    public static RaceResults results(Storage storage, RaceKey key, RaceType type) {
        Checks.notNull(key, "race");
        Checks.notNull(type, "type");
        Race race = race(storage, key);
        List<RaceResult> results = new ArrayList<>(storage.results().raceResults(key, type));
        if (results.isEmpty()) {
            throw new DataNotAvailableException("no " + (type == RaceType.SPRINT ? "sprint" : "grand-prix")
                    + " results are stored for " + key + ": run " + (type == RaceType.SPRINT ? "ingest_sprint"
                    : "ingest_race") + " for race " + key + " once they are published");
        }
        results.sort(Comparator.comparing((RaceResult r) -> r.finishPosition() == null ? 1 : 0)
                .thenComparing(r -> r.finishPosition() == null ? Integer.MAX_VALUE : r.finishPosition())
                .thenComparing(r -> r.positionOrder() == null ? Integer.MAX_VALUE : r.positionOrder()));
        Names names = Names.of(storage);
        return new RaceResults(race, type, results.stream().map(r -> named(names, r)).toList());
    }

    /** {@code p} with the race's names: drivers, the team each races for at this event, the actual winner. */
    public static NamedPrediction named(Storage storage, Prediction p) {
        Checks.notNull(p, "prediction");
        return named(storage, race(storage, p.race()), p);
    }

    private static NamedPrediction named(Storage storage, Race race, Prediction p) {
        Names names = Names.of(storage);
        Map<DriverId, ConstructorId> teams = teams(storage, p);
        List<NamedDriverPrediction> drivers = new ArrayList<>();
        for (DriverPrediction d : p.drivers()) {
            ConstructorId team = teams.get(d.driver());
            drivers.add(new NamedDriverPrediction(d, names.driver(d.driver()), team,
                    team == null ? "?" : names.team(team)));
        }
        NamedResult winner = storage.results().raceResults(p.race(), p.type()).stream()
                .filter(r -> Integer.valueOf(1).equals(r.finishPosition())).findFirst()
                .map(r -> named(names, r)).orElse(null);
        return new NamedPrediction(race, p, drivers, winner);
    }

    private static NamedResult named(Names names, RaceResult r) {
        return new NamedResult(r, names.driver(r.driver()), names.team(r.constructor()));
    }

    private static Race race(Storage storage, RaceKey key) {
        return storage.races().race(key).orElseThrow(() -> new DataNotAvailableException("race " + key
                + " is not stored: run sync_schedule for year " + key.season() + " first"));
    }

    /** Each driver's team at this event: the grid's constructor, else the result's, else the entry list's. */
    private static Map<DriverId, ConstructorId> teams(Storage storage, Prediction p) {
        Map<DriverId, ConstructorId> ids = new HashMap<>();
        List<SeasonEntry> entries = new ArrayList<>(storage.catalog().seasonEntries(p.race().season()));
        entries.sort(Comparator.comparing((SeasonEntry e) -> e.firstRound() == null ? 0 : e.firstRound()));
        for (SeasonEntry e : entries) {
            if (e.firstRound() == null || e.firstRound() <= p.race().round()) {
                ids.put(e.driver(), e.constructor());
            }
        }
        for (RaceResult r : storage.results().raceResults(p.race(), p.type())) {
            ids.put(r.driver(), r.constructor());
        }
        List<QualifyingResult> grid = p.type() == RaceType.SPRINT ? storage.results().sprintQualifying(p.race())
                : storage.results().qualifying(p.race());
        grid.forEach(q -> ids.put(q.driver(), q.constructor()));
        return new LinkedHashMap<>(ids);
    }

    /** The shipped model of {@code version}, or null for a user's own. */
    private static ModelSpec shipped(String version) {
        try {
            return ModelSpec.forVersion(version);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
