package org.f1pipeline.testkit.synthetic;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.f1pipeline.domain.EventFormat;
import org.f1pipeline.domain.SessionType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Era shapes, the demo season, scoring, statuses and determinism of the synthetic history. */
class SyntheticHistoryTest {
    private final SyntheticHistory history = SyntheticHistory.standard();

    @Test
    void demoSeasonHasTheAgreedSize() {
        SyntheticSeason s = history.demoSeason();
        assertThat(s.rounds()).hasSize(24);
        assertThat(s.rounds().stream().filter(SyntheticRound::hasSprint)).hasSize(6);
        assertThat(s.constructors()).hasSize(10);
        s.rounds().forEach(r -> assertThat(r.entries()).hasSize(20));
        assertThat(s.completedRounds(SyntheticHistory.DEMO_TODAY)).hasSize(12);
        assertThat(s.round(5).format()).isEqualTo(EventFormat.SPRINT_QUALIFYING);
    }

    @Test
    void sprintFormatsAndCountsByEra() {
        assertThat(sprints(2021)).hasSize(3).allMatch(f -> f == EventFormat.SPRINT);
        assertThat(sprints(2022)).hasSize(3).allMatch(f -> f == EventFormat.SPRINT);
        assertThat(sprints(2023)).hasSize(6).allMatch(f -> f == EventFormat.SPRINT_SHOOTOUT);
        for (int y = 2024; y <= 2026; y++) {
            assertThat(sprints(y)).hasSize(6).allMatch(f -> f == EventFormat.SPRINT_QUALIFYING);
        }
        assertThat(sprints(2019)).isEmpty();
        SyntheticRound baku = history.season(2023).round(4);
        assertThat(baku.session(SessionType.SPRINT_QUALIFYING).name()).isEqualTo("Sprint Shootout");
        assertThat(baku.session(SessionType.SPRINT_QUALIFYING).jolpicaKey(2023)).isEqualTo("SprintShootout");
    }

    private List<EventFormat> sprints(int year) {
        return history.season(year).rounds().stream().filter(SyntheticRound::hasSprint).map(SyntheticRound::format).toList();
    }

    @ParameterizedTest
    @ValueSource(ints = {1950, 1958, 1966, 1977, 1985, 1994, 1999, 2005, 2009, 2012, 2016, 2020, 2023, 2026})
    void everySeasonHasARealisticShape(int year) {
        SyntheticSeason s = history.season(year);
        int rounds = s.rounds().size();
        if (year < 1960) {
            assertThat(rounds).isBetween(7, 11);
        } else if (year >= 1980 && year < 2010) {
            assertThat(rounds).isBetween(16, 19);
        } else if (year >= 2010 && year < 2020) {
            assertThat(rounds).isBetween(19, 21);
        } else if (year >= 2021) {
            assertThat(rounds).isBetween(22, 24);
        }
        int field = s.round(1).entries().size();
        assertThat(field).isBetween(20, 26);
        assertThat(s.round(1).entries().stream().map(Entry::number).distinct()).hasSize(field);
        assertThat(s.round(1).entries().stream().map(Entry::driverId).distinct()).hasSize(field);
        for (SyntheticRound r : s.rounds()) {
            assertThat(r.raceLaps()).isBetween(44, 78);
            assertThat(r.results()).hasSize(field);
            assertThat(r.results().get(0).position()).isEqualTo(1);
            assertThat(r.results().get(0).points()).isGreaterThanOrEqualTo(Eras.racePoints(year).get(0));
            assertThat(r.results().get(0).status()).isEqualTo("Finished");
        }
        // One swap and one stand-in per season: more drivers than seats, and someone changes team.
        assertThat(s.drivers().size()).isGreaterThan(field);
        assertThat(s.driverStandings(rounds).stream().anyMatch(st -> st.constructors().size() > 1)).isTrue();
    }

    @Test
    void statusesFollowTheEra() {
        Set<String> modern = statuses(2025);
        assertThat(Set.of("Finished", "Lapped", "Retired", "Disqualified", "Did not start")).containsAll(modern);
        assertThat(statuses(2005)).anyMatch(st -> st.matches("\\+\\d+ Laps?"));
        assertThat(statuses(2005)).doesNotContain("Lapped");
        assertThat(statuses(1975)).containsAnyOf("Engine", "Gearbox", "Collision", "Accident", "Suspension");
    }

    private Set<String> statuses(int year) {
        return history.season(year).rounds().stream().flatMap(r -> r.results().stream()).map(ResultRow::status)
                .collect(Collectors.toSet());
    }

