package org.f1pipeline.storage.jdbc;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.f1pipeline.domain.Circuit;
import org.f1pipeline.domain.CircuitId;
import org.f1pipeline.domain.Constructor;
import org.f1pipeline.domain.ConstructorId;
import org.f1pipeline.domain.Driver;
import org.f1pipeline.domain.DriverId;
import org.f1pipeline.domain.Season;
import org.f1pipeline.domain.SeasonEntry;
import org.f1pipeline.storage.CatalogStore;

/** {@link CatalogStore} over the {@code seasons}, {@code circuits}, {@code constructors}, {@code drivers} and
 * {@code season_entries} tables. */
final class JdbcCatalogStore implements CatalogStore {

    private static final List<String> SEASON = Sql.columns("year, url");
    private static final List<String> CIRCUIT = Sql.columns(
            "circuit_id, name, locality, country, latitude, longitude, overtake_rate, safety_car_probability");
    private static final List<String> CONSTRUCTOR = Sql.columns("constructor_id, name, nationality");
    private static final List<String> DRIVER = Sql.columns(
            "driver_id, code, permanent_number, given_name, family_name, date_of_birth, nationality");
    private static final List<String> ENTRY = Sql.columns("season, driver_id, constructor_id, car_number, first_round");
    private static final List<String> ENTRY_KEY = Sql.columns("season, driver_id, constructor_id");

    private final JdbcSession session;

    JdbcCatalogStore(JdbcSession session) {
        this.session = session;
    }

    @Override
    public void upsertSeasons(Collection<Season> seasons) {
        session.upsert("upsert seasons", Sql.upsert("seasons", List.of("year"), SEASON),
                Objects.requireNonNull(seasons, "seasons"), Season::year, (p, s) -> p.integer(s.year()).text(s.url()));
    }

    @Override
    public List<Season> seasons() {
        return session.query("read seasons", Sql.select("seasons", SEASON) + " ORDER BY year", p -> { },
                JdbcCatalogStore::season);
    }

    @Override
    public Optional<Season> season(int year) {
        return session.queryOne("read season", Sql.select("seasons", SEASON) + " WHERE year = ?",
                p -> p.integer(year), JdbcCatalogStore::season);
    }

    @Override
    public void upsertCircuits(Collection<Circuit> circuits) {
        // A null rate in the input keeps the stored one: a schedule sync must not erase hand-set or derived rates.
        Map<String, String> updates = Sql.overwrite(CIRCUIT, List.of("circuit_id"), Set.of());
        updates.put("overtake_rate", "COALESCE(excluded.overtake_rate, circuits.overtake_rate)");
        updates.put("safety_car_probability",
                "COALESCE(excluded.safety_car_probability, circuits.safety_car_probability)");
        Sql.Upsert sql = new Sql.Upsert("circuits", List.of("circuit_id"), CIRCUIT, updates);
        session.upsert("upsert circuits", sql, Objects.requireNonNull(circuits, "circuits"), Circuit::id,
                (p, c) -> p.text(c.id().value()).text(c.name()).text(c.locality()).text(c.country())
                        .real(c.latitude()).real(c.longitude()).real(c.overtakeRate())
                        .real(c.safetyCarProbability()));
    }

    @Override
    public List<Circuit> circuits() {
        return session.query("read circuits", Sql.select("circuits", CIRCUIT) + " ORDER BY circuit_id", p -> { },
                JdbcCatalogStore::circuit);
    }

    @Override
    public Optional<Circuit> circuit(CircuitId id) {
        Objects.requireNonNull(id, "id");
        return session.queryOne("read circuit", Sql.select("circuits", CIRCUIT) + " WHERE circuit_id = ?",
                p -> p.text(id.value()), JdbcCatalogStore::circuit);
    }

    @Override
    public void upsertConstructors(Collection<Constructor> constructors) {
        session.upsert("upsert constructors",
                Sql.upsert("constructors", List.of("constructor_id"), CONSTRUCTOR),
                Objects.requireNonNull(constructors, "constructors"), Constructor::id,
                (p, c) -> p.text(c.id().value()).text(c.name()).text(c.nationality()));
    }

