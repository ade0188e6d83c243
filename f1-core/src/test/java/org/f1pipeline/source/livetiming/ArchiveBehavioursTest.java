package org.f1pipeline.source.livetiming;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.f1pipeline.domain.DriverId;
import org.f1pipeline.domain.LapTime;
import org.f1pipeline.domain.LongRun;
import org.f1pipeline.domain.RaceKey;
import org.f1pipeline.domain.RaceType;
import org.f1pipeline.domain.SessionType;
import org.f1pipeline.fetch.FetchResponse;
import org.f1pipeline.fetch.Fetcher;
import org.f1pipeline.fetch.HttpStatusException;
import org.f1pipeline.fetch.SourceFormatException;
import org.f1pipeline.model.LongRunCalculator;
import org.f1pipeline.model.PracticeLap;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** One synthetic fixture per real-archive behaviour a naive client gets wrong (issue 11 point 3). */
class ArchiveBehavioursTest {

    @TempDir
    Path dir;

    @Test
    @DisplayName("a support-series DriverList rewrite after the session's end never renames an F1 car")
    void lateDriverListRewriteIgnored() {
        LiveTimingSession s = new ArchiveFixture(dir, 2019, SessionType.FP2)
                .topic("SessionStatus", "00:00:05.000", "{'Status':'Inactive'}", "00:10:00.000",
                        "{'Status':'Started'}", "01:40:00.000", "{'Status':'Finished'}", "01:45:00.000",
                        "{'Status':'Finalised'}", "01:46:00.000", "{'Status':'Ends'}")
                .topic("DriverList", "00:00:09.262", "{'44':{'RacingNumber':'44','Tla':'HAM','FirstName':'Lewis',"
                        + "'LastName':'Hamilton','FullName':'Lewis HAMILTON','TeamName':'Mercedes','Line':1}}",
                        "00:20:00.000", "{'44':{'Line':2}}",
                        "02:10:00.000", "{'44':{'Tla':'MAR','FirstName':'Jake','LastName':'Hughes','FullName':"
                        + "'Jake HUGHES','_deleted':['TeamName','TeamColour']}}",
                        "02:10:00.500", "{'45':{'RacingNumber':'45','Tla':'VIP','FullName':'Support DRIVER'}}")
                .build();
        assertThat(s.drivers()).containsExactly(new ArchiveDriver(44, "HAM", "Lewis", "Hamilton", "Lewis HAMILTON",
                "Mercedes"));
        assertThat(s.endedAtMs()).isEqualTo(6_300_000L);
    }

    @Test
    @DisplayName("the first DriverList record lacks names and teams: later records complete it (merge, not freeze)")
    void driverListMerged() {
        LiveTimingSession s = new ArchiveFixture(dir, 2020, SessionType.RACE)
                .topic("DriverList", "00:00:09.262", "{'33':{'RacingNumber':'33','Line':1},'77':{'RacingNumber':'77',"
                        + "'Tla':'BOT','Line':2}}",
                        "00:03:11.000", "{'33':{'Tla':'VER','FirstName':'Max','LastName':'Verstappen','FullName':"
                        + "'Max VERSTAPPEN','TeamName':'Red Bull Racing'},'77':{'TeamName':'Mercedes',"
                        + "'FullName':'Valtteri BOTTAS'}}",
                        "00:05:00.000", "{'33':{'Line':2},'77':{'Line':1}}")
                .build();
        assertThat(s.drivers()).containsExactly(
                new ArchiveDriver(33, "VER", "Max", "Verstappen", "Max VERSTAPPEN", "Red Bull Racing"),
                new ArchiveDriver(77, "BOT", null, null, "Valtteri BOTTAS", "Mercedes"));
    }

