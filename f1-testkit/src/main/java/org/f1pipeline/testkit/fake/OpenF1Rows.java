package org.f1pipeline.testkit.fake;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.f1pipeline.domain.SessionType;
import org.f1pipeline.testkit.synthetic.Entry;
import org.f1pipeline.testkit.synthetic.QualifyingRow;
import org.f1pipeline.testkit.synthetic.ResultRow;
import org.f1pipeline.testkit.synthetic.SynthCircuit;
import org.f1pipeline.testkit.synthetic.SyntheticRound;
import org.f1pipeline.testkit.synthetic.SyntheticSeason;
import org.f1pipeline.testkit.synthetic.SyntheticSession;

/** OpenF1 rows that come from the schedule and classifications (meetings, sessions, drivers, results, grid). */
final class OpenF1Rows {
    private OpenF1Rows() {
    }

    static Map<String, Object> meeting(SyntheticRound r) {
        SynthCircuit c = r.circuit();
        return OpenF1Json.row("meeting_key", r.meetingKey(), "meeting_name", r.raceName(),
                "meeting_official_name", "FORMULA 1 " + r.raceName().toUpperCase(Locale.ROOT) + " " + r.year(),
                "location", c.locality(), "country_key", c.countryKey(), "country_code", c.countryCode(),
                "country_name", c.countryName(),
                "country_flag", "https://media.formula1.com/flags/" + c.countryCode().toLowerCase(Locale.ROOT) + ".png",
                "circuit_key", c.circuitKey(), "circuit_short_name", c.shortName(), "circuit_type", c.circuitType(),
                "circuit_info_url", "https://api.multiviewer.app/api/v1/circuits/" + c.circuitKey() + "/" + r.year(),
                "circuit_image", "https://media.formula1.com/image/upload/circuits/" + c.circuitId() + ".png",
                "gmt_offset", c.gmtOffset(), "date_start", OpenF1Json.date(r.sessions().get(0).start()),
                "date_end", OpenF1Json.date(r.session(SessionType.RACE).end()), "year", r.year(),
                "is_cancelled", false);
    }

    static Map<String, Object> session(SyntheticRound r, SyntheticSession s) {
        SynthCircuit c = r.circuit();
        return OpenF1Json.row("session_key", s.key(), "session_name", s.openF1Name(), "session_type", s.openF1Type(),
                "date_start", OpenF1Json.date(s.start()), "date_end", OpenF1Json.date(s.end()),
                "gmt_offset", c.gmtOffset(), "meeting_key", r.meetingKey(), "circuit_key", c.circuitKey(),
                "circuit_short_name", c.shortName(), "country_key", c.countryKey(), "country_code", c.countryCode(),
                "country_name", c.countryName(), "location", c.locality(), "year", r.year(), "is_cancelled", false);
    }

    static List<Map<String, Object>> drivers(SyntheticRound r, SyntheticSession s) {
        List<Map<String, Object>> out = new ArrayList<>();
        for (Entry e : r.entries()) {
            out.add(OpenF1Json.row("broadcast_name", e.driver().broadcastName(),
                    "country_code", e.driver().countryCode(), "driver_number", e.number(),
                    "first_name", e.driver().givenName(), "full_name", e.driver().fullName(),
                    "headshot_url", "https://media.formula1.com/d_driver_fallback_image.png/content/dam/fom-website/drivers/"
                            + e.driver().reference() + ".png.transform/1col/image.png",
                    "last_name", e.driver().familyName(), "meeting_key", r.meetingKey(),
                    "name_acronym", e.driver().tla(), "session_key", s.key(),
                    "team_colour", e.constructor().teamColour(), "team_name", e.constructor().teamName()));
        }
        return out;
    }

