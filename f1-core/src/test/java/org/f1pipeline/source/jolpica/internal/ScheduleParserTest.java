package org.f1pipeline.source.jolpica.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.f1pipeline.domain.EventFormat;
import org.f1pipeline.domain.Race;
import org.f1pipeline.domain.RaceKey;
import org.f1pipeline.domain.RaceStatus;
import org.f1pipeline.domain.SessionType;
import org.f1pipeline.fetch.SourceFormatException;
import org.f1pipeline.source.jolpica.JolpicaJson;
import org.f1pipeline.source.jolpica.RealRecordings;
import org.f1pipeline.source.jolpica.ScheduledRace;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class ScheduleParserTest {

    private static List<ScheduledRace> parse(String json) {
        return ScheduleParser.parse(JolpicaJson.envelope(JolpicaJson.parse(json), "schedule", "RaceTable"));
    }

    /** A one-race schedule page with the given session members (synthetic, shaped like section 1.8). */
    private static String schedule(int season, String date, String time, String sessions) {
        return """
            {"MRData":{"xmlns":"","series":"f1","url":"https://api.jolpi.ca/ergast/f1/%1$d.json","limit":"100",
             "offset":"0","total":"1","RaceTable":{"season":"%1$d","Races":[{"season":"%1$d","round":"5",
             "url":"https://en.wikipedia.org/wiki/X","raceName":"Test Grand Prix",
             "Circuit":{"circuitId":"shanghai","url":"https://example.org","circuitName":"Test International Circuit",
              "Location":{"lat":"31.3389","long":"121.22","locality":"Shanghai","country":"China"}},
             "date":"%2$s"%3$s%4$s}]}}}
            """.formatted(season, date, time == null ? "" : ",\"time\":\"" + time + "\"",
                sessions.isEmpty() ? "" : "," + sessions);
    }

    @Nested
    @DisplayName("real 2023 schedule (an Ergast capture)")
    class Real2023 {

        private List<ScheduledRace> races() {
            return ScheduleParser.parse(RealRecordings.envelope("races/2023.json", "schedule", "RaceTable"));
        }

        @Test
        @DisplayName("has 22 scheduled rounds with circuits")
        void rounds() {
            List<ScheduledRace> races = races();
            assertThat(races).hasSize(22);
            assertThat(races).allSatisfy(r -> assertThat(r.race().status()).isEqualTo(RaceStatus.SCHEDULED));
            ScheduledRace bahrain = races.get(0);
            assertThat(bahrain.race().key()).isEqualTo(RaceKey.of(2023, 1));
            assertThat(bahrain.race().name()).isEqualTo("Bahrain Grand Prix");
            assertThat(bahrain.circuit().id().value()).isEqualTo("bahrain");
            assertThat(bahrain.circuit().latitude()).isEqualTo(26.0325);
            assertThat(bahrain.circuit().longitude()).isEqualTo(50.5106);
            assertThat(bahrain.circuit().locality()).isEqualTo("Sakhir");
            assertThat(bahrain.race().date()).isEqualTo(LocalDate.of(2023, 3, 5));
        }

        @Test
        @DisplayName("a conventional weekend maps FP1-FP3, qualifying and race by name")
        void conventional() {
            Race bahrain = races().get(0).race();
            assertThat(bahrain.format()).isEqualTo(EventFormat.CONVENTIONAL);
            assertThat(bahrain.sessionStarts()).containsOnlyKeys(SessionType.FP1, SessionType.FP2, SessionType.FP3,
                    SessionType.QUALIFYING, SessionType.RACE);
            assertThat(bahrain.sessionStart(SessionType.FP2)).contains(Instant.parse("2023-03-03T15:00:00Z"));
            assertThat(bahrain.sessionStart(SessionType.QUALIFYING)).contains(Instant.parse("2023-03-04T15:00:00Z"));
            assertThat(bahrain.sessionStart(SessionType.RACE)).contains(Instant.parse("2023-03-05T15:00:00Z"));
        }

        @Test
        @DisplayName("Ergast's SecondPractice on a 2023 sprint weekend is the sprint shootout")
        void mislabelledShootout() {
            Race baku = races().get(3).race();
            assertThat(baku.name()).isEqualTo("Azerbaijan Grand Prix");
            assertThat(baku.format()).isEqualTo(EventFormat.SPRINT_SHOOTOUT);
            assertThat(baku.sessionStarts()).doesNotContainKeys(SessionType.FP2, SessionType.FP3);
            assertThat(baku.sessionStart(SessionType.QUALIFYING)).contains(Instant.parse("2023-04-28T13:00:00Z"));
            assertThat(baku.sessionStart(SessionType.SPRINT_QUALIFYING))
                    .contains(Instant.parse("2023-04-29T09:30:00Z"));
            assertThat(baku.sessionStart(SessionType.SPRINT)).contains(Instant.parse("2023-04-29T13:30:00Z"));
        }

        @Test
        @DisplayName("six 2023 rounds are sprint weekends")
        void sprintCount() {
            assertThat(races()).filteredOn(r -> r.race().isSprintWeekend())
                    .extracting(r -> r.race().key().round()).containsExactly(4, 9, 12, 17, 18, 20);
        }
    }

    @Test
    @DisplayName("Jolpica's 2023 SprintShootout key gives the shootout session")
    void jolpicaShootout() {
        Race race = parse(schedule(2023, "2023-04-30", "11:00:00Z", """
            "FirstPractice":{"date":"2023-04-28","time":"09:30:00Z"},
            "Qualifying":{"date":"2023-04-28","time":"13:00:00Z"},
            "Sprint":{"date":"2023-04-29","time":"13:30:00Z"},
            "SprintShootout":{"date":"2023-04-29","time":"09:30:00Z"}""")).get(0).race();
        assertThat(race.format()).isEqualTo(EventFormat.SPRINT_SHOOTOUT);
        assertThat(race.sessionStart(SessionType.SPRINT_QUALIFYING)).contains(Instant.parse("2023-04-29T09:30:00Z"));
        assertThat(race.sessionStarts()).containsOnlyKeys(SessionType.FP1, SessionType.QUALIFYING,
                SessionType.SPRINT, SessionType.SPRINT_QUALIFYING, SessionType.RACE);
    }

    @Test
    @DisplayName("2024 sprint weekend (as in the recorded 2024 Chinese GP) has SprintQualifying before the sprint")
    void sprintQualifying2024() {
        Race race = parse(schedule(2024, "2024-04-21", "07:00:00Z", """
            "FirstPractice":{"date":"2024-04-19","time":"03:30:00Z"},
            "Qualifying":{"date":"2024-04-20","time":"07:00:00Z"},
            "Sprint":{"date":"2024-04-20","time":"03:00:00Z"},
            "SprintQualifying":{"date":"2024-04-19","time":"07:30:00Z"}""")).get(0).race();
        assertThat(race.format()).isEqualTo(EventFormat.SPRINT_QUALIFYING);
        assertThat(race.sessionStart(SessionType.SPRINT_QUALIFYING)).contains(Instant.parse("2024-04-19T07:30:00Z"));
        assertThat(race.sessionStart(SessionType.SPRINT)).contains(Instant.parse("2024-04-20T03:00:00Z"));
        assertThat(race.sessionStart(SessionType.QUALIFYING)).contains(Instant.parse("2024-04-20T07:00:00Z"));
        assertThat(race.sessionStart(SessionType.RACE)).contains(Instant.parse("2024-04-21T07:00:00Z"));
    }

    @Test
    @DisplayName("a 2021-22 sprint weekend keeps SecondPractice as FP2 and has no sprint qualifying")
    void sprint2021() {
        Race race = parse(schedule(2021, "2021-07-18", "14:00:00Z", """
            "FirstPractice":{"date":"2021-07-16","time":"13:30:00Z"},
            "SecondPractice":{"date":"2021-07-17","time":"12:00:00Z"},
            "Qualifying":{"date":"2021-07-16","time":"17:00:00Z"},
            "Sprint":{"date":"2021-07-17","time":"16:30:00Z"}""")).get(0).race();
        assertThat(race.format()).isEqualTo(EventFormat.SPRINT);
        assertThat(race.sessionStart(SessionType.FP2)).contains(Instant.parse("2021-07-17T12:00:00Z"));
        assertThat(race.sessionStart(SessionType.QUALIFYING)).contains(Instant.parse("2021-07-16T17:00:00Z"));
        assertThat(race.sessionStarts()).doesNotContainKey(SessionType.SPRINT_QUALIFYING);
    }

    @Test
    @DisplayName("an old race with only a date has no session starts and falls back to the race day")
    void oldRaceWithoutTime() {
        Race race = parse(schedule(1979, "1979-01-21", null, "")).get(0).race();
        assertThat(race.format()).isEqualTo(EventFormat.CONVENTIONAL);
        assertThat(race.sessionStarts()).isEmpty();
        assertThat(race.startOf(org.f1pipeline.domain.RaceType.GRAND_PRIX))
                .isEqualTo(Instant.parse("1979-01-21T00:00:00Z"));
    }

    @Test
    @DisplayName("a session with a date but no time is left out rather than guessed")
    void sessionWithoutTime() {
        Race race = parse(schedule(2005, "2005-03-06", "03:00:00Z", """
            "Qualifying":{"date":"2005-03-05"}""")).get(0).race();
        assertThat(race.sessionStarts()).containsOnlyKeys(SessionType.RACE);
    }

    @Test
    @DisplayName("a race without round is a format error naming the URL and JSON path")
    void missingRound() {
        String json = schedule(2024, "2024-04-21", "07:00:00Z", "").replace("\"round\":\"5\",", "");
        assertThatThrownBy(() -> parse(json)).isInstanceOf(SourceFormatException.class)
                .hasMessageContaining("https://api.jolpi.ca/ergast/f1/2024.json")
                .hasMessageContaining("schedule")
                .hasMessageContaining("missing required field MRData.RaceTable.Races[0].round");
    }

    @Test
    @DisplayName("a malformed session time names the race and the session path")
    void badSessionTime() {
        String json = schedule(2024, "2024-04-21", "07:00:00Z", """
            "Sprint":{"date":"2024-04-20","time":"3 pm"}""");
        assertThatThrownBy(() -> parse(json)).isInstanceOf(SourceFormatException.class)
                .hasMessageContaining("schedule race 2024-05")
                .hasMessageContaining("MRData.RaceTable.Races[0].Sprint.time");
    }
}
