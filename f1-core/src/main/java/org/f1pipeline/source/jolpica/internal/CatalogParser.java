package org.f1pipeline.source.jolpica.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.f1pipeline.domain.Circuit;
import org.f1pipeline.domain.CircuitId;
import org.f1pipeline.domain.Constructor;
import org.f1pipeline.domain.ConstructorId;
import org.f1pipeline.domain.Driver;
import org.f1pipeline.domain.DriverId;
import org.f1pipeline.domain.RaceKey;
import org.f1pipeline.domain.Season;

/**
 * Parsers for the catalog objects (data-sources.md section 1.6) and their list endpoints: {@code seasons},
 * {@code drivers}, {@code constructors}, {@code circuits}. The objects also appear inside result and schedule rows.
 * Internal API.
 */
public final class CatalogParser {

    private CatalogParser() {
    }

    /**
     * A {@code Driver} object. {@code driverId} and {@code familyName} are required. A {@code code} that is not three
     * letters or digits (Jolpica's column allows ten characters) is dropped rather than failing the whole page,
     * because the code is a display attribute, never a key.
     */
    public static Driver driver(Node node) {
        String id = node.text("driverId");
        String familyName = node.text("familyName");
        String givenName = node.optText("givenName");
        String code = node.optText("code");
        if (code != null) {
            code = code.toUpperCase(Locale.ROOT);
            if (!code.matches("[A-Z0-9]{3}")) {
                code = null;
            }
        }
        Integer permanentNumber = node.optInteger("permanentNumber");
        var dateOfBirth = node.optDate("dateOfBirth");
        String nationality = node.optText("nationality");
        String validCode = code;
        return node.build("driver", () -> new Driver(DriverId.of(id), validCode, permanentNumber, givenName,
                familyName, dateOfBirth, nationality));
    }

    /** A {@code Constructor} object; {@code constructorId} and {@code name} are required. */
    public static Constructor constructor(Node node) {
        String id = node.text("constructorId");
        String name = node.text("name");
        String nationality = node.optText("nationality");
        return node.build("constructor", () -> new Constructor(ConstructorId.of(id), name, nationality));
    }

    /**
     * A {@code Circuit} object; {@code circuitId} and {@code circuitName} are required, the {@code Location} and its
     * parts are optional (Jolpica omits null parts). Overtake rate and safety-car probability are not Jolpica data
     * and stay null.
     */
    public static Circuit circuit(Node node) {
        String id = node.text("circuitId");
        String name = node.text("circuitName");
        Node loc = node.optField("Location").orElse(null);
        Double lat = loc == null ? null : loc.optDecimal("lat");
        Double lng = loc == null ? null : loc.optDecimal("long");
        String locality = loc == null ? null : loc.optText("locality");
        String country = loc == null ? null : loc.optText("country");
        return node.build("circuit", () -> new Circuit(CircuitId.of(id), name, locality, country, lat, lng, null,
                null));
    }

    /** {@code SeasonTable.Seasons} of one page. */
    public static List<Season> seasons(Envelope page) {
        List<Season> out = new ArrayList<>();
        for (Node s : page.table().array("Seasons")) {
            int year = s.integer("season");
            String url = s.optText("url");
            out.add(s.build("season", () -> new Season(year, url)));
        }
        return out;
    }

    /** {@code DriverTable.Drivers} of one page. */
    public static List<Driver> drivers(Envelope page) {
        List<Driver> out = new ArrayList<>();
        for (Node d : page.table().array("Drivers")) {
            out.add(driver(d));
        }
        return out;
    }

    /** {@code ConstructorTable.Constructors} of one page. */
    public static List<Constructor> constructors(Envelope page) {
        List<Constructor> out = new ArrayList<>();
        for (Node c : page.table().array("Constructors")) {
            out.add(constructor(c));
        }
        return out;
    }

    /** {@code CircuitTable.Circuits} of one page. */
    public static List<Circuit> circuits(Envelope page) {
        List<Circuit> out = new ArrayList<>();
        for (Node c : page.table().array("Circuits")) {
            out.add(circuit(c));
        }
        return out;
    }

    /**
     * The {@link RaceKey} of a race object ({@code season} and {@code round} are required).
     *
     * @param race a race object from any {@code RaceTable}
     * @return the key
     */
    public static RaceKey raceKey(Node race) {
        int season = race.integer("season");
        int round = race.integer("round");
        return race.build("race key", () -> RaceKey.of(season, round));
    }
}