    static List<Map<String, Object>> sessionResult(SyntheticSeason season, SyntheticRound r, SyntheticSession s) {
        List<Map<String, Object>> out = new ArrayList<>();
        if (s.raceLike()) {
            List<ResultRow> rows = s.type() == SessionType.RACE ? r.results() : r.sprintResults();
            Long winner = rows.isEmpty() ? null : rows.get(0).millis();
            for (ResultRow row : rows) {
                Object gap;
                if (row.position() == 1) {
                    gap = 0;
                } else if (!row.classified()) {
                    gap = null;
                } else if (row.lapsBehind() > 0) {
                    gap = "+" + row.lapsBehind() + (row.lapsBehind() == 1 ? " LAP" : " LAPS");
                } else {
                    gap = OpenF1Json.round3((row.millis() - winner) / 1000.0);
                }
                Object duration = row.classified() && row.lapsBehind() == 0 && row.millis() != null
                        ? OpenF1Json.round3(row.millis() / 1000.0) : null;
                out.add(OpenF1Json.row("position", row.dsq() ? null : row.position(), "driver_number",
                        row.entry().number(), "number_of_laps", row.laps(), "dnf", row.dnf(), "dns", row.dns(),
                        "dsq", row.dsq(), "duration", duration, "gap_to_leader", gap, "points", (double) row.points(),
                        "meeting_key", r.meetingKey(), "session_key", s.key()));
            }
            return out;
        }
        boolean quali = s.type() == SessionType.QUALIFYING || s.type() == SessionType.SPRINT_QUALIFYING;
        List<QualifyingRow> rows = s.type() == SessionType.QUALIFYING ? r.qualifying()
                : s.type() == SessionType.SPRINT_QUALIFYING ? r.sprintQualifying()
                : season.practiceClassification(r.round(), s.type());
        long[] bestPerSegment = new long[3];
        Arrays.fill(bestPerSegment, Long.MAX_VALUE);
        for (QualifyingRow row : rows) {
            Long[] t = {row.q1(), row.q2(), row.q3()};
            for (int i = 0; i < 3; i++) {
                if (t[i] != null && t[i] > 0) {
                    bestPerSegment[i] = Math.min(bestPerSegment[i], t[i]);
                }
            }
        }
        for (QualifyingRow row : rows) {
            int laps = 0;
            Object duration;
            Object gap;
            if (quali) {
                List<Object> d = new ArrayList<>();
                List<Object> g = new ArrayList<>();
                Long[] t = {row.q1(), row.q2(), row.q3()};
                for (int i = 0; i < 3; i++) {
                    boolean has = t[i] != null && t[i] > 0;
                    d.add(has ? OpenF1Json.round3(t[i] / 1000.0) : null);
                    g.add(has ? OpenF1Json.round3((t[i] - bestPerSegment[i]) / 1000.0) : null);
                }
                duration = d;
                gap = g;
            } else {
                Long best = row.best();
                duration = best == null ? null : OpenF1Json.round3(best / 1000.0);
                gap = best == null ? null : OpenF1Json.round3((best - bestPerSegment[0]) / 1000.0);
            }
            out.add(OpenF1Json.row("position", row.position(), "driver_number", row.entry().number(),
                    "number_of_laps", laps, "dnf", false, "dns", false, "dsq", false, "duration", duration,
                    "gap_to_leader", gap, "meeting_key", r.meetingKey(), "session_key", s.key()));
        }
        return out;
    }

    /** Starting grid of a race or sprint, keyed by that race's session key. */
    static List<Map<String, Object>> startingGrid(SyntheticRound r, SyntheticSession s) {
        List<Map<String, Object>> out = new ArrayList<>();
        if (!s.raceLike()) {
            return out;
        }
        List<ResultRow> rows = new ArrayList<>(s.type() == SessionType.RACE ? r.results() : r.sprintResults());
        List<QualifyingRow> quali = s.type() == SessionType.SPRINT && r.format().hasSprintQualifying()
                ? r.sprintQualifying() : r.qualifying();
        rows.sort((a, b) -> Integer.compare(a.grid(), b.grid()));
        for (ResultRow row : rows) {
            QualifyingRow q = quali.stream().filter(x -> x.entry().equals(row.entry())).findFirst().orElse(null);
            Long best = q == null ? null : q.best();
            out.add(OpenF1Json.row("position", row.grid(), "driver_number", row.entry().number(),
                    "lap_duration", best == null ? null : OpenF1Json.round3(best / 1000.0),
                    "meeting_key", r.meetingKey(), "session_key", s.key()));
        }
        return out;
    }
}
