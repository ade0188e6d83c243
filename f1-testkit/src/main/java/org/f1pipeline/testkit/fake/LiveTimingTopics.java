package org.f1pipeline.testkit.fake;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Base64;
import java.util.Locale;
import java.util.zip.Deflater;
import org.f1pipeline.testkit.synthetic.Entry;
import org.f1pipeline.testkit.synthetic.LapRow;
import org.f1pipeline.testkit.synthetic.RaceControlMessage;
import org.f1pipeline.testkit.synthetic.SessionData;
import org.f1pipeline.testkit.synthetic.SyntheticRound;
import org.f1pipeline.testkit.synthetic.SyntheticSession;
import org.f1pipeline.testkit.synthetic.TrackStatusChange;
import org.f1pipeline.testkit.synthetic.WeatherSample;

/** The small live-timing topics. Session time 0 is 30 minutes before the scheduled start (like the real feed). */
final class LiveTimingTopics {
    static final long ORIGIN = 30 * 60_000L;
    private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss");
    private static final DateTimeFormatter UTC7 = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSSSSS'Z'")
            .withZone(ZoneOffset.UTC);

    private LiveTimingTopics() {
    }

    static String local(Instant t, SyntheticRound r) {
        return LOCAL.format(LocalDateTime.ofInstant(t, ZoneOffset.UTC).plusMinutes(r.circuit().gmtOffsetMinutes()));
    }

    static ObjectNode sessionInfoObject(SyntheticRound r, SyntheticSession s) {
        ObjectNode n = JolpicaJson.F.objectNode();
        ObjectNode m = n.putObject("Meeting");
        m.put("Key", r.meetingKey());
        m.put("Name", r.raceName());
        m.put("OfficialName", "FORMULA 1 " + r.raceName().toUpperCase(Locale.ROOT) + " " + r.year());
        m.put("Location", r.circuit().locality());
        m.put("Number", r.round());
        ObjectNode country = m.putObject("Country");
        country.put("Key", r.circuit().countryKey());
        country.put("Code", r.circuit().countryCode());
        country.put("Name", r.circuit().countryName());
        ObjectNode circuit = m.putObject("Circuit");
        circuit.put("Key", r.circuit().circuitKey());
        circuit.put("ShortName", r.circuit().shortName());
        n.putObject("ArchiveStatus").put("Status", "Complete");
        n.put("Key", s.key());
        n.put("Type", s.openF1Type());
        n.put("Name", s.name());
        n.put("StartDate", local(s.start(), r));
        n.put("EndDate", local(s.end(), r));
        n.put("GmtOffset", r.circuit().gmtOffset());
        n.put("Path", LiveTimingPaths.sessionPath(r, s));
        return n;
    }

    static LiveTimingStream sessionInfo(SessionData d) {
        LiveTimingStream s = new LiveTimingStream();
        s.add(0, sessionInfoObject(d.round(), d.session()));
        return s;
    }

    static LiveTimingStream sessionStatus(SessionData d) {
        LiveTimingStream s = new LiveTimingStream();
        long end = d.laps().stream().mapToLong(LapRow::endMs).max().orElse(0);
        s.add(7_726, status("Inactive"));
        s.add(ORIGIN, status("Started"));
        s.add(ORIGIN + end + 1_000, status("Finished"));
        s.add(ORIGIN + end + 360_000, status("Finalised"));
        s.add(ORIGIN + end + 1_500_000, status("Ends"));
        return s;
    }

    private static ObjectNode status(String v) {
        ObjectNode n = JolpicaJson.F.objectNode();
        n.put("Status", v);
        return n;
    }

    static LiveTimingStream trackStatus(SessionData d) {
        LiveTimingStream s = new LiveTimingStream();
        for (TrackStatusChange t : d.trackStatus()) {
            ObjectNode n = JolpicaJson.F.objectNode();
            n.put("Status", t.code());
            n.put("Message", t.message());
            s.add(t.atMs() == 0 ? 0 : ORIGIN + t.atMs(), n);
        }
        return s;
    }

    static LiveTimingStream lapCount(SessionData d) {
        LiveTimingStream s = new LiveTimingStream();
        int total = d.session().type() == org.f1pipeline.domain.SessionType.RACE ? d.round().raceLaps()
                : d.round().sprintLaps();
        ObjectNode first = JolpicaJson.F.objectNode();
        first.put("CurrentLap", 1);
        first.put("TotalLaps", total);
        s.add(77_547, first);
        for (LapRow l : d.laps()) {
            if (l.position() == 1 && l.lap() > 1) {
                ObjectNode n = JolpicaJson.F.objectNode();
                n.put("CurrentLap", l.lap());
                s.add(ORIGIN + l.startMs(), n);
            }
        }
        return s;
    }

    static LiveTimingStream weather(SessionData d) {
        LiveTimingStream s = new LiveTimingStream();
        for (WeatherSample w : d.weather()) {
            ObjectNode n = JolpicaJson.F.objectNode();
            n.put("AirTemp", one(w.airTemp()));
            n.put("Humidity", one(w.humidity()));
            n.put("Pressure", one(w.pressure()));
            n.put("Rainfall", w.rainfall() ? "1" : "0");
            n.put("TrackTemp", one(w.trackTemp()));
            n.put("WindDirection", String.valueOf(w.windDirection()));
            n.put("WindSpeed", one(w.windSpeed()));
            s.add(ORIGIN + w.atMs() + 9_121, n);
        }
        return s;
    }

