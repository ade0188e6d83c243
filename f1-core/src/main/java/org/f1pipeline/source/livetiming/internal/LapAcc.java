package org.f1pipeline.source.livetiming.internal;

/** The values collected for one lap of one car while walking the TimingData patches (mutable, builder-internal). */
final class LapAcc {
    final int lap;
    Integer lapTime;
    boolean lapTimeEmpty;
    final Integer[] sectors = new Integer[3];
    Integer i1;
    Integer i2;
    Integer fl;
    Integer st;
    boolean pitIn;
    boolean pitOut;
    Long pitOutTime;
    Long startTime;
    Long endTime;
    Long lastDataTime;
    boolean hasData;

    LapAcc(int lap) {
        this.lap = lap;
    }

    /** A copy under another lap number. */
    LapAcc renumbered(int n) {
        LapAcc a = new LapAcc(n);
        a.lapTime = lapTime;
        a.lapTimeEmpty = lapTimeEmpty;
        System.arraycopy(sectors, 0, a.sectors, 0, 3);
        a.i1 = i1;
        a.i2 = i2;
        a.fl = fl;
        a.st = st;
        a.pitIn = pitIn;
        a.pitOut = pitOut;
        a.pitOutTime = pitOutTime;
        a.startTime = startTime;
        a.endTime = endTime;
        a.lastDataTime = lastDataTime;
        a.hasData = hasData;
        return a;
    }

    void touched(long t) {
        hasData = true;
        lastDataTime = t;
    }
}