    @Test
    @DisplayName("qualifying bests: a segment cleared when the next starts keeps its best; a revert Value without"
            + " Lap takes the lap that set it; a deletion with nothing to revert to clears the segment")
    void segmentBestsClearedAndReverted() {
        LiveTimingSession s = new ArchiveFixture(dir, 2021, SessionType.QUALIFYING)
                .topic("TimingData",
                        "00:00:07.000", "{'Lines':{},'SessionPart':1}",
                        "00:20:00.000", "{'Lines':{'4':{'BestLapTimes':{'0':{'Value':'1:16.500','Lap':3}}},"
                                + "'5':{'BestLapTimes':{'0':{'Value':'1:17.900','Lap':2}}}}}",
                        "00:22:00.000", "{'Lines':{'4':{'BestLapTimes':{'0':{'Value':'1:16.100','Lap':5}}}}}",
                        // Race control deletes lap 5 (track limits): the best reverts, Value without Lap.
                        "00:23:00.000", "{'Lines':{'4':{'BestLapTimes':{'0':{'Value':'1:16.500'}}}}}",
                        // Car 5's only time deleted during Q1: cleared, nothing to revert to.
                        "00:23:30.000", "{'Lines':{'5':{'BestLapTimes':{'0':{'Value':'','_deleted':['Lap']}}}}}",
                        "00:40:00.000", "{'SessionPart':2}",
                        // Start of Q2: the feed clears the Q1 bests; not a deletion.
                        "00:40:00.100", "{'Lines':{'4':{'BestLapTimes':{'0':{'Value':'','_deleted':['Lap']}}}}}",
                        "00:45:00.000", "{'Lines':{'4':{'BestLapTimes':{'1':{'Value':'1:15.950','Lap':9}}}}}")
                .build();
        SegmentBests car4 = s.segmentBests().get(4);
        assertThat(car4.timesMs()).containsExactly(76_500, 75_950, null);
        assertThat(car4.laps()).containsExactly(3, 9, null);
        assertThat(car4.reached()).isEqualTo(2);
        assertThat(s.segmentBests()).doesNotContainKey(5);
    }

    @Test
    @DisplayName("stints come from pit in/out laps: unreliable TotalLaps, a first stint record after lap 1 and a"
            + " trailing 0-lap stint after a red flag do not add stints or pit stops")
    void stintsFromPitLaps() {
        LiveTimingSession s = raceWithRedFlagStints();
        List<ArchiveLap> laps = s.lapsOf(16);
        assertThat(laps).extracting(ArchiveLap::lap).containsExactly(1, 2, 3, 4, 5);
        assertThat(laps).extracting(ArchiveLap::stint).containsExactly(1, 1, 1, 2, 2);
        assertThat(laps).extracting(ArchiveLap::compound).containsExactly("SOFT", "SOFT", "SOFT", "MEDIUM",
                "MEDIUM");
        assertThat(laps).extracting(ArchiveLap::tyreLife).containsExactly(4, 5, 6, 1, 2);
        assertThat(laps).extracting(ArchiveLap::freshTyre).containsExactly(false, false, false, true, true);
        assertThat(laps.stream().filter(ArchiveLap::pitIn)).hasSize(1);
        assertThat(laps.stream().filter(ArchiveLap::pitOut)).extracting(ArchiveLap::lap).containsExactly(4);
        assertThat(laps).extracting(ArchiveLap::lapTimeMs).containsExactly(null, 90_100, 95_000, 99_000, 90_050);
        assertThat(laps.get(2).sector3Ms()).isEqualTo(34_000);
        assertThat(laps).extracting(ArchiveLap::trackStatus).containsExactly("1", "1", "15", "1", "1");
    }

    @Test
    @DisplayName("LapCount: a record with TotalLaps and no CurrentLap changes the race distance mid-race")
    void lapCountChangesDistance() {
        LiveTimingSession s = raceWithRedFlagStints();
        assertThat(s.totalLaps()).isEqualTo(5);
        // Nothing after the car took the shortened race's flag on lap 5 becomes a sixth lap.
        assertThat(s.lapsOf(16)).hasSize(5);
    }