    @Override
    public List<Constructor> constructors() {
        return session.query("read constructors", Sql.select("constructors", CONSTRUCTOR)
                + " ORDER BY constructor_id", p -> { }, JdbcCatalogStore::constructor);
    }

    @Override
    public Optional<Constructor> constructor(ConstructorId id) {
        Objects.requireNonNull(id, "id");
        return session.queryOne("read constructor", Sql.select("constructors", CONSTRUCTOR)
                + " WHERE constructor_id = ?", p -> p.text(id.value()), JdbcCatalogStore::constructor);
    }

    @Override
    public void upsertDrivers(Collection<Driver> drivers) {
        session.upsert("upsert drivers", Sql.upsert("drivers", List.of("driver_id"), DRIVER),
                Objects.requireNonNull(drivers, "drivers"), Driver::id,
                (p, d) -> p.text(d.id().value()).text(d.code()).integer(d.permanentNumber()).text(d.givenName())
                        .text(d.familyName()).date(d.dateOfBirth()).text(d.nationality()));
    }

    @Override
    public List<Driver> drivers() {
        return session.query("read drivers", Sql.select("drivers", DRIVER) + " ORDER BY driver_id", p -> { },
                JdbcCatalogStore::driver);
    }

    @Override
    public Optional<Driver> driver(DriverId id) {
        Objects.requireNonNull(id, "id");
        return session.queryOne("read driver", Sql.select("drivers", DRIVER) + " WHERE driver_id = ?",
                p -> p.text(id.value()), JdbcCatalogStore::driver);
    }

    @Override
    public void upsertSeasonEntries(Collection<SeasonEntry> entries) {
        Objects.requireNonNull(entries, "entries");
        verifyEntries("upsert season entries", entries);
        writeEntries("upsert season entries", entries);
    }

    @Override
    public void replaceSeasonEntries(int season, Collection<SeasonEntry> entries) {
        Objects.requireNonNull(entries, "entries");
        for (SeasonEntry entry : entries) {
            Sql.belongs(entry.season() == season, "entries", entry, "season " + season);
        }
        verifyEntries("replace season entries", entries);
        session.update("replace season entries", "DELETE FROM season_entries WHERE season = ?", p -> p.integer(season));
        writeEntries("replace season entries", entries);
    }

    private void verifyEntries(String operation, Collection<SeasonEntry> entries) {
        Parents parents = new Parents();
        entries.forEach(e -> parents.season(e.season()).driver(e.driver()).constructor(e.constructor()));
        parents.verify(session, operation);
    }

    private void writeEntries(String operation, Collection<SeasonEntry> entries) {
        session.upsert(operation, Sql.upsert("season_entries", ENTRY_KEY, ENTRY), entries,
                e -> List.of(e.season(), e.driver(), e.constructor()),
                (p, e) -> p.integer(e.season()).text(e.driver().value()).text(e.constructor().value())
                        .integer(e.carNumber()).integer(e.firstRound()));
    }

    @Override
    public List<SeasonEntry> seasonEntries(int season) {
        return session.query("read season entries", Sql.select("season_entries", ENTRY)
                        + " WHERE season = ? ORDER BY driver_id, constructor_id", p -> p.integer(season),
                r -> new SeasonEntry(r.intValue("season"), DriverId.of(r.text("driver_id")),
                        ConstructorId.of(r.text("constructor_id")), r.integer("car_number"), r.integer("first_round")));
    }

    private static Season season(Row r) throws java.sql.SQLException {
        return new Season(r.intValue("year"), r.text("url"));
    }

    private static Circuit circuit(Row r) throws java.sql.SQLException {
        return new Circuit(CircuitId.of(r.text("circuit_id")), r.text("name"), r.text("locality"), r.text("country"),
                r.real("latitude"), r.real("longitude"), r.real("overtake_rate"), r.real("safety_car_probability"));
    }

    private static Constructor constructor(Row r) throws java.sql.SQLException {
        return new Constructor(ConstructorId.of(r.text("constructor_id")), r.text("name"), r.text("nationality"));
    }

    private static Driver driver(Row r) throws java.sql.SQLException {
        return new Driver(DriverId.of(r.text("driver_id")), r.text("code"), r.integer("permanent_number"),
                r.text("given_name"), r.text("family_name"), r.date("date_of_birth"), r.text("nationality"));
    }
}
