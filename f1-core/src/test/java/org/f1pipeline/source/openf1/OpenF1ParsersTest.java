package org.f1pipeline.source.openf1;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import org.f1pipeline.domain.SessionType;
import org.f1pipeline.fetch.SourceFormatException;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Row parsers on hand-written rows in the documented wire format (data-sources.md §2.4). */
class OpenF1ParsersTest {

    private static final String KEYS = "'meeting_key':1219,'session_key':9161";

    @Nested
    class Schedule {

        @Test
        @DisplayName("a meeting row keeps its keys, names, offset and dates")
        void meeting() {
            OpenF1Meeting m = Json.parse(OpenF1Endpoint.MEETINGS, OpenF1Meeting.class, "[{'meeting_key':1296,"
                    + "'meeting_name':'Singapore Grand Prix','meeting_official_name':'FORMULA 1 SINGAPORE 2026',"
                    + "'location':'Marina Bay','country_key':157,'country_code':'SGP','country_name':'Singapore',"
                    + "'circuit_key':61,'circuit_short_name':'Singapore','circuit_type':'Temporary - Street',"
                    + "'gmt_offset':'08:00:00','date_start':'2026-10-09T09:30:00+00:00',"
                    + "'date_end':'2026-10-11T14:00:00+00:00','year':2026,'is_cancelled':false}]").get(0);
            assertThat(m.meetingKey()).isEqualTo(1296);
            assertThat(m.name()).isEqualTo("Singapore Grand Prix");
            assertThat(m.circuitKey()).isEqualTo(61);
            assertThat(m.gmtOffset()).isEqualTo("08:00:00");
            assertThat(m.start()).isEqualTo(Instant.parse("2026-10-09T09:30:00Z"));
            assertThat(m.end()).isEqualTo(Instant.parse("2026-10-11T14:00:00Z"));
            assertThat(m.cancelled()).isFalse();
        }

        @Test
        @DisplayName("a meeting without date_end and is_cancelled (older rows) still parses")
        void olderMeeting() {
            OpenF1Meeting m = Json.parse(OpenF1Endpoint.MEETINGS, OpenF1Meeting.class,
                    "[{'meeting_key':1141,'year':2023,'date_start':'2023-03-03T11:30:00+00:00'}]").get(0);
            assertThat(m.end()).isNull();
            assertThat(m.cancelled()).isFalse();
        }

        @Test
        @DisplayName("a session row parses and maps its name to a session type")
        void session() {
            OpenF1Session s = Json.parse(OpenF1Endpoint.SESSIONS, OpenF1Session.class, "[{'circuit_key':7,"
                    + "'circuit_short_name':'Spa-Francorchamps','country_code':'BEL','country_key':16,"
                    + "'country_name':'Belgium','date_end':'2023-07-29T15:35:00+00:00',"
                    + "'date_start':'2023-07-29T15:05:00+00:00','gmt_offset':'02:00:00','is_cancelled':false,"
                    + "'location':'Spa-Francorchamps','meeting_key':1216,'session_key':9140,"
                    + "'session_name':'Sprint Qualifying','session_type':'Sprint Qualifying','year':2023}]").get(0);
            assertThat(s.sessionKey()).isEqualTo(9140);
            assertThat(s.meetingKey()).isEqualTo(1216);
            assertThat(s.end()).isEqualTo(Instant.parse("2023-07-29T15:35:00Z"));
            assertThat(s.sessionType()).contains(SessionType.SPRINT_QUALIFYING);
        }

        @ParameterizedTest
        @CsvSource({"Practice 1,FP1", "Practice 2,FP2", "Practice 3,FP3", "Qualifying,QUALIFYING",
                "Sprint Shootout,SPRINT_QUALIFYING", "Sprint Qualifying,SPRINT_QUALIFYING", "Sprint,SPRINT",
                "Race,RACE"})
        @DisplayName("session names map to session types by name")
        void sessionTypes(String name, SessionType type) {
            assertThat(session(name).sessionType()).contains(type);
        }

        @Test
        @DisplayName("testing days have no session type")
        void testingDay() {
            assertThat(session("Day 1").sessionType()).isEmpty();
        }

        private OpenF1Session session(String name) {
            return new OpenF1Session(1, 1, name, null, null, null, null, null, null, null, null, null, 2024, false);
        }