    @Test
    void pointsTablesByEra() {
        assertThat(Eras.racePoints(2024)).startsWith(25, 18, 15);
        assertThat(Eras.racePoints(2005)).startsWith(10, 8, 6);
        assertThat(Eras.racePoints(1995)).startsWith(10, 6, 4);
        assertThat(Eras.sprintPoints(2021)).containsExactly(3, 2, 1);
        assertThat(Eras.sprintPoints(2022)).startsWith(8, 7).hasSize(8);
        SyntheticRound sprint = history.season(2021).rounds().stream().filter(SyntheticRound::hasSprint).findFirst().orElseThrow();
        assertThat(sprint.sprintResults().get(0).points()).isEqualTo(3);
        // 2021-22: the sprint result is the grand-prix grid.
        assertThat(sprint.results().stream().filter(r -> r.grid() == 1).findFirst().orElseThrow().entry())
                .isEqualTo(sprint.sprintResults().get(0).entry());
    }

    @Test
    void qualifyingFormatsByEra() {
        QualifyingRow knockout = history.season(2024).round(1).qualifying().get(0);
        assertThat(knockout.q1()).isNotNull();
        assertThat(knockout.q3()).isNotNull();
        assertThat(history.season(2024).round(1).qualifying().get(19).q2()).isNull();
        QualifyingRow single = history.season(2000).round(1).qualifying().get(0);
        assertThat(single.q2()).isNull();
        assertThat(history.season(1985).round(1).qualifying()).isEmpty();
    }

    @Test
    void lapsAreRealisticAndAgreeWithTheClassification() {
        SyntheticSeason s = history.season(2024);
        SessionData race = s.sessionData(3, SessionType.RACE);
        ResultRow winner = s.round(3).results().get(0);
        List<LapRow> laps = race.lapsOf(winner.entry().number());
        assertThat(laps).hasSize(winner.laps());
        assertThat(laps.stream().mapToLong(LapRow::lapMs).sum()).isEqualTo(winner.millis());
        assertThat(laps.get(laps.size() - 1).position()).isEqualTo(1);
        race.laps().stream().filter(l -> l.lap() > 1 && !l.pitIn() && !l.pitOut() && l.trackStatus().equals("1"))
                .forEach(l -> assertThat(l.lapMs()).isBetween(70_000L, 115_000L));
        laps.forEach(l -> assertThat(l.s1() + l.s2() + l.s3()).isEqualTo(l.lapMs()));
        assertThat(race.stints()).isNotEmpty();
        assertThat(race.pitStops()).isNotEmpty();
        assertThat(race.weather()).isNotEmpty();
        SessionData fp2 = s.sessionData(3, SessionType.FP2);
        assertThat(fp2.stints().stream().anyMatch(st -> st.lapEnd() - st.lapStart() >= 9)).as("FP2 long run").isTrue();
    }

    @Test
    void safetyCarsAndWetRacesHappenSometimes() {
        long sc = 0;
        long wet = 0;
        for (int y = 2018; y <= 2026; y++) {
            SyntheticSeason s = history.season(y);
            for (SyntheticRound r : s.rounds()) {
                wet += s.wet(r, SessionType.RACE) ? 1 : 0;
            }
            sc += s.rounds().stream().limit(3).filter(r -> s.sessionData(r.round(), SessionType.RACE).trackStatus()
                    .stream().anyMatch(t -> t.code().equals("4"))).count();
        }
        assertThat(sc).isPositive();
        assertThat(wet).isPositive();
    }

    @Test
    void aFreshHistoryGivesTheSameFacts() {
        SyntheticSeason a = new SyntheticHistory().season(2012);
        SyntheticSeason b = new SyntheticHistory().season(2012);
        assertThat(a.round(7).results()).isEqualTo(b.round(7).results());
        assertThat(a.sessionData(7, SessionType.RACE).laps()).isEqualTo(b.sessionData(7, SessionType.RACE).laps());
    }

    @Test
    void timeFormatsMatchJolpica() {
        assertThat(TimeFormats.lapTime(83_456)).isEqualTo("1:23.456");
        assertThat(TimeFormats.lapTime(59_043)).isEqualTo("59.043");
        assertThat(TimeFormats.lapTime(5_133_607)).isEqualTo("1:25:33.607");
        assertThat(TimeFormats.streamPrefix(3_723_004)).isEqualTo("01:02:03.004");
    }
}
