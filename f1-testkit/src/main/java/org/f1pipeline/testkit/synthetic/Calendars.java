package org.f1pipeline.testkit.synthetic;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Season calendars: the real ones for 2018-2026 (the eras with live timing/OpenF1), generated ones before. */
final class Calendars {
    /** One calendar slot: circuit, local race date, sprint flag, race name. */
    record Slot(SynthCircuit circuit, LocalDate raceDate, boolean sprint, String raceName) {
    }

    // circuit:MM-DD[:S][:Race name] (S = sprint weekend)
    private static final Map<Integer, String> REAL = Map.of(
        2018, "albert_park:03-25 bahrain:04-08 shanghai:04-15 baku:04-29 catalunya:05-13 monaco:05-27 villeneuve:06-10 ricard:06-24 red_bull_ring:07-01 silverstone:07-08 hockenheimring:07-22 hungaroring:07-29 spa:08-26 monza:09-02 marina_bay:09-16 sochi:09-30 suzuka:10-07 americas:10-21 rodriguez:10-28 interlagos:11-11 yas_marina:11-25",
        2019, "albert_park:03-17 bahrain:03-31 shanghai:04-14 baku:04-28 catalunya:05-12 monaco:05-26 villeneuve:06-09 ricard:06-23 red_bull_ring:06-30 silverstone:07-14 hockenheimring:07-28 hungaroring:08-04 spa:09-01 monza:09-08 marina_bay:09-22 sochi:09-29 suzuka:10-13 rodriguez:10-27 americas:11-03 interlagos:11-17 yas_marina:12-01",
        2020, "red_bull_ring:07-05 red_bull_ring:07-12::Styrian_Grand_Prix hungaroring:07-19 silverstone:08-02 silverstone:08-09::70th_Anniversary_Grand_Prix catalunya:08-16 spa:08-30 monza:09-06 mugello:09-13 sochi:09-27 nurburgring:10-11::Eifel_Grand_Prix portimao:10-25 imola:11-01 istanbul:11-15 bahrain:11-29 bahrain:12-06::Sakhir_Grand_Prix yas_marina:12-13",
        2021, "bahrain:03-28 imola:04-18 portimao:05-02 catalunya:05-09 monaco:05-23 baku:06-06 ricard:06-20 red_bull_ring:06-27::Styrian_Grand_Prix red_bull_ring:07-04 silverstone:07-18:S hungaroring:08-01 spa:08-29 zandvoort:09-05 monza:09-12:S sochi:09-26 istanbul:10-10 americas:10-24 rodriguez:11-07 interlagos:11-14:S losail:11-21 jeddah:12-05 yas_marina:12-12",
        2022, "bahrain:03-20 jeddah:03-27 albert_park:04-10 imola:04-24:S miami:05-08 catalunya:05-22 monaco:05-29 baku:06-12 villeneuve:06-19 silverstone:07-03 red_bull_ring:07-10:S ricard:07-24 hungaroring:07-31 spa:08-28 zandvoort:09-04 monza:09-11 marina_bay:10-02 suzuka:10-09 americas:10-23 rodriguez:10-30 interlagos:11-13:S yas_marina:11-20",
        2023, "bahrain:03-05 jeddah:03-19 albert_park:04-02 baku:04-30:S miami:05-07 monaco:05-28 catalunya:06-04 villeneuve:06-18 red_bull_ring:07-02:S silverstone:07-09 hungaroring:07-23 spa:07-30:S zandvoort:08-27 monza:09-03 marina_bay:09-17 suzuka:09-24 losail:10-08:S americas:10-22:S rodriguez:10-29 interlagos:11-05:S vegas:11-18 yas_marina:11-26",
        2024, "bahrain:03-02 jeddah:03-09 albert_park:03-24 suzuka:04-07 shanghai:04-21:S miami:05-05:S imola:05-19 monaco:05-26 villeneuve:06-09 catalunya:06-23 red_bull_ring:06-30:S silverstone:07-07 hungaroring:07-21 spa:07-28 zandvoort:08-25 monza:09-01 baku:09-15 marina_bay:09-22 americas:10-20:S rodriguez:10-27 interlagos:11-03:S vegas:11-23 losail:12-01:S yas_marina:12-08",
        2025, "albert_park:03-16 shanghai:03-23:S suzuka:04-06 bahrain:04-13 jeddah:04-20 miami:05-04:S imola:05-18 monaco:05-25 catalunya:06-01 villeneuve:06-15 red_bull_ring:06-29 silverstone:07-06 spa:07-27:S hungaroring:08-03 zandvoort:08-31 monza:09-07 baku:09-21 marina_bay:10-05 americas:10-19:S rodriguez:10-26 interlagos:11-09:S vegas:11-22 losail:11-30:S yas_marina:12-07",
        2026, "albert_park:03-08 shanghai:03-15:S suzuka:03-29 bahrain:04-12 jeddah:04-19 miami:05-03:S villeneuve:05-24:S monaco:06-07 catalunya:06-14::Barcelona_Grand_Prix red_bull_ring:06-28 silverstone:07-05:S spa:07-19 hungaroring:07-26 zandvoort:08-23:S monza:09-06 madring:09-13 baku:09-26 marina_bay:10-11:S americas:10-25 rodriguez:11-01 interlagos:11-08 vegas:11-21 losail:11-29 yas_marina:12-06");