    private LiveTimingSession raceWithRedFlagStints() {
        return new ArchiveFixture(dir, 2022, SessionType.RACE)
                .topic("SessionStatus", "00:00:06.000", "{'Status':'Inactive'}", "00:30:00.000",
                        "{'Status':'Started'}", "00:35:00.000", "{'Status':'Aborted'}", "00:50:00.000",
                        "{'Status':'Started'}", "01:00:00.000", "{'Status':'Finished'}", "01:03:00.000",
                        "{'Status':'Finalised'}")
                .topic("LapCount", "00:00:05.453", "{'CurrentLap':1,'TotalLaps':6}", "00:31:40.000",
                        "{'CurrentLap':2}", "00:52:00.000", "{'TotalLaps':5}")
                .topic("TrackStatus", "00:00:00.000", "{'Status':'1','Message':'AllClear'}", "00:34:30.000",
                        "{'Status':'5','Message':'Red'}", "00:50:00.000", "{'Status':'1','Message':'AllClear'}")
                .topic("TimingData",
                        "00:00:05.969", "{'Lines':{'16':{'InPit':true,'NumberOfLaps':0,'Sectors':[{'Value':''},"
                                + "{'Value':''},{'Value':''}],'LastLapTime':{'Value':''}}}}",
                        "00:11:37.320", "{'Lines':{'16':{'InPit':false}}}",
                        "00:30:40.000", "{'Lines':{'16':{'Sectors':{'1':{'Value':'30.000'}}}}}",
                        "00:31:40.000", "{'Lines':{'16':{'NumberOfLaps':1,'Sectors':{'2':{'Value':'29.000'}}}}}",
                        "00:32:10.000", "{'Lines':{'16':{'Sectors':{'0':{'Value':'31.000'},'1':{'Value':''},"
                                + "'2':{'Value':''}}}}}",
                        "00:32:40.100", "{'Lines':{'16':{'Sectors':{'1':{'Value':'30.100'}}}}}",
                        "00:33:10.100", "{'Lines':{'16':{'NumberOfLaps':2,'Sectors':{'2':{'Value':'29.000'}},"
                                + "'LastLapTime':{'Value':'1:30.100'}}}}",
                        // Sector 3 arrives 2 s after the line: it belongs to lap 3 (the 5 s rule).
                        "00:33:41.000", "{'Lines':{'16':{'Sectors':{'0':{'Value':'31.000'},'1':{'Value':''},"
                                + "'2':{'Value':''}}}}}",
                        "00:34:11.000", "{'Lines':{'16':{'Sectors':{'1':{'Value':'30.000'}}}}}",
                        "00:34:45.100", "{'Lines':{'16':{'NumberOfLaps':3,'InPit':true,'LastLapTime':"
                                + "{'Value':'1:35.000'}}}}",
                        "00:34:47.100", "{'Lines':{'16':{'Sectors':{'2':{'Value':'34.000'}}}}}",
                        // Red flag: in the pit lane until the restart, new tyres.
                        "00:50:30.000", "{'Lines':{'16':{'InPit':false}}}",
                        "00:51:00.000", "{'Lines':{'16':{'Sectors':{'0':{'Value':'40.000'}}}}}",
                        "00:51:39.000", "{'Lines':{'16':{'Sectors':{'1':{'Value':'30.000'}}}}}",
                        "00:52:09.000", "{'Lines':{'16':{'NumberOfLaps':4,'Sectors':{'2':{'Value':'29.000'}},"
                                + "'LastLapTime':{'Value':'1:39.000'}}}}",
                        "00:52:40.000", "{'Lines':{'16':{'Sectors':{'0':{'Value':'31.000'},'1':{'Value':''},"
                                + "'2':{'Value':''}}}}}",
                        "00:53:10.050", "{'Lines':{'16':{'Sectors':{'1':{'Value':'30.050'}}}}}",
                        "00:53:39.050", "{'Lines':{'16':{'NumberOfLaps':5,'Sectors':{'2':{'Value':'29.000'}},"
                                + "'LastLapTime':{'Value':'1:30.050'}}}}",
                        // The in-lap after the flag: sector 1 of a cool-down lap, never a sixth lap.
                        "00:54:20.000", "{'Lines':{'16':{'Sectors':{'0':{'Value':'41.000'}}}}}",
                        "00:55:30.000", "{'Lines':{'16':{'InPit':true}}}")
                .topic("TimingAppData",
                        "00:00:03.546", "{'Lines':{'16':{'RacingNumber':'16','Stints':[]}}}",
                        // The first stint record only arrives during lap 2, with a TotalLaps that is wrong.
                        "00:32:30.000", "{'Lines':{'16':{'Stints':{'0':{'Compound':'SOFT','New':'false',"
                                + "'TyresNotChanged':'0','TotalLaps':9,'StartLaps':3,'LapFlags':0}}}}}",
                        "00:50:20.000", "{'Lines':{'16':{'Stints':{'1':{'Compound':'MEDIUM','New':'true',"
                                + "'TotalLaps':0,'StartLaps':0}}}}}",
                        "00:52:20.000", "{'Lines':{'16':{'Stints':{'1':{'TotalLaps':7}}}}}",
                        // A trailing 0-lap stint after the flag.
                        "00:55:40.000", "{'Lines':{'16':{'Stints':{'2':{'Compound':'MEDIUM','New':'false',"
                                + "'TotalLaps':2,'StartLaps':2}}}}}")
                .build();
    }

