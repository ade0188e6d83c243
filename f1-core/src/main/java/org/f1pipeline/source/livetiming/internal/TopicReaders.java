package org.f1pipeline.source.livetiming.internal;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.f1pipeline.source.livetiming.ArchiveDriver;
import org.f1pipeline.source.livetiming.ArchiveRaceControl;
import org.f1pipeline.source.livetiming.ArchiveTrackStatus;
import org.f1pipeline.source.livetiming.ArchiveWeather;

/** Readers of the small topics: DriverList, WeatherData, RaceControlMessages, TrackStatus, LapCount, SessionStatus. */
public final class TopicReaders {

    private TopicReaders() {
    }

    /** Session times of the status changes, in order (value = status). */
    public record Status(long timeMs, String status) {
    }

    /** The SessionStatus records. */
    public static List<Status> sessionStatus(List<StreamRecord> records) {
        List<Status> out = new ArrayList<>();
        for (StreamRecord r : records) {
            String s = Patches.text(r.data(), "Status");
            if (s != null) {
                out.add(new Status(r.timeMs(), s));
            }
        }
        return out;
    }

    /**
     * The session's end: the first {@code Finalised} or {@code Ends} after the last {@code Started}, else the first
     * {@code Finished} after it plus ten minutes (the last cars still cross the line), else null (no cut-off).
     */
    public static Long sessionEnd(List<Status> statuses) {
        long lastStart = -1;
        for (Status s : statuses) {
            if (s.status().equals("Started")) {
                lastStart = s.timeMs();
            }
        }
        Long finished = null;
        for (Status s : statuses) {
            if (s.timeMs() < lastStart) {
                continue;
            }
            if (s.status().equals("Finalised") || s.status().equals("Ends")) {
                return s.timeMs();
            }
            if (s.status().equals("Finished") && finished == null) {
                finished = s.timeMs() + 600_000L;
            }
        }
        return finished;
    }

    /** The first {@code Started}, or null. */
    public static Long firstStart(List<Status> statuses) {
        return statuses.stream().filter(s -> s.status().equals("Started")).map(Status::timeMs).findFirst()
                .orElse(null);
    }

    /**
     * The DriverList merged from the records up to {@code endMs}: a field takes the first non-empty value sent for
     * it, so the first record lacking names and teams is completed by later ones, and a late record (a support series
     * reusing the numbers after the session) can never rename a car; {@code _deleted} never removes a field.
     */
    public static List<ArchiveDriver> driverList(List<StreamRecord> records, Long endMs) {
        Map<Integer, Map<String, String>> cars = new LinkedHashMap<>();
        for (StreamRecord r : records) {
            if (endMs != null && r.timeMs() > endMs) {
                break;
            }
            Patches.eachField(r.data(), (key, car) -> {
                if (!key.chars().allMatch(Character::isDigit) || key.isEmpty() || !car.isObject()) {
                    return;
                }
                Map<String, String> f = cars.computeIfAbsent(Integer.parseInt(key), k -> new LinkedHashMap<>());
                for (String field : new String[] {"Tla", "FirstName", "LastName", "FullName", "TeamName"}) {
                    String v = Patches.text(car, field);
                    if (v != null) {
                        f.putIfAbsent(field, v);
                    }
                }
            });
        }
        List<ArchiveDriver> out = new ArrayList<>();
        cars.forEach((n, f) -> out.add(new ArchiveDriver(n, f.get("Tla"), f.get("FirstName"), f.get("LastName"),
                f.get("FullName"), f.get("TeamName"))));
        return out;
    }

    /** WeatherData samples up to {@code endMs} (null: all, as FastF1 and OpenF1 use every sample of the session). */
    public static List<ArchiveWeather> weather(List<StreamRecord> records, Long endMs) {
        List<ArchiveWeather> out = new ArrayList<>();
        for (StreamRecord r : records) {
            if (endMs != null && r.timeMs() > endMs) {
                break;
            }
            JsonNode d = r.data();
            String rain = Patches.text(d, "Rainfall");
            out.add(new ArchiveWeather(r.timeMs(), Patches.decimal(d, "AirTemp"), Patches.decimal(d, "Humidity"),
                    Patches.decimal(d, "Pressure"), rain == null ? null : rain.equals("1") || rain.equalsIgnoreCase("true"),
                    Patches.decimal(d, "TrackTemp"), Patches.integer(d, "WindDirection"),
                    Patches.decimal(d, "WindSpeed")));
        }
        return out;
    }

    /** Race-control messages in the order received. */
    public static List<ArchiveRaceControl> raceControl(List<StreamRecord> records) {
        List<ArchiveRaceControl> out = new ArrayList<>();
        for (StreamRecord r : records) {
            Patches.eachIndexed(r.data().get("Messages"), (i, m) -> {
                String text = Patches.text(m, "Message");
                if (text == null) {
                    return;
                }
                out.add(new ArchiveRaceControl(r.timeMs(), Patches.text(m, "Utc"), Patches.integer(m, "Lap"),
                        Patches.text(m, "Category"), Patches.text(m, "Flag"), Patches.text(m, "Scope"),
                        Patches.integer(m, "RacingNumber"), Patches.text(m, "Status"), Patches.text(m, "Mode"), text));
            });
        }
        return out;
    }

    /** Track status changes in order. */
    public static List<ArchiveTrackStatus> trackStatus(List<StreamRecord> records) {
        List<ArchiveTrackStatus> out = new ArrayList<>();
        for (StreamRecord r : records) {
            String code = Patches.text(r.data(), "Status");
            if (code != null) {
                out.add(new ArchiveTrackStatus(r.timeMs(), code, Patches.text(r.data(), "Message")));
            }
        }
        return out;
    }

    /**
     * The race distance: the last {@code TotalLaps} sent. A record may carry {@code TotalLaps} without
     * {@code CurrentLap} when race control shortens or extends the race.
     */
    public static Integer totalLaps(List<StreamRecord> records) {
        Integer total = null;
        for (StreamRecord r : records) {
            Integer t = Patches.integer(r.data(), "TotalLaps");
            if (t != null && t > 0) {
                total = t;
            }
        }
        return total;
    }
}