        @Test
        @DisplayName("a driver row keeps acronym, names and team")
        void driver() {
            OpenF1Driver d = Json.parse(OpenF1Endpoint.DRIVERS, OpenF1Driver.class, "[{" + KEYS
                    + ",'driver_number':1,'broadcast_name':'M VERSTAPPEN','full_name':'Max VERSTAPPEN',"
                    + "'first_name':'Max','last_name':'Verstappen','name_acronym':'VER','team_name':'Red Bull Racing',"
                    + "'team_colour':'3671C6','headshot_url':null,'country_code':'NED'}]").get(0);
            assertThat(d.driverNumber()).isEqualTo(1);
            assertThat(d.nameAcronym()).isEqualTo("VER");
            assertThat(d.fullName()).isEqualTo("Max VERSTAPPEN");
            assertThat(d.teamName()).isEqualTo("Red Bull Racing");
            assertThat(d.headshotUrl()).isNull();
        }
    }

    @Nested
    class Timing {

        @Test
        @DisplayName("the documented lap example parses; segments are ignored")
        void lap() {
            OpenF1Lap lap = Json.parse(OpenF1Endpoint.LAPS, OpenF1Lap.class, "[{'date_start':"
                    + "'2023-09-16T13:59:07.606000+00:00','driver_number':63,'duration_sector_1':26.966,"
                    + "'duration_sector_2':38.657,'duration_sector_3':26.12,'i1_speed':307,'i2_speed':277,"
                    + "'is_pit_out_lap':false,'lap_duration':91.743,'lap_number':8,'meeting_key':1219,"
                    + "'segments_sector_1':[2049,2049,null],'session_key':9161,'st_speed':298}]").get(0);
            assertThat(lap).isEqualTo(new OpenF1Lap(1219, 9161, 63, 8, Instant.parse("2023-09-16T13:59:07.606Z"),
                    91.743, 26.966, 38.657, 26.12, 307, 277, 298, false));
        }

        @Test
        @DisplayName("an out-lap with null times keeps them null")
        void outLap() {
            OpenF1Lap lap = Json.parse(OpenF1Endpoint.LAPS, OpenF1Lap.class, "[{" + KEYS + ",'driver_number':1,"
                    + "'lap_number':1,'date_start':null,'lap_duration':null,'duration_sector_1':null,"
                    + "'duration_sector_2':41.2,'duration_sector_3':null,'i1_speed':null,'i2_speed':null,"
                    + "'st_speed':null,'is_pit_out_lap':true}]").get(0);
            assertThat(lap.lapDuration()).isNull();
            assertThat(lap.sector1()).isNull();
            assertThat(lap.sector2()).isEqualTo(41.2);
            assertThat(lap.stSpeed()).isNull();
            assertThat(lap.dateStart()).isNull();
            assertThat(lap.pitOutLap()).isTrue();
        }

        @Test
        @DisplayName("pit rows read lane_duration, or the deprecated pit_duration when alone")
        void pit() {
            List<OpenF1Pit> pits = Json.parse(OpenF1Endpoint.PIT, OpenF1Pit.class, "[{'date':"
                    + "'2025-10-26T20:46:37.358000+00:00','driver_number':16,'lane_duration':22.215,'lap_number':31,"
                    + "'meeting_key':1272,'pit_duration':22.215,'session_key':9877,'stop_duration':2.2},"
                    + "{" + KEYS + ",'driver_number':1,'lap_number':14,'pit_duration':24.1,'date':null}]");
            assertThat(pits.get(0).laneDuration()).isEqualTo(22.215);
            assertThat(pits.get(0).stopDuration()).isEqualTo(2.2);
            assertThat(pits.get(0).lapNumber()).isEqualTo(31);
            assertThat(pits.get(1).laneDuration()).isEqualTo(24.1);
            assertThat(pits.get(1).stopDuration()).isNull();
        }

        @Test
        @DisplayName("stint compounds are upper-cased; a missing end stays null")
        void stint() {
            OpenF1Stint s = Json.parse(OpenF1Endpoint.STINTS, OpenF1Stint.class, "[{" + KEYS + ",'compound':'soft',"
                    + "'driver_number':16,'lap_end':null,'lap_start':1,'stint_number':1,'tyre_age_at_start':3}]").get(0);
            assertThat(s).isEqualTo(new OpenF1Stint(1219, 9161, 16, 1, 1, null, "SOFT", 3));
        }