    private Calendars() {
    }

    static List<Slot> calendar(int year) {
        String real = REAL.get(year);
        return real != null ? parse(year, real) : generate(year);
    }

    private static List<Slot> parse(int year, String spec) {
        List<Slot> out = new ArrayList<>();
        for (String item : spec.split(" ")) {
            String[] f = item.split(":", -1);
            SynthCircuit c = CircuitCatalog.get(f[0]);
            LocalDate date = LocalDate.parse(year + "-" + f[1]);
            boolean sprint = f.length > 2 && "S".equals(f[2]);
            String name = f.length > 3 ? f[3].replace('_', ' ') : defaultName(c, year);
            out.add(new Slot(c, date, sprint, name));
        }
        return out;
    }

    /** Picks one circuit per grand-prix name (so no season has two "French Grand Prix") in slot order. */
    private static List<Slot> generate(int year) {
        int wanted = Eras.roundCount(year);
        List<SynthCircuit> active = new ArrayList<>(CircuitCatalog.activeIn(year));
        Rng rng = Rng.of("calendar", year);
        // Shuffle, pick distinct names, then restore calendar order.
        for (int i = active.size() - 1; i > 0; i--) {
            int j = rng.nextInt(i + 1);
            SynthCircuit t = active.get(i);
            active.set(i, active.get(j));
            active.set(j, t);
        }
        Set<String> names = new HashSet<>();
        List<SynthCircuit> chosen = new ArrayList<>();
        for (SynthCircuit c : active) {
            if (chosen.size() < wanted && names.add(defaultName(c, year))) {
                chosen.add(c);
            }
        }
        chosen.sort((a, b) -> Integer.compare(a.slot(), b.slot()));
        // Spread the rounds over Sundays between the era's season start and end.
        LocalDate start = LocalDate.of(year, year < 1970 ? 5 : 3, year < 1970 ? 10 : 8)
                .with(TemporalAdjusters.nextOrSame(DayOfWeek.SUNDAY));
        LocalDate end = LocalDate.of(year, year < 1970 ? 10 : 11, 10);
        long span = end.toEpochDay() - start.toEpochDay();
        List<Slot> out = new ArrayList<>();
        LocalDate prev = null;
        for (int i = 0; i < chosen.size(); i++) {
            long offset = chosen.size() == 1 ? 0 : span * i / (chosen.size() - 1);
            LocalDate d = start.plusDays(offset).with(TemporalAdjusters.nextOrSame(DayOfWeek.SUNDAY));
            if (prev != null && !d.isAfter(prev.plusDays(6))) {
                d = prev.plusWeeks(1);
            }
            out.add(new Slot(chosen.get(i), d, false, defaultName(chosen.get(i), year)));
            prev = d;
        }
        return out;
    }

    /** Race names that changed over time. */
    static String defaultName(SynthCircuit c, int year) {
        switch (c.circuitId()) {
            case "imola":
                return year < 2007 ? "San Marino Grand Prix" : c.grandPrixName();
            case "rodriguez":
                return year < 2021 ? "Mexican Grand Prix" : c.grandPrixName();
            case "interlagos":
                return year < 2021 ? "Brazilian Grand Prix" : c.grandPrixName();
            case "nurburgring":
                return year >= 1984 && year <= 2007 ? "European Grand Prix" : c.grandPrixName();
            default:
                return c.grandPrixName();
        }
    }
}
