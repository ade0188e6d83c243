package org.f1pipeline.testkit.synthetic;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.f1pipeline.domain.EventFormat;
import org.f1pipeline.domain.SessionType;

/** Builds a season: calendar, sessions, entry lists (with a mid-season swap and a stand-in) and results. */
final class SeasonBuilder {
    private SeasonBuilder() {
    }

    static int meetingKey(int year, int round) {
        return 1000 + (year - 2018) * 40 + round;
    }

    static int sessionKey(int year, int round, SessionType type) {
        int idx = switch (type) {
            case FP1 -> 1;
            case FP2 -> 2;
            case FP3 -> 3;
            case SPRINT_QUALIFYING -> 4;
            case SPRINT -> 5;
            case QUALIFYING -> 6;
            case RACE -> 7;
        };
        return 5000 + (year - 2018) * 400 + round * 10 + idx;
    }

    static SyntheticSeason build(int year, SyntheticHistory history) {
        Eras.check(year);
        List<Calendars.Slot> calendar = Calendars.calendar(year);
        Seats seats = Seats.forYear(year);
        List<SyntheticRound> rounds = new ArrayList<>();
        for (int i = 0; i < calendar.size(); i++) {
            Calendars.Slot slot = calendar.get(i);
            int r = i + 1;
            EventFormat format = !slot.sprint() ? EventFormat.CONVENTIONAL
                    : year <= 2022 ? EventFormat.SPRINT
                    : year == 2023 ? EventFormat.SPRINT_SHOOTOUT : EventFormat.SPRINT_QUALIFYING;
            SyntheticRound round = new SyntheticRound(year, r, slot.raceName(), slot.circuit(), format,
                    slot.raceDate(), sessions(year, r, slot.circuit(), slot.raceDate(), format),
                    seats.entries(r, calendar.size()));
            rounds.add(round);
        }
        SyntheticSeason season = new SyntheticSeason(year, rounds, seats.teamOrder(), history);
        for (SyntheticRound round : rounds) {
            classify(season, round);
        }
        return season;
    }

    /** Runs qualifying, sprint qualifying, sprint and race in the order that sets each grid. */
    private static void classify(SyntheticSeason season, SyntheticRound round) {
        List<Entry> entries = round.entries();
        round.qualifying = TimedSim.run(round, round.session(SessionType.QUALIFYING), entries,
                season.pace(round), season.wet(round, SessionType.QUALIFYING)).classification();
        List<Entry> raceGrid = order(round.qualifying);
        if (round.hasSprint()) {
            List<Entry> sprintGrid = raceGrid;
            if (round.format().hasSprintQualifying()) {
                round.sprintQualifying = TimedSim.run(round, round.session(SessionType.SPRINT_QUALIFYING), entries,
                        season.pace(round), season.wet(round, SessionType.SPRINT_QUALIFYING)).classification();
                sprintGrid = order(round.sprintQualifying);
            }
            round.sprintResults = season.simulateRace(round, SessionType.SPRINT, sprintGrid).results();
            if (round.format() == EventFormat.SPRINT) {
                // 2021-22: the sprint result set the grand-prix grid.
                raceGrid = round.sprintResults.stream().map(ResultRow::entry).toList();
            }
        }
        round.results = season.simulateRace(round, SessionType.RACE, raceGrid).results();
    }

    private static List<Entry> order(List<QualifyingRow> rows) {
        return rows.stream().map(QualifyingRow::entry).toList();
    }

    /** Weekend timetable in local time, converted to UTC with the circuit's offset. */
    static List<SyntheticSession> sessions(int year, int round, SynthCircuit c, LocalDate raceDay, EventFormat f) {
        List<SyntheticSession> out = new ArrayList<>();
        int h = c.raceHourLocal();
        int practice = year >= 2021 ? 60 : 90;
        switch (f) {
            case SPRINT -> {
                add(out, year, round, c, SessionType.FP1, raceDay.minusDays(2), h * 60 - 90, 60);
                add(out, year, round, c, SessionType.QUALIFYING, raceDay.minusDays(2), h * 60 + 120, 60);
                add(out, year, round, c, SessionType.FP2, raceDay.minusDays(1), h * 60 - 150, 60);
                add(out, year, round, c, SessionType.SPRINT, raceDay.minusDays(1), h * 60 + 90, 60);
            }
            case SPRINT_SHOOTOUT -> {
                add(out, year, round, c, SessionType.FP1, raceDay.minusDays(2), h * 60 - 90, 60);
                add(out, year, round, c, SessionType.QUALIFYING, raceDay.minusDays(2), h * 60 + 120, 60);
                add(out, year, round, c, SessionType.SPRINT_QUALIFYING, raceDay.minusDays(1), h * 60 - 150, 44);
                add(out, year, round, c, SessionType.SPRINT, raceDay.minusDays(1), h * 60 + 150, 60);
            }
            case SPRINT_QUALIFYING -> {
                add(out, year, round, c, SessionType.FP1, raceDay.minusDays(2), h * 60 - 150, 60);
                add(out, year, round, c, SessionType.SPRINT_QUALIFYING, raceDay.minusDays(2), h * 60 + 90, 44);
                add(out, year, round, c, SessionType.SPRINT, raceDay.minusDays(1), h * 60 - 180, 60);
                add(out, year, round, c, SessionType.QUALIFYING, raceDay.minusDays(1), h * 60 + 60, 60);
            }
            default -> {
                add(out, year, round, c, SessionType.FP1, raceDay.minusDays(2), h * 60 - 90, practice);
                add(out, year, round, c, SessionType.FP2, raceDay.minusDays(2), h * 60 + 120, practice);
                add(out, year, round, c, SessionType.FP3, raceDay.minusDays(1), h * 60 - 150, 60);
                add(out, year, round, c, SessionType.QUALIFYING, raceDay.minusDays(1), h * 60 + 60, 60);
            }
        }
        add(out, year, round, c, SessionType.RACE, raceDay, h * 60, 120);
        return out;
    }

    private static void add(List<SyntheticSession> out, int year, int round, SynthCircuit c, SessionType type,
                            LocalDate day, int localMinute, int minutes) {
        LocalDateTime local = day.atStartOfDay().plusMinutes(localMinute);
        Instant start = local.minusMinutes(c.gmtOffsetMinutes()).toInstant(ZoneOffset.UTC);
        String name;
        String openF1Name;
        String kind;
        switch (type) {
            case FP1, FP2, FP3 -> {
                name = "Practice " + (type.ordinal() + 1);
                openF1Name = name;
                kind = "Practice";
            }
            case QUALIFYING -> {
                name = "Qualifying";
                openF1Name = name;
                kind = "Qualifying";
            }
            case SPRINT_QUALIFYING -> {
                name = year == 2023 ? "Sprint Shootout" : "Sprint Qualifying";
                openF1Name = "Sprint Qualifying";
                kind = "Qualifying";
            }
            case SPRINT -> {
                name = year == 2021 ? "Sprint Qualifying" : "Sprint";
                openF1Name = "Sprint";
                kind = "Race";
            }
            default -> {
                name = "Race";
                openF1Name = "Race";
                kind = "Race";
            }
        }
        out.add(new SyntheticSession(type, name, openF1Name, kind, start, start.plus(Duration.ofMinutes(minutes)),
                sessionKey(year, round, type)));
    }
}
