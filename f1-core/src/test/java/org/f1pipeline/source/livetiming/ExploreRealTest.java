package org.f1pipeline.source.livetiming;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class ExploreRealTest {
    @Test
    void dump() {
        for (Path p : RealArchive.sessions()) {
            LiveTimingSession s = RealArchive.load(p);
            System.out.println("== " + p.getFileName() + " " + s.session().type() + " drivers=" + s.drivers().size()
                    + " laps=" + s.laps().size() + " missing=" + s.missingTopics() + " total=" + s.totalLaps()
                    + " SC=" + s.lapsWithStatus("4") + " VSC=" + s.lapsWithStatus("6") + " weather=" + s.weather().size()
                    + " rcm=" + s.raceControl().size() + " bests=" + s.segmentBests().size() + " bytes=" + s.bytes());
            s.drivers().stream().limit(3).forEach(System.out::println);
            java.util.Map<Integer, Long> counts = new java.util.TreeMap<>();
            s.laps().forEach(l -> counts.merge(l.carNumber(), 1L, Long::sum));
            System.out.println("lapcounts " + counts);
            s.fastestLap().ifPresent(l -> System.out.println("fastest " + l));
            s.laps().stream().filter(l -> l.carNumber() == 16 || l.carNumber() == 33).limit(40).forEach(System.out::println);
            s.segmentBests().values().stream().limit(5).forEach(System.out::println);
        }
    }
}