    private static String one(double v) {
        return String.format(Locale.ROOT, "%.1f", v);
    }

    static LiveTimingStream raceControl(SessionData d) {
        LiveTimingStream s = new LiveTimingStream();
        int i = 0;
        for (RaceControlMessage m : d.raceControl()) {
            ObjectNode msg = JolpicaJson.F.objectNode();
            msg.put("Utc", LOCAL.format(LocalDateTime.ofInstant(d.session().start().plusMillis(m.atMs()), ZoneOffset.UTC)));
            if (m.lap() != null) {
                msg.put("Lap", m.lap());
            }
            msg.put("Category", m.category());
            putIf(msg, "Flag", m.flag());
            putIf(msg, "Scope", m.scope());
            if (m.sector() != null) {
                msg.put("Sector", m.sector());
            }
            if (m.number() != null) {
                msg.put("RacingNumber", String.valueOf(m.number()));
            }
            putIf(msg, "Status", m.status());
            putIf(msg, "Mode", m.mode());
            msg.put("Message", m.message());
            ObjectNode rec = JolpicaJson.F.objectNode();
            if (i == 0) {
                rec.putArray("Messages").add(msg);
            } else {
                rec.putObject("Messages").set(String.valueOf(i), msg);
            }
            s.add(Math.max(0, ORIGIN + m.atMs()), rec);
            i++;
        }
        return s;
    }

    private static void putIf(ObjectNode n, String key, String value) {
        if (value != null) {
            n.put(key, value);
        }
    }

    static LiveTimingStream driverList(SessionData d) {
        LiveTimingStream s = new LiveTimingStream();
        ObjectNode first = JolpicaJson.F.objectNode();
        int line = 1;
        for (Entry e : d.round().entries()) {
            ObjectNode n = first.putObject(String.valueOf(e.number()));
            n.put("RacingNumber", String.valueOf(e.number()));
            n.put("BroadcastName", e.driver().broadcastName());
            n.put("FullName", e.driver().fullName());
            n.put("Tla", e.driver().tla());
            n.put("Line", line++);
            n.put("TeamName", e.constructor().teamName());
            n.put("TeamColour", e.constructor().teamColour());
            n.put("FirstName", e.driver().givenName());
            n.put("LastName", e.driver().familyName());
            n.put("Reference", e.driver().reference());
            n.put("HeadshotUrl", "https://media.formula1.com/d_driver_fallback_image.png/content/dam/fom-website/drivers/"
                    + e.driver().reference() + ".png.transform/1col/image.png");
            if (e.driver().countryCode() != null && d.round().year() < 2025) {
                n.put("CountryCode", e.driver().countryCode());
            }
        }
        s.add(9_262, first);
        return s;
    }

    /** {@code CarData.z} / {@code Position.z}: quoted base64 of raw-deflated JSON, one record per minute. */
    static LiveTimingStream compressed(SessionData d, boolean position, long periodMs) {
        LiveTimingStream s = new LiveTimingStream();
        long end = d.laps().stream().mapToLong(LapRow::endMs).max().orElse(0);
        for (long from = 0; from < end; from += 60_000) {
            ObjectNode root = JolpicaJson.F.objectNode();
            var list = root.putArray(position ? "Position" : "Entries");
            for (long t = from; t < Math.min(end, from + 60_000); t += periodMs) {
                ObjectNode e = list.addObject();
                e.put(position ? "Timestamp" : "Utc", UTC7.format(d.session().start().plusMillis(t)));
                ObjectNode cars = e.putObject(position ? "Entries" : "Cars");
                for (Entry en : d.round().entries()) {
                    double w = Math.abs(Math.sin((t + en.number() * 997L) / 9000.0));
                    ObjectNode c = cars.putObject(String.valueOf(en.number()));
                    if (position) {
                        c.put("Status", "OnTrack");
                        c.put("X", (int) (3000 * Math.cos(t / 15000.0 + en.number())));
                        c.put("Y", (int) (1800 * Math.sin(t / 15000.0 + en.number())));
                        c.put("Z", 120);
                    } else {
                        ObjectNode ch = c.putObject("Channels");
                        ch.put("0", 9000 + (int) (3000 * w));
                        ch.put("2", (int) (110 + 210 * w));
                        ch.put("3", Math.min(8, 2 + (int) (110 + 210 * w) / 45));
                        ch.put("4", w < 0.3 ? 0 : 99);
                        ch.put("5", w < 0.3 ? 100 : 0);
                        ch.put("45", 8);
                    }
                }
            }
            s.add(ORIGIN + from + 60_000, new TextNode(deflate(root.toString())));
        }
        return s;
    }

    private static String deflate(String json) {
        Deflater deflater = new Deflater(Deflater.DEFAULT_COMPRESSION, true);
        deflater.setInput(json.getBytes(StandardCharsets.UTF_8));
        deflater.finish();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buf = new byte[8192];
        while (!deflater.finished()) {
            out.write(buf, 0, deflater.deflate(buf));
        }
        deflater.end();
        return Base64.getEncoder().encodeToString(out.toByteArray());
    }
}
