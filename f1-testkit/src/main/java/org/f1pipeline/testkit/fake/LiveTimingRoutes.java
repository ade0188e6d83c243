package org.f1pipeline.testkit.fake;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.f1pipeline.domain.SessionType;
import org.f1pipeline.testkit.synthetic.Eras;
import org.f1pipeline.testkit.synthetic.SessionData;
import org.f1pipeline.testkit.synthetic.SyntheticHistory;
import org.f1pipeline.testkit.synthetic.SyntheticRound;
import org.f1pipeline.testkit.synthetic.SyntheticSession;

/**
 * Live-timing archive routes: {@code /static/Index.json}, {@code /static/{year}/Index.json},
 * {@code /static/{session path}Index.json} and topic files ({@code .jsonStream}, {@code .json} keyframes,
 * {@code .z} topics). Seasons from 2018; sessions appear once they have started, files once they have ended;
 * anything else is S3's 403.
 */
final class LiveTimingRoutes implements Routes {
    private final SyntheticHistory history;
    private final FakeF1Options options;
    private final Map<String, Function<SessionData, LiveTimingStream>> topics = new LinkedHashMap<>();

    LiveTimingRoutes(FakeF1Options options) {
        this.history = options.history();
        this.options = options;
        topics.put("SessionInfo", LiveTimingTopics::sessionInfo);
        topics.put("SessionStatus", LiveTimingTopics::sessionStatus);
        topics.put("TrackStatus", LiveTimingTopics::trackStatus);
        topics.put("LapCount", LiveTimingTopics::lapCount);
        topics.put("DriverList", LiveTimingTopics::driverList);
        topics.put("TimingData", LiveTimingTiming::timingData);
        topics.put("TimingAppData", LiveTimingTiming::timingAppData);
        topics.put("RaceControlMessages", LiveTimingTopics::raceControl);
        topics.put("WeatherData", LiveTimingTopics::weather);
        topics.put("CarData.z", d -> LiveTimingTopics.compressed(d, false, options.telemetryPeriod().toMillis()));
        topics.put("Position.z", d -> LiveTimingTopics.compressed(d, true, options.telemetryPeriod().toMillis()));
    }

    @Override
    public String endpoint(String sub) {
        return sub.substring(sub.lastIndexOf('/') + 1);
    }

    @Override
    public Reply handle(FakeRequest req) {
        String path = req.path();
        int current = req.asOf() == null ? Eras.LAST_YEAR
                : Math.min(Eras.LAST_YEAR, req.asOf().atZone(ZoneOffset.UTC).getYear());
        if (path.equals("/Index.json")) {
            ObjectNode root = JolpicaJson.F.objectNode();
            ArrayNode years = root.putArray("Years");
            for (int y = 2018; y <= current; y++) {
                ObjectNode n = years.addObject();
                n.put("Year", y);
                n.put("Path", y + "/");
            }
            return file(root.toString().getBytes(StandardCharsets.UTF_8), "application/json", true);
        }
        String[] parts = path.substring(1).split("/");
        if (parts.length == 0 || !parts[0].matches("\\d{4}")) {
            return Reply.s3AccessDenied();
        }
        int year = Integer.parseInt(parts[0]);
        if (year < 2018 || year > current) {
            return Reply.s3AccessDenied();
        }
        if (parts.length == 2 && parts[1].equals("Index.json")) {
            return file(yearIndex(year, req).getBytes(StandardCharsets.UTF_8), "application/json", true);
        }
        if (parts.length != 4) {
            return Reply.s3AccessDenied();
        }
        String folder = parts[0] + "/" + parts[1] + "/";
        for (SyntheticRound r : history.season(year).rounds()) {
            if (!r.liveTimingPath().equals(folder)) {
                continue;
            }
            for (SyntheticSession s : r.sessions()) {
                if (LiveTimingPaths.sessionFolder(r, s).equals(parts[2] + "/") && req.published(s.end())) {
                    return sessionFile(r, s, parts[3]);
                }
            }
        }
        return Reply.s3AccessDenied();
    }

