package org.f1pipeline.testkit.synthetic;

import java.util.Locale;

/**
 * A driver of the synthetic history. Ids are Jolpica-style and stable across seasons.
 *
 * @param driverId        Jolpica id, e.g. {@code max_verstappen}
 * @param givenName       first name
 * @param familyName      family name
 * @param nationality     Jolpica nationality adjective, e.g. {@code Dutch}
 * @param dateOfBirth     {@code YYYY-MM-DD}
 * @param code            3-letter code, or null for drivers Jolpica has none for (older eras)
 * @param permanentNumber the driver's current permanent number (like Jolpica: not the historic one), or null
 * @param countryCode     3-letter country code used by live timing / OpenF1 ({@code NED}); may be null
 */
public record SynthDriver(String driverId, String givenName, String familyName, String nationality,
                          String dateOfBirth, String code, Integer permanentNumber, String countryCode) {

    /** Wikipedia URL as in Jolpica's {@code Driver.url}. */
    public String url() {
        return "http://en.wikipedia.org/wiki/" + (givenName + "_" + familyName).replace(' ', '_');
    }

    /** Three-letter acronym; falls back to the first letters of the family name for old drivers. */
    public String tla() {
        if (code != null) {
            return code;
        }
        String f = familyName.replaceAll("[^A-Za-z]", "").toUpperCase(Locale.ROOT) + "XXX";
        return f.substring(0, 3);
    }

    /** Live-timing {@code BroadcastName}, e.g. {@code M VERSTAPPEN}. */
    public String broadcastName() {
        return givenName.charAt(0) + " " + familyName.toUpperCase(Locale.ROOT);
    }

    /** Live-timing / OpenF1 full name, e.g. {@code Max VERSTAPPEN}. */
    public String fullName() {
        return givenName + " " + familyName.toUpperCase(Locale.ROOT);
    }

    /** Live-timing {@code Reference}, e.g. {@code MAXVER01}. */
    public String reference() {
        String g = (givenName.replaceAll("[^A-Za-z]", "") + "XXX").substring(0, 3);
        String f = (familyName.replaceAll("[^A-Za-z]", "") + "XXX").substring(0, 3);
        return (g + f).toUpperCase(Locale.ROOT) + "01";
    }
}
