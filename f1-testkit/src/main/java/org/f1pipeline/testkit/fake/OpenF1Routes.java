package org.f1pipeline.testkit.fake;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.IntPredicate;
import org.f1pipeline.testkit.synthetic.Eras;
import org.f1pipeline.testkit.synthetic.SessionData;
import org.f1pipeline.testkit.synthetic.SyntheticHistory;
import org.f1pipeline.testkit.synthetic.SyntheticRound;
import org.f1pipeline.testkit.synthetic.SyntheticSeason;
import org.f1pipeline.testkit.synthetic.SyntheticSession;

/**
 * OpenF1 routes ({@code /v1/{endpoint}}): flat arrays (or CSV), filter syntax, {@code latest}, 2023+ only,
 * nothing for sessions that have not finished at the "as of", and a row budget standing in for the real
 * server's query timeout.
 */
final class OpenF1Routes implements Routes {
    static final Set<String> ENDPOINTS = Set.of("meetings", "sessions", "drivers", "laps", "pit", "stints", "weather",
            "race_control", "session_result", "starting_grid", "intervals", "overtakes", "team_radio", "car_data",
            "position", "location");
    private static final Set<String> HEAVY = Set.of("car_data", "location");
    private static final ObjectMapper JSON = new ObjectMapper();

    private final SyntheticHistory history;
    private final FakeF1Options options;

    OpenF1Routes(FakeF1Options options) {
        this.history = options.history();
        this.options = options;
    }

    @Override
    public String endpoint(String sub) {
        return sub.startsWith("/") ? sub.substring(1) : sub;
    }

    /** True when a session of an OpenF1-era season is running at {@code asOf}. */
    static boolean liveSessionAt(SyntheticHistory history, Instant asOf) {
        if (asOf == null) {
            return false;
        }
        int year = asOf.atZone(ZoneOffset.UTC).getYear();
        if (year < 2023 || year > Eras.LAST_YEAR) {
            return false;
        }
        return history.season(year).rounds().stream().flatMap(r -> r.sessions().stream()).anyMatch(s -> s.liveAt(asOf));
    }