        @ParameterizedTest
        @CsvSource({"2023-05-07T18:42:25.233000+00:00", "2023-05-07 18:42:25.233000+00:00",
                "2023-05-07T18:42:25.233", "2023-05-07T18:42:25.233Z", "2023-05-07T20:42:25.233+02:00"})
        @DisplayName("weather dates are read with T or space, with or without offset")
        void weatherDates(String date) {
            OpenF1Weather w = Json.parse(OpenF1Endpoint.WEATHER, OpenF1Weather.class, "[{'air_temperature':27.8,"
                    + "'date':'" + date + "','humidity':58,'meeting_key':1208,'pressure':1018.7,'rainfall':0,"
                    + "'session_key':9078,'track_temperature':52.5,'wind_direction':136,'wind_speed':2.4}]").get(0);
            assertThat(w.date()).isEqualTo(Instant.parse("2023-05-07T18:42:25.233Z"));
            assertThat(w.rainfall()).isFalse();
            assertThat(w.humidity()).isEqualTo(58.0);
            assertThat(w.windDirection()).isEqualTo(136);
        }

        @Test
        @DisplayName("rainfall accepts 1 and true")
        void rainfall() {
            List<OpenF1Weather> w = Json.parse(OpenF1Endpoint.WEATHER, OpenF1Weather.class, "[{" + KEYS
                    + ",'date':'2023-05-07T18:42:25+00:00','rainfall':1},{" + KEYS
                    + ",'date':'2023-05-07T18:43:25+00:00','rainfall':true},{" + KEYS
                    + ",'date':'2023-05-07T18:44:25+00:00','rainfall':null}]");
            assertThat(w).extracting(OpenF1Weather::rainfall).containsExactly(true, true, null);
        }

        @Test
        @DisplayName("a race-control row keeps category, flag, scope and nullable lap and driver")
        void raceControl() {
            OpenF1RaceControl rc = Json.parse(OpenF1Endpoint.RACE_CONTROL, OpenF1RaceControl.class, "[{'category':"
                    + "'Flag','date':'2023-06-04T14:21:01+00:00','driver_number':1,'flag':'BLACK AND WHITE',"
                    + "'lap_number':59,'meeting_key':1211,'message':'BLACK AND WHITE FLAG FOR CAR 1 (VER) - TRACK "
                    + "LIMITS','qualifying_phase':null,'scope':'Driver','sector':null,'session_key':9102}]").get(0);
            assertThat(rc.flag()).isEqualTo("BLACK AND WHITE");
            assertThat(rc.lapNumber()).isEqualTo(59);
            assertThat(rc.driverNumber()).isEqualTo(1);
            assertThat(rc.sector()).isNull();
            assertThat(rc.date()).isEqualTo(Instant.parse("2023-06-04T14:21:01Z"));
        }
    }

    @Nested
    class Results {

        @Test
        @DisplayName("a race result has one duration and a gap in seconds or laps")
        void raceResult() {
            List<OpenF1SessionResult> r = Json.parse(OpenF1Endpoint.SESSION_RESULT, OpenF1SessionResult.class,
                    "[{'dnf':false,'dns':false,'dsq':false,'driver_number':1,'duration':77.565,'gap_to_leader':0,"
                            + "'number_of_laps':24,'meeting_key':1143,'position':1,'session_key':7782},"
                            + "{'dnf':false,'dns':false,'dsq':false,'driver_number':2,'duration':null,"
                            + "'gap_to_leader':'+1 LAP','number_of_laps':23,'meeting_key':1143,'position':18,"
                            + "'session_key':7782,'points':0},"
                            + "{'dnf':true,'dns':false,'dsq':false,'driver_number':3,'duration':null,"
                            + "'gap_to_leader':null,'number_of_laps':10,'meeting_key':1143,'position':null,"
                            + "'session_key':7782}]");
            assertThat(r.get(0).duration()).isEqualTo(77.565);
            assertThat(r.get(0).gapToLeader().seconds()).isZero();
            assertThat(r.get(0).segmentDurations()).isEmpty();
            assertThat(r.get(1).gapToLeader().lapsBehind()).isEqualTo(1);
            assertThat(r.get(1).gapToLeader().lapped()).isTrue();
            assertThat(r.get(1).points()).isZero();
            assertThat(r.get(2).position()).isNull();
            assertThat(r.get(2).dnf()).isTrue();
            assertThat(r.get(2).gapToLeader()).isNull();
        }

