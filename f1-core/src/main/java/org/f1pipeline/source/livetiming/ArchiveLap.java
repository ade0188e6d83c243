package org.f1pipeline.source.livetiming;

/**
 * One lap of one car built from the archive's patch stream the way FastF1 builds it (spec 3.6). Times in
 * milliseconds; every measure may be null when the feed did not send it.
 *
 * @param carNumber      racing number
 * @param lap            lap number (1 = first lap of the session for this car)
 * @param endTimeMs      session time at which the lap ended (the record that completed it), null for an unfinished lap
 * @param lapTimeMs      lap time (a race's lap 1 is not in the feed: null here, filled from Jolpica by the jobs)
 * @param speedI1        speed at the first intermediate, km/h
 * @param speedI2        speed at the second intermediate, km/h
 * @param speedFl        speed at the finish line, km/h
 * @param speedSt        speed trap, km/h
 * @param pitIn          the car entered the pit lane on this lap
 * @param pitOut         the lap started from the pit lane
 * @param stint          stint number (1 based), null when unknown
 * @param compound       weekend-relative compound (SOFT, MEDIUM, HARD, INTERMEDIATE, WET) or null
 * @param compoundName   the compound as the feed named it (e.g. 2018's ULTRASOFT), or null
 * @param tyreLife       laps on the set at the end of this lap, including laps from earlier sessions
 * @param freshTyre      the set was new when fitted
 * @param trackStatus    track status codes active during the lap, in order, e.g. "1", "12", "4", "671"
 * @param segment        qualifying segment (1-3) the lap started in, null outside qualifying
 * @param deleted        race control deleted the lap time
 * @param deletedReason  the reason given, e.g. "TRACK LIMITS AT TURN 9", or null
 */
public record ArchiveLap(int carNumber, int lap, Long endTimeMs, Integer lapTimeMs, Integer sector1Ms,
                         Integer sector2Ms, Integer sector3Ms, Integer speedI1, Integer speedI2, Integer speedFl,
                         Integer speedSt, boolean pitIn, boolean pitOut, Integer stint, String compound,
                         String compoundName, Integer tyreLife, Boolean freshTyre, String trackStatus,
                         Integer segment, boolean deleted, String deletedReason) {

    /** Same lap with the weekend-relative compound set. */
    public ArchiveLap withCompound(String relative) {
        return new ArchiveLap(carNumber, lap, endTimeMs, lapTimeMs, sector1Ms, sector2Ms, sector3Ms, speedI1, speedI2,
                speedFl, speedSt, pitIn, pitOut, stint, relative, compoundName, tyreLife, freshTyre, trackStatus,
                segment, deleted, deletedReason);
    }

    /** Same lap with another lap time (a race's lap 1 from Jolpica). */
    public ArchiveLap withLapTime(Integer ms) {
        return new ArchiveLap(carNumber, lap, endTimeMs, ms, sector1Ms, sector2Ms, sector3Ms, speedI1, speedI2,
                speedFl, speedSt, pitIn, pitOut, stint, compound, compoundName, tyreLife, freshTyre, trackStatus,
                segment, deleted, deletedReason);
    }
}
