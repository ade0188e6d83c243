package org.f1pipeline.source.livetiming;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.f1pipeline.domain.SessionType;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The real archive recordings of {@code shared/realdata/livetiming} (skipped when absent): every session parses and
 * builds, and the results agree with the real classification where one is recorded.
 */
class RealArchiveTest {

    private static Path session(String relative) {
        return RealArchive.root().resolve("livetiming").resolve(relative);
    }

    @Test
    @DisplayName("every recorded session parses and builds: cars, laps with times, no telemetry read")
    void everySessionParses() {
        List<Path> sessions = RealArchive.sessions();
        assertThat(sessions).hasSize(7);
        for (Path p : sessions) {
            LiveTimingSession s = RealArchive.load(p);
            assertThat(s.drivers()).as(p.toString()).hasSizeBetween(19, 20);
            assertThat(s.drivers()).as(p.toString()).allMatch(d -> d.tla() != null && d.teamName() != null);
            assertThat(s.missingTopics()).doesNotContain(LiveTimingTopic.CAR_DATA, LiveTimingTopic.POSITION);
            if (s.missingTopics().contains(LiveTimingTopic.TIMING_DATA)) {
                // 2021 British GP: the recording has no TimingData; the other topics still build.
                assertThat(s.laps()).isEmpty();
                assertThat(s.weather()).isNotEmpty();
                assertThat(s.raceControl()).isNotEmpty();
                continue;
            }
            assertThat(s.laps()).as(p.toString()).hasSizeGreaterThan(200);
            assertThat(s.laps().stream().filter(l -> l.lapTimeMs() != null).count()).as(p.toString())
                    .isGreaterThan(s.laps().size() / 2);
            assertThat(s.laps()).allMatch(l -> l.lapTimeMs() == null || l.lapTimeMs() > 60_000);
        }
    }

    @Test
    @DisplayName("2023 Baku sprint: laps per car and every car's fastest lap equal Jolpica's classification")
    void bakuSprintMatchesJolpica() throws IOException {
        LiveTimingSession s = RealArchive.load(session(
                "2023/2023-04-30_Azerbaijan_Grand_Prix/2023-04-29_Sprint"));
        assertThat(s.session().type()).isEqualTo(SessionType.SPRINT);
        JsonNode races = new ObjectMapper().readTree(RealArchive.root()
                .resolve("jolpica/ergast_responses/sprint/2023@sprint.json").toFile())
                .path("MRData").path("RaceTable").path("Races");
        JsonNode round4 = null;
        for (JsonNode r : races) {
            if (r.path("round").asText().equals("4")) {
                round4 = r;
            }
        }
        assertThat(round4).isNotNull();
        Map<Integer, Long> counts = new TreeMap<>();
        s.laps().forEach(l -> counts.merge(l.carNumber(), 1L, Long::sum));
        int checkedFastest = 0;
        for (JsonNode row : round4.path("SprintResults")) {
            int car = row.path("number").asInt();
            int laps = row.path("laps").asInt();
            long ours = counts.getOrDefault(car, 0L);
            // A retirement may have one extra, unfinished lap (FastF1 keeps the lap the car stopped on).
            boolean finished = row.path("status").asText().equals("Finished");
            assertThat(ours).as("laps of car %s", car).isBetween((long) laps, finished ? laps : laps + 1L);
            JsonNode fl = row.path("FastestLap");
            if (!fl.isMissingNode()) {
                int lap = fl.path("lap").asInt();
                Integer ms = org.f1pipeline.source.livetiming.internal.Patches.millis(fl.path("Time").path("time")
                        .asText());
                ArchiveLap best = s.lapsOf(car).stream().filter(l -> l.lapTimeMs() != null)
                        .min(java.util.Comparator.comparingInt(ArchiveLap::lapTimeMs)).orElseThrow();
                assertThat(best.lapTimeMs()).as("fastest lap of car %s", car).isEqualTo(ms);
                assertThat(best.lap()).as("fastest lap number of car %s", car).isEqualTo(lap);
                checkedFastest++;
            }
        }
        assertThat(checkedFastest).isEqualTo(18);
        ArchiveLap fastest = s.fastestLap().orElseThrow();
        assertThat(fastest.carNumber()).isEqualTo(11);
        assertThat(fastest.lapTimeMs()).isEqualTo(103_616);
        assertThat(s.totalLaps()).isEqualTo(17);
        // VSC from 00:48:10 and SC from 00:51:23 to 00:57:01 (TrackStatus): laps 2-5 of the field.
        assertThat(s.lapsWithStatus("6")).isEqualTo(3);
        assertThat(s.lapsWithStatus("4")).isEqualTo(4);
        assertThat(s.lapsOf(16)).allMatch(l -> "MEDIUM".equals(l.compound()) && l.stint() == 1);
        assertThat(s.lapsOf(16).get(16).tyreLife()).isEqualTo(17);
    }