        @Test
        @DisplayName("a qualifying result keeps the [Q1, Q2, Q3] arrays with their nulls")
        void qualifyingResult() {
            OpenF1SessionResult r = Json.parse(OpenF1Endpoint.SESSION_RESULT, OpenF1SessionResult.class, "[{"
                    + KEYS + ",'driver_number':44,'position':11,'dnf':false,'dns':false,'dsq':false,"
                    + "'duration':[90.1,89.5,null],'gap_to_leader':[0.3,0.41,null],'number_of_laps':12}]").get(0);
            assertThat(r.duration()).isNull();
            assertThat(r.segmentDurations()).containsExactly(90.1, 89.5, null);
            assertThat(r.segmentGaps()).hasSize(3);
            assertThat(r.segmentGaps().get(1).seconds()).isEqualTo(0.41);
            assertThat(r.segmentGaps().get(2)).isNull();
        }

        @Test
        @DisplayName("a starting-grid row parses")
        void grid() {
            OpenF1StartingGrid g = Json.parse(OpenF1Endpoint.STARTING_GRID, OpenF1StartingGrid.class, "[{" + KEYS
                    + ",'driver_number':1,'position':1,'lap_duration':76.732}]").get(0);
            assertThat(g).isEqualTo(new OpenF1StartingGrid(1219, 9161, 1, 1, 76.732));
        }
    }

    @Nested
    class Telemetry {

        @Test
        @DisplayName("intervals accept numbers, '+1 LAP', the leader's 'LAP 5' and null")
        void intervals() {
            List<OpenF1Interval> i = Json.parse(OpenF1Endpoint.INTERVALS, OpenF1Interval.class, "["
                    + "{'date':'2023-09-17T13:31:02.395000+00:00','driver_number':1,'gap_to_leader':41.019,"
                    + "'interval':0.003,'meeting_key':1219,'session_key':9165},"
                    + "{" + KEYS + ",'date':'2023-09-17T13:31:02+00:00','driver_number':2,'gap_to_leader':'+1 LAP',"
                    + "'interval':'+2 LAPS'},"
                    + "{" + KEYS + ",'date':'2023-09-17T13:31:02+00:00','driver_number':3,'gap_to_leader':'LAP 5',"
                    + "'interval':null}]");
            assertThat(i.get(0).interval().seconds()).isEqualTo(0.003);
            assertThat(i.get(1).gapToLeader().lapsBehind()).isEqualTo(1);
            assertThat(i.get(1).interval().lapsBehind()).isEqualTo(2);
            assertThat(i.get(2).gapToLeader().seconds()).isZero();
            assertThat(i.get(2).interval()).isNull();
        }

        @Test
        @DisplayName("overtakes, team radio, car data, position and location rows parse")
        void timeSeries() {
            String date = "'date':'2023-09-15T13:08:19.923000+00:00'";
            Instant at = Instant.parse("2023-09-15T13:08:19.923Z");
            assertThat(Json.parse(OpenF1Endpoint.OVERTAKES, OpenF1Overtake.class, "[{" + KEYS + "," + date
                    + ",'overtaking_driver_number':63,'overtaken_driver_number':4,'position':1}]").get(0))
                    .isEqualTo(new OpenF1Overtake(1219, 9161, at, 63, 4, 1));
            assertThat(Json.parse(OpenF1Endpoint.TEAM_RADIO, OpenF1TeamRadio.class, "[{" + KEYS + "," + date
                    + ",'driver_number':11,'recording_url':'https://x/TeamRadio/SERPER01_11.mp3'}]").get(0)
                    .recordingUrl()).endsWith(".mp3");
            assertThat(Json.parse(OpenF1Endpoint.CAR_DATA, OpenF1CarData.class, "[{'brake':0," + date
                    + ",'driver_number':55,'drs':12,'meeting_key':1219,'n_gear':8,'rpm':11141,'session_key':9159,"
                    + "'speed':315,'throttle':99}]").get(0))
                    .isEqualTo(new OpenF1CarData(1219, 9159, at, 55, 11141, 315, 8, 99, 0, 12));
            assertThat(Json.parse(OpenF1Endpoint.POSITION, OpenF1Position.class, "[{" + KEYS + "," + date
                    + ",'driver_number':1,'position':2}]").get(0)).isEqualTo(new OpenF1Position(1219, 9161, at, 1, 2));
            assertThat(Json.parse(OpenF1Endpoint.LOCATION, OpenF1Location.class, "[{" + KEYS + "," + date
                    + ",'driver_number':81,'x':567,'y':3195,'z':187}]").get(0))
                    .isEqualTo(new OpenF1Location(1219, 9161, at, 81, 567, 3195, 187));
        }

        @Test
        @DisplayName("an empty array is no rows")
        void empty() {
            for (OpenF1Endpoint e : OpenF1Endpoint.values()) {
                assertThat(e.parse(Json.tree("[]"), Json.SOURCE)).isEmpty();
            }
        }
    }