    @Override
    public Reply handle(FakeRequest req) {
        String name = endpoint(req.path());
        if (!name.matches("[a-z_]+")) {
            // e.g. a trailing slash: the real server has no such route and fails with its HTML error page.
            return ErrorBodies.serverError(FakeApi.OPENF1, 500);
        }
        OpenF1Query q = OpenF1Query.parse(req.rawQuery());
        List<Map<String, Object>> rows = new ArrayList<>();
        if (ENDPOINTS.contains(name)) {
            resolveLatest(q, req);
            boolean scoped = q.equality("session_key") != null || q.equality("meeting_key") != null;
            if (HEAVY.contains(name) && !scoped) {
                return ErrorBodies.serverError(FakeApi.OPENF1, 500);
            }
            try {
                collect(name, q, req, rows);
            } catch (TooManyRows e) {
                return ErrorBodies.serverError(FakeApi.OPENF1, 500);
            }
        }
        rows.sort(Comparator.comparing((Map<String, Object> r) -> String.valueOf(r.getOrDefault("date_start", "")))
                .thenComparing(r -> ((Number) r.getOrDefault("session_key", 0)).intValue()));
        if (q.csv) {
            return rows.isEmpty() ? ErrorBodies.serverError(FakeApi.OPENF1, 500)
                    : Reply.text(200, "text/csv", OpenF1Csv.render(rows))
                    .header("Content-Disposition", "attachment; filename=" + name + ".csv");
        }
        try {
            return Reply.json(200, JSON.writeValueAsString(rows));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private void resolveLatest(OpenF1Query q, FakeRequest req) {
        for (OpenF1Query.Cond c : new ArrayList<>(q.conds)) {
            if ((c.field().equals("session_key") || c.field().equals("meeting_key")) && "latest".equals(c.value())) {
                Instant now = req.asOf() == null ? Instant.MAX : req.asOf().plusSeconds(60);
                SyntheticSession latest = null;
                SyntheticRound latestRound = null;
                for (int y = 2023; y <= Eras.LAST_YEAR; y++) {
                    for (SyntheticRound r : history.season(y).rounds()) {
                        for (SyntheticSession s : r.sessions()) {
                            if (!s.start().isAfter(now) && (latest == null || s.start().isAfter(latest.start()))) {
                                latest = s;
                                latestRound = r;
                            }
                        }
                    }
                    if (req.asOf() != null && y >= req.asOf().atZone(ZoneOffset.UTC).getYear()) {
                        break;
                    }
                }
                q.conds.remove(c);
                if (latest != null) {
                    q.conds.add(new OpenF1Query.Cond(c.field(), "=", (long) (c.field().equals("session_key")
                            ? latest.key() : latestRound.meetingKey())));
                }
            }
        }
    }

    private void collect(String name, OpenF1Query q, FakeRequest req, List<Map<String, Object>> out) {
        int current = req.asOf() == null ? Eras.LAST_YEAR
                : Math.min(Eras.LAST_YEAR, req.asOf().atZone(ZoneOffset.UTC).getYear());
        String year = q.equality("year");
        String meeting = q.equality("meeting_key");
        String session = q.equality("session_key");
        List<Object> numbers = q.equalities("driver_number");
        IntPredicate car = n -> numbers.isEmpty() || numbers.stream().anyMatch(v -> String.valueOf(n).equals(String.valueOf(v)));
        for (int y = 2023; y <= current; y++) {
            if (year != null && !year.equals(String.valueOf(y))) {
                continue;
            }
            SyntheticSeason season = history.season(y);
            for (SyntheticRound r : season.rounds()) {
                if (meeting != null && !meeting.equals(String.valueOf(r.meetingKey()))) {
                    continue;
                }
                if (name.equals("meetings")) {
                    add(out, q, List.of(OpenF1Rows.meeting(r)));
                    continue;
                }
                for (SyntheticSession s : r.sessions()) {
                    if (session != null && !session.equals(String.valueOf(s.key()))) {
                        continue;
                    }
                    if (name.equals("sessions")) {
                        add(out, q, List.of(OpenF1Rows.session(r, s)));
                    } else if (req.published(s.end())) {
                        add(out, q, sessionRows(name, season, r, s, car));
                    }
                }
            }
        }
    }

    private List<Map<String, Object>> sessionRows(String name, SyntheticSeason season, SyntheticRound r,
                                                  SyntheticSession s, IntPredicate car) {
        switch (name) {
            case "drivers":
                return OpenF1Rows.drivers(r, s);
            case "session_result":
                return OpenF1Rows.sessionResult(season, r, s);
            case "starting_grid":
                return OpenF1Rows.startingGrid(r, s);
            default:
                break;
        }
        SessionData d = season.sessionData(r.round(), s.type());
        OpenF1TimingRows t = new OpenF1TimingRows(d, car);
        long period = options.telemetryPeriod().toMillis();
        return switch (name) {
            case "laps" -> t.laps();
            case "stints" -> t.stints();
            case "pit" -> t.pit();
            case "weather" -> t.weather();
            case "race_control" -> t.raceControl();
            case "position" -> t.position();
            case "intervals" -> t.intervals();
            case "overtakes" -> t.overtakes();
            case "team_radio" -> t.teamRadio();
            case "car_data" -> t.telemetry(false, period);
            default -> t.telemetry(true, period);
        };
    }

    private void add(List<Map<String, Object>> out, OpenF1Query q, List<Map<String, Object>> rows) {
        for (Map<String, Object> row : rows) {
            if (q.matches(row)) {
                out.add(row);
                if (out.size() > options.openF1MaxRows()) {
                    throw new TooManyRows();
                }
            }
        }
    }

    private static final class TooManyRows extends RuntimeException {
        TooManyRows() {
            super(null, null, false, false);
        }
    }
}