    @Test
    @DisplayName("2018 compound names map to the weekend-relative SOFT/MEDIUM/HARD, keeping the original name, and the"
            + " long-run calculator then uses those laps")
    void compounds2018() {
        assertThat(Compounds.weekendRelative(2018, Map.of("ULTRASOFT", 40, "SUPERSOFT", 30, "SOFT", 12,
                "INTERMEDIATE", 3))).containsEntry("ULTRASOFT", "SOFT").containsEntry("SUPERSOFT", "MEDIUM")
                .containsEntry("SOFT", "HARD").containsEntry("INTERMEDIATE", "INTERMEDIATE");
        // Two seen: the nomination is the three consecutive steps from the softest seen.
        assertThat(Compounds.weekendRelative(2018, Map.of("HYPERSOFT", 5, "ULTRASOFT", 9)))
                .containsExactlyInAnyOrderEntriesOf(Map.of("HYPERSOFT", "SOFT", "ULTRASOFT", "MEDIUM"));
        assertThat(Compounds.weekendRelative(2019, Map.of("SOFT", 5, "HARD", 2)))
                .containsExactlyInAnyOrderEntriesOf(Map.of("SOFT", "SOFT", "HARD", "HARD"));

        List<String> lines = new ArrayList<>(List.of("00:00:05.000", "{'Lines':{'7':{'InPit':true}}}",
                "00:01:00.000", "{'Lines':{'7':{'InPit':false,'NumberOfLaps':1}}}"));
        long t = 60_000;
        int[] times = {95_000, 80_400, 80_300, 80_500, 80_200, 80_600, 80_100, 90_000};
        for (int i = 0; i < times.length; i++) {
            t += times[i];
            lines.add(stamp(t));
            lines.add("{'Lines':{'7':{'NumberOfLaps':" + (i + 2) + ",'LastLapTime':{'Value':'" + lap(times[i])
                    + "'}}}}");
        }
        LiveTimingSession s = new ArchiveFixture(dir, 2018, SessionType.FP2)
                .topic("TimingData", lines.toArray(String[]::new))
                .topic("TimingAppData", "00:00:03.000", "{'Lines':{'7':{'Stints':[{'Compound':'ULTRASOFT',"
                        + "'New':'true','StartLaps':0,'TotalLaps':0}]}}}")
                .build()
                .withCompounds(Compounds.weekendRelative(2018, Map.of("ULTRASOFT", 30, "SUPERSOFT", 20,
                        "SOFT", 8)));
        assertThat(s.laps()).hasSize(8).allMatch(l -> "SOFT".equals(l.compound())
                && "ULTRASOFT".equals(l.compoundName()));
        RaceKey key = RaceKey.of(2018, 6);
        List<PracticeLap> practice = s.laps().stream().map(l -> new PracticeLap(DriverId.of("raikkonen"), l.lap(),
                l.lapTimeMs(), l.compound(), l.stint())).toList();
        List<LongRun> runs = LongRunCalculator.compute(key, practice);
        // Laps 3-7 kept (first two and last dropped), +500 ms SOFT offset: 80,800 81,000 80,700 81,100 80,600.
        assertThat(runs).hasSize(1);
        assertThat(runs.get(0).compound()).isEqualTo("SOFT");
        assertThat(runs.get(0).medianLapMs()).isEqualTo(80_800);
        assertThat(runs.get(0).stintLength()).isEqualTo(5);
        LapTime stored = new LapTime(key, RaceType.GRAND_PRIX, DriverId.of("raikkonen"), 2, 80_400, null, null,
                null, null, s.laps().get(1).compound(), s.laps().get(1).tyreLife(), true, false, false, 1, "1", null);
        assertThat(stored.compound()).isEqualTo("SOFT");
    }

    private static String stamp(long ms) {
        return String.format("%02d:%02d:%02d.%03d", ms / 3_600_000, ms / 60_000 % 60, ms / 1000 % 60, ms % 1000);
    }

    private static String lap(int ms) {
        return String.format("%d:%02d.%03d", ms / 60_000, ms / 1000 % 60, ms % 1000);
    }