    private Reply sessionFile(SyntheticRound r, SyntheticSession s, String file) {
        if (file.equals("Index.json")) {
            ObjectNode root = JolpicaJson.F.objectNode();
            ObjectNode feeds = root.putObject("Feeds");
            for (String t : topicsOf(s)) {
                ObjectNode f = feeds.putObject(t);
                f.put("KeyFramePath", t + ".json");
                f.put("StreamPath", t + ".jsonStream");
            }
            return file(root.toString().getBytes(StandardCharsets.UTF_8), "application/json", true);
        }
        boolean stream = file.endsWith(".jsonStream");
        String topic = file.substring(0, file.length() - (stream ? ".jsonStream".length() : ".json".length()));
        if (!(stream || file.endsWith(".json")) || !topicsOf(s).contains(topic)) {
            return Reply.s3AccessDenied();
        }
        SessionData d = history.season(r.year()).sessionData(r.round(), s.type());
        LiveTimingStream content = topics.get(topic).apply(d);
        return file(stream ? content.jsonStream() : content.keyframe(), "application/octet-stream", false);
    }

    private List<String> topicsOf(SyntheticSession s) {
        return topics.keySet().stream().filter(t -> !t.equals("LapCount") || s.raceLike()).toList();
    }

    private String yearIndex(int year, FakeRequest req) {
        ObjectNode root = JolpicaJson.F.objectNode();
        root.put("Year", year);
        ArrayNode meetings = root.putArray("Meetings");
        for (SyntheticRound r : history.season(year).rounds()) {
            List<SyntheticSession> started = r.sessions().stream()
                    .filter(s -> req.asOf() == null || !s.start().isAfter(req.asOf())).toList();
            if (started.isEmpty()) {
                continue;
            }
            ObjectNode m = meetings.addObject();
            ArrayNode sessions = m.putArray("Sessions");
            for (SyntheticSession s : started) {
                ObjectNode n = sessions.addObject();
                n.put("Key", s.key());
                n.put("Type", s.openF1Type());
                if (s.type().ordinal() <= SessionType.FP3.ordinal()) {
                    n.put("Number", s.type().ordinal() + 1);
                } else if (s.type() == SessionType.SPRINT || s.type() == SessionType.SPRINT_QUALIFYING) {
                    n.put("Number", -1);
                }
                n.put("Name", s.name());
                n.put("StartDate", LiveTimingTopics.local(s.start(), r));
                n.put("EndDate", LiveTimingTopics.local(s.end(), r));
                n.put("GmtOffset", r.circuit().gmtOffset());
                n.put("Path", LiveTimingPaths.sessionPath(r, s));
            }
            ObjectNode info = LiveTimingTopics.sessionInfoObject(r, r.sessions().get(0));
            ObjectNode meeting = (ObjectNode) info.get("Meeting");
            m.put("Key", r.meetingKey());
            m.put("Code", r.circuit().countryCode() + String.format("%02d", r.round()));
            m.put("Number", r.round());
            m.put("Location", r.circuit().locality());
            m.put("OfficialName", meeting.get("OfficialName").asText());
            m.put("Name", r.raceName());
            m.set("Country", meeting.get("Country"));
            m.set("Circuit", meeting.get("Circuit"));
        }
        return root.toString();
    }

    private static Reply file(byte[] body, String type, boolean bom) {
        byte[] bytes = body;
        if (bom) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            out.writeBytes(LiveTimingStream.BOM);
            out.writeBytes(body);
            bytes = out.toByteArray();
        }
        return new Reply(200, type, bytes, new LinkedHashMap<>())
                .header("Cache-Control", "max-age=3600")
                .header("ETag", "\"" + Integer.toHexString(java.util.Arrays.hashCode(bytes)) + "\"")
                .header("Last-Modified", "Mon, 01 Jan 2024 00:00:00 GMT");
    }
}