    @Test
    @DisplayName("qualifying segment bests equal the official Q1/Q2/Q3 times (2023 Baku, 2021 Mexico City)")
    void qualifyingSegments() {
        LiveTimingSession baku = RealArchive.load(session(
                "2023/2023-04-30_Azerbaijan_Grand_Prix/2023-04-28_Qualifying"));
        // Official classification: Leclerc 1:40.203, Verstappen 1:40.391, Perez 1:40.495, Sainz 1:41.016,
        // Hamilton 1:41.177, Alonso 1:41.253 in Q3.
        Map<Integer, Integer> q3 = Map.of(16, 100_203, 1, 100_391, 11, 100_495, 55, 101_016, 44, 101_177,
                14, 101_253);
        q3.forEach((car, ms) -> assertThat(baku.segmentBests().get(car).segment(3)).as("Q3 of %s", car)
                .isEqualTo(ms));
        assertThat(baku.segmentBests().values().stream().filter(b -> b.reached() == 3)).hasSize(10);
        assertThat(baku.segmentBests().values().stream().filter(b -> b.reached() >= 2)).hasSize(15);
        LiveTimingSession mexico = RealArchive.load(session(
                "2021/2021-11-07_Mexico_City_Grand_Prix/2021-11-06_Qualifying"));
        // Bottas's pole 1:15.875 on his 18th lap of the session (FastF1 numbering, pseudo out-lap dropped).
        assertThat(mexico.segmentBests().get(77).segment(3)).isEqualTo(75_875);
        assertThat(mexico.fastestLap().orElseThrow().carNumber()).isEqualTo(77);
        assertThat(mexico.weather()).hasSize(104);
        Map<Integer, Integer> reached = new HashMap<>();
        mexico.segmentBests().values().forEach(b -> reached.merge(b.reached(), 1, Integer::sum));
        assertThat(reached).containsEntry(3, 10).containsEntry(2, 5).containsEntry(1, 5);
    }

    @Test
    @DisplayName("the 2021 and 2023 season indexes (BOM, pretty-printed with CRLF) list every grand prix weekend")
    void seasonIndexes() throws IOException {
        Path i2021 = RealArchive.root().resolve("livetiming/2021/Index.json");
        assertThat(new String(Files.readAllBytes(i2021), java.nio.charset.StandardCharsets.UTF_8)).contains("\r\n");
        List<ArchiveSession> y2021 = LiveTimingFiles.seasonIndex(2021, i2021);
        assertThat(y2021.stream().filter(s -> s.type() == SessionType.RACE)).hasSize(22);
        assertThat(y2021.stream().filter(s -> s.type() == SessionType.SPRINT)).hasSize(3);
        ArchiveSession silverstoneSprint = LiveTimingClient.pick(y2021, "British Grand Prix",
                java.time.LocalDate.of(2021, 7, 18), SessionType.SPRINT).orElseThrow();
        assertThat(silverstoneSprint.name()).isEqualTo("Sprint Qualifying");
        assertThat(silverstoneSprint.start()).isEqualTo(java.time.Instant.parse("2021-07-17T15:30:00Z"));
        List<ArchiveSession> y2023 = LiveTimingFiles.seasonIndex(2023,
                RealArchive.root().resolve("livetiming/2023/Index.json"));
        assertThat(y2023.stream().filter(s -> s.type() == SessionType.SPRINT_QUALIFYING)).hasSize(6);
        assertThat(LiveTimingClient.pick(y2023, "Azerbaijan Grand Prix", java.time.LocalDate.of(2023, 4, 30),
                SessionType.SPRINT_QUALIFYING).orElseThrow().path())
                .isEqualTo("2023/2023-04-30_Azerbaijan_Grand_Prix/2023-04-29_Sprint_Shootout/");
    }

    @Test
    @DisplayName("OpenF1's recordings and the archive's share no session (Bahrain, Miami, Canada 2023 races vs Baku)")
    void noOverlapWithOpenF1() throws IOException {
        try (var s = Files.list(RealArchive.root().resolve("openf1/season=2023"))) {
            List<String> meetings = s.map(p -> p.getFileName().toString()).sorted().toList();
            assertThat(meetings).containsExactly("meeting_key=1141", "meeting_key=1208", "meeting_key=1212");
        }
        // Baku 2023 is meeting 1207 in both OpenF1 and the archive: not among the OpenF1 recordings.
        assertThat(LiveTimingFiles.sessionInfo(session("2023/2023-04-30_Azerbaijan_Grand_Prix/2023-04-29_Sprint"))
                .name()).isEqualTo("Sprint");
    }
}