    @Test
    @DisplayName("season index missing (2018: 403): the path is derived; a pretty-printed CRLF index with BOM parses")
    void missingAndPrettyIndexes() {
        List<URI> asked = new ArrayList<>();
        Fetcher noIndex = request -> {
            asked.add(request.uri());
            throw new HttpStatusException(request.uri(), 403, 1, "<Error><Code>AccessDenied</Code></Error>", null);
        };
        LiveTimingClient client = LiveTimingClient.builder(noIndex).baseUri(URI.create("https://archive.test/static/"))
                .build();
        ArchiveSession race = client.findSession(2018, "São Paulo Grand Prix", LocalDate.of(2018, 11, 11),
                SessionType.RACE, Instant.parse("2018-11-11T17:10:00Z")).orElseThrow();
        assertThat(race.path()).isEqualTo("2018/2018-11-11_São_Paulo_Grand_Prix/2018-11-11_Race/");
        assertThat(client.load(race, java.util.EnumSet.of(LiveTimingTopic.TIMING_DATA)).missingTopics())
                .containsExactly(LiveTimingTopic.TIMING_DATA);
        assertThat(asked).extracting(URI::toString).containsExactly(
                "https://archive.test/static/2018/Index.json",
                "https://archive.test/static/2018/2018-11-11_S%C3%A3o_Paulo_Grand_Prix/2018-11-11_Race/"
                        + "TimingData.jsonStream");
        assertThat(client.findSession(2021, "Sprint Test", LocalDate.of(2021, 7, 18), SessionType.SPRINT,
                Instant.parse("2021-07-17T15:30:00Z")).orElseThrow().path())
                .isEqualTo("2021/2021-07-18_Sprint_Test/2021-07-17_Sprint_Qualifying/");

        String pretty = "\uFEFF{\r\n  \"Year\": 2020,\r\n  \"Meetings\": [\r\n    {\r\n      \"Name\": \"Styrian Grand"
                + " Prix\",\r\n      \"Sessions\": [\r\n        {\"Key\": 5752, \"Type\": \"Race\", \"Name\": \"Race\","
                + "\r\n         \"StartDate\": \"2020-07-12T15:10:00\", \"EndDate\": \"2020-07-12T17:10:00\","
                + " \"GmtOffset\": \"02:00:00\", \"Path\": \"2020/2020-07-12_Styrian_Grand_Prix/2020-07-12_Race/\"},"
                + "\r\n        {\"Key\": -1, \"Type\": \"Race\"}\r\n      ]\r\n    }\r\n  ]\r\n}\r\n";
        Fetcher index = request -> new FetchResponse(request.uri(), 200, Map.of(),
                pretty.getBytes(StandardCharsets.UTF_8), pretty.length(), Duration.ZERO, false);
        List<ArchiveSession> sessions = LiveTimingClient.builder(index).build().seasonIndex(2020).orElseThrow();
        assertThat(sessions).hasSize(1);
        assertThat(sessions.get(0).start()).isEqualTo(Instant.parse("2020-07-12T13:10:00Z"));
    }

    @Test
    @DisplayName(".z topics: base64 raw DEFLATE inflated, refused beyond the cap; a bad prefix names the line")
    void compressedAndMalformed() {
        String json = "{\"Entries\":[{\"Utc\":\"2020-08-08T09:45:03.0619797Z\",\"Cars\":{\"44\":{\"Channels\":"
                + "{\"0\":11141,\"2\":315}}}}]}" + " ".repeat(5000);
        java.util.zip.Deflater d = new java.util.zip.Deflater(9, true);
        d.setInput(json.getBytes(StandardCharsets.UTF_8));
        d.finish();
        byte[] buf = new byte[8192];
        int n = d.deflate(buf);
        String b64 = java.util.Base64.getEncoder().encodeToString(java.util.Arrays.copyOf(buf, n));
        byte[] file = ("\uFEFF00:01:00.000\"" + b64 + "\"\n").getBytes(StandardCharsets.UTF_8);
        URI uri = URI.create("https://archive.test/CarData.z.jsonStream");
        var records = org.f1pipeline.source.livetiming.internal.StreamFormat.records(uri, file, true, 1 << 20);
        assertThat(records.get(0).timeMs()).isEqualTo(60_000);
        assertThat(records.get(0).data().at("/Entries/0/Cars/44/Channels/2").asInt()).isEqualTo(315);
        assertThatThrownBy(() -> org.f1pipeline.source.livetiming.internal.StreamFormat.records(uri, file, true,
                2048)).isInstanceOf(SourceFormatException.class).hasMessageContaining("more than 2048 bytes");
        byte[] bad = "00:01:00{\"a\":1}\r\n".getBytes(StandardCharsets.UTF_8);
        assertThatThrownBy(() -> org.f1pipeline.source.livetiming.internal.StreamFormat.records(uri, bad, false,
                1024)).isInstanceOf(SourceFormatException.class).hasMessageContaining("line 1");
    }
}
