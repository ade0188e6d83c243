package org.f1pipeline.testkit.synthetic;

/**
 * A circuit of the synthetic history, with the ids and names the three real sources use for it.
 *
 * @param circuitId       Jolpica id, e.g. {@code monaco}
 * @param circuitName     Jolpica {@code circuitName}
 * @param locality        Jolpica {@code Location.locality}
 * @param country         Jolpica {@code Location.country} (Ergast spelling: {@code UK}, {@code USA}, {@code UAE})
 * @param lat             latitude as Jolpica prints it (string, up to 7 significant digits)
 * @param lng             longitude as Jolpica prints it
 * @param wikiSlug        Wikipedia article slug for {@code url}
 * @param lengthKm        lap length in km (used for average speeds)
 * @param laps            race distance in laps (44..78)
 * @param baseLapMs       typical modern race-pace lap in ms (75..110 s)
 * @param gmtOffsetMinutes local offset from UTC (no daylight saving in the synthetic world)
 * @param raceHourLocal   local start hour of the grand prix
 * @param circuitKey      OpenF1 / live-timing circuit key
 * @param shortName       OpenF1 {@code circuit_short_name}, live-timing {@code Circuit.ShortName}
 * @param countryCode     3-letter code (OpenF1 {@code country_code})
 * @param countryKey      OpenF1 {@code country_key}
 * @param countryName     OpenF1 {@code country_name}
 * @param grandPrixName   default race name, e.g. {@code British Grand Prix}
 * @param circuitType     OpenF1 {@code circuit_type}
 * @param firstYear       first season the synthetic calendar may use it
 * @param lastYear        last season the synthetic calendar may use it
 * @param slot            typical calendar position as MMDD, used to order generated calendars
 */
public record SynthCircuit(String circuitId, String circuitName, String locality, String country, String lat,
                           String lng, String wikiSlug, double lengthKm, int laps, int baseLapMs,
                           int gmtOffsetMinutes, int raceHourLocal, int circuitKey, String shortName,
                           String countryCode, int countryKey, String countryName, String grandPrixName,
                           String circuitType, int firstYear, int lastYear, int slot) {

    /** Wikipedia URL, as in Jolpica's {@code Circuit.url}. */
    public String url() {
        return "https://en.wikipedia.org/wiki/" + wikiSlug;
    }

    /** OpenF1 / live-timing {@code gmt_offset}, e.g. {@code 02:00:00} or {@code -04:00:00}. */
    public String gmtOffset() {
        int m = Math.abs(gmtOffsetMinutes);
        return (gmtOffsetMinutes < 0 ? "-" : "") + String.format("%02d:%02d:00", m / 60, m % 60);
    }
}