    @Nested
    class Malformed {

        @Test
        @DisplayName("a row without a required key names the endpoint, row and key")
        void missingKey() {
            assertThatThrownBy(() -> Json.parse(OpenF1Endpoint.LAPS, OpenF1Lap.class, "[{" + KEYS
                    + ",'driver_number':1,'lap_number':1},{" + KEYS + ",'driver_number':1,'lap_duration':90.1}]"))
                    .isInstanceOf(SourceFormatException.class)
                    .hasMessageContaining("laps row 1").hasMessageContaining("missing required key 'lap_number'")
                    .hasMessageContaining(Json.SOURCE.toString())
                    .satisfies(e -> assertThat(((SourceFormatException) e).snippet()).contains("90.1"));
        }

        @Test
        @DisplayName("a required key that is null is rejected")
        void nullKey() {
            assertThatThrownBy(() -> Json.parse(OpenF1Endpoint.STINTS, OpenF1Stint.class, "[{" + KEYS
                    + ",'driver_number':null,'stint_number':1}]"))
                    .isInstanceOf(SourceFormatException.class).hasMessageContaining("'driver_number' is null");
        }

        @Test
        @DisplayName("values of the wrong type are rejected")
        void wrongTypes() {
            assertThatThrownBy(() -> Json.parse(OpenF1Endpoint.LAPS, OpenF1Lap.class, "[{" + KEYS
                    + ",'driver_number':'one','lap_number':1}]"))
                    .isInstanceOf(SourceFormatException.class).hasMessageContaining("must be an integer");
            assertThatThrownBy(() -> Json.parse(OpenF1Endpoint.LAPS, OpenF1Lap.class, "[{" + KEYS
                    + ",'driver_number':1,'lap_number':1.5}]"))
                    .isInstanceOf(SourceFormatException.class).hasMessageContaining("must be an integer");
            assertThatThrownBy(() -> Json.parse(OpenF1Endpoint.LAPS, OpenF1Lap.class, "[{" + KEYS
                    + ",'driver_number':1,'lap_number':1,'lap_duration':'90.1'}]"))
                    .isInstanceOf(SourceFormatException.class).hasMessageContaining("must be a number");
            assertThatThrownBy(() -> Json.parse(OpenF1Endpoint.LAPS, OpenF1Lap.class, "[{" + KEYS
                    + ",'driver_number':1,'lap_number':1,'is_pit_out_lap':'yes'}]"))
                    .isInstanceOf(SourceFormatException.class).hasMessageContaining("must be a boolean");
        }

        @Test
        @DisplayName("an unreadable date is rejected with its text")
        void badDate() {
            assertThatThrownBy(() -> Json.parse(OpenF1Endpoint.WEATHER, OpenF1Weather.class, "[{" + KEYS
                    + ",'date':'Sep 10, 2021'}]"))
                    .isInstanceOf(SourceFormatException.class).hasMessageContaining("'Sep 10, 2021'");
        }

        @Test
        @DisplayName("a body that is not an array of objects is rejected")
        void notAnArray() {
            assertThatThrownBy(() -> OpenF1Endpoint.LAPS.parse(Json.tree("{'detail':'No results found.'}"),
                    Json.SOURCE)).isInstanceOf(SourceFormatException.class)
                    .hasMessageContaining("expected a JSON array").hasMessageContaining("No results found");
            assertThatThrownBy(() -> OpenF1Endpoint.LAPS.parse(Json.tree("[1,2]"), Json.SOURCE))
                    .isInstanceOf(SourceFormatException.class).hasMessageContaining("row 0: expected a JSON object");
        }
    }

    @Test
    @DisplayName("every endpoint names its wire path and record type")
    void endpoints() {
        assertThat(Arrays.stream(OpenF1Endpoint.values()).map(OpenF1Endpoint::path)).contains("race_control",
                "session_result", "starting_grid", "team_radio", "car_data");
        assertThat(OpenF1Endpoint.CAR_DATA.telemetry()).isTrue();
        assertThat(OpenF1Endpoint.CAR_DATA.perMeeting()).isFalse();
        assertThat(OpenF1Endpoint.MEETINGS.perMeeting()).isFalse();
        assertThat(OpenF1Endpoint.LAPS.perMeeting()).isTrue();
        assertThat(OpenF1Endpoint.LAPS.rowType()).isEqualTo(OpenF1Lap.class);
    }
}
