package org.f1pipeline.source.jolpica.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.f1pipeline.domain.Circuit;
import org.f1pipeline.domain.Constructor;
import org.f1pipeline.domain.Driver;
import org.f1pipeline.domain.Season;
import org.f1pipeline.fetch.SourceFormatException;
import org.f1pipeline.source.jolpica.JolpicaJson;
import org.f1pipeline.source.jolpica.RealRecordings;
import org.f1pipeline.source.jolpica.StatusCount;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class CatalogParserTest {

    @Test
    @DisplayName("2023 drivers: 22 including mid-season replacements, with codes, numbers and birth dates")
    void drivers() {
        List<Driver> drivers = CatalogParser.drivers(RealRecordings.envelope("drivers/2023@drivers.json", "drivers",
                "DriverTable"));
        assertThat(drivers).hasSize(22);
        assertThat(drivers).extracting(d -> d.id().value()).contains("de_vries", "lawson", "ricciardo");
        Driver albon = drivers.get(0);
        assertThat(albon.id().value()).isEqualTo("albon");
        assertThat(albon.code()).isEqualTo("ALB");
        assertThat(albon.permanentNumber()).isEqualTo(23);
        assertThat(albon.givenName()).isEqualTo("Alexander");
        assertThat(albon.dateOfBirth()).isEqualTo(LocalDate.of(1996, 3, 23));
        assertThat(albon.nationality()).isEqualTo("Thai");
    }

    @Test
    @DisplayName("1980 drivers (inside standings) have no code and no permanent number")
    void oldDrivers() {
        Envelope page = RealRecordings.envelope("driverstandings/1980@14@driverstandings.json^limit=21",
                "driverstandings", "StandingsTable");
        Node first = page.table().array("StandingsLists").get(0).array("DriverStandings").get(0).field("Driver");
        Driver jones = CatalogParser.driver(first);
        assertThat(jones.id().value()).isEqualTo("jones");
        assertThat(jones.code()).isNull();
        assertThat(jones.permanentNumber()).isNull();
        assertThat(jones.fullName()).isEqualTo("Alan Jones");
    }

    @Test
    @DisplayName("a code Jolpica's wider column allows but the domain does not is dropped, not fatal")
    void oddCode() {
        String json = """
            {"MRData":{"limit":"30","offset":"0","total":"1","DriverTable":{"Drivers":[
              {"driverId":"alpha","code":"ALPHA","givenName":"A","familyName":"Alpha"}]}}}""";
        List<Driver> drivers = CatalogParser.drivers(JolpicaJson.envelope(JolpicaJson.parse(json), "drivers",
                "DriverTable"));
        assertThat(drivers.get(0).code()).isNull();
    }

    @Test
    @DisplayName("a driver without familyName, or with a malformed birth date, is a format error")
    void badDriver() {
        String noName = """
            {"MRData":{"limit":"30","offset":"0","total":"1","DriverTable":{"Drivers":[{"driverId":"alpha"}]}}}""";
        assertThatThrownBy(() -> CatalogParser.drivers(JolpicaJson.envelope(JolpicaJson.parse(noName), "drivers",
                "DriverTable"))).isInstanceOf(SourceFormatException.class)
                .hasMessageContaining("MRData.DriverTable.Drivers[0].familyName");
        String badDate = """
            {"MRData":{"limit":"30","offset":"0","total":"1","DriverTable":{"Drivers":[
              {"driverId":"alpha","familyName":"Alpha","dateOfBirth":"31/01/1999"}]}}}""";
        assertThatThrownBy(() -> CatalogParser.drivers(JolpicaJson.envelope(JolpicaJson.parse(badDate), "drivers",
                "DriverTable"))).isInstanceOf(SourceFormatException.class)
                .hasMessageContaining("MRData.DriverTable.Drivers[0].dateOfBirth");
    }

    @Test
    @DisplayName("2023 constructors: ten teams by id")
    void constructors() {
        List<Constructor> teams = CatalogParser.constructors(RealRecordings.envelope(
                "constructors/2023@constructors.json", "constructors", "ConstructorTable"));
        assertThat(teams).hasSize(10);
        assertThat(teams.get(0).id().value()).isEqualTo("alfa");
        assertThat(teams.get(0).name()).isEqualTo("Alfa Romeo");
        assertThat(teams.get(9).nationality()).isEqualTo("British");
    }

    @Test
    @DisplayName("circuits: lat/long strings become coordinates, model attributes stay unknown")
    void circuits() {
        List<Circuit> circuits = CatalogParser.circuits(RealRecordings.envelope("circuits/circuits@monaco.json",
                "circuits", "CircuitTable"));
        Circuit monaco = circuits.get(0);
        assertThat(monaco.id().value()).isEqualTo("monaco");
        assertThat(monaco.name()).isEqualTo("Circuit de Monaco");
        assertThat(monaco.latitude()).isEqualTo(43.7347);
        assertThat(monaco.longitude()).isEqualTo(7.42056);
        assertThat(monaco.locality()).isEqualTo("Monte-Carlo");
        assertThat(monaco.overtakeRate()).isNull();
        assertThat(CatalogParser.circuits(RealRecordings.envelope("circuits/2023@circuits.json", "circuits",
                "CircuitTable"))).hasSize(22);
    }

    @Test
    @DisplayName("seasons with their Wikipedia links")
    void seasons() {
        List<Season> seasons = CatalogParser.seasons(RealRecordings.envelope("seasons/drivers@russell@seasons.json",
                "seasons", "SeasonTable"));
        assertThat(seasons).extracting(Season::year).containsExactly(2019, 2020, 2021, 2022, 2023, 2024, 2025);
        assertThat(seasons.get(0).url()).isEqualTo("https://en.wikipedia.org/wiki/2019_Formula_One_World_Championship");
    }

    @Test
    @DisplayName("2023 status counts, most frequent first")
    void statuses() {
        List<StatusCount> status = StatusParser.parse(RealRecordings.envelope("status/2023@status.json", "status",
                "StatusTable"));
        assertThat(status).hasSize(9);
        assertThat(status.get(0)).isEqualTo(new StatusCount(1, "Finished", 316));
        assertThat(status.get(1)).isEqualTo(new StatusCount(143, "Lapped", 70));
    }

    @Test
    @DisplayName("a page without MRData or without total is a format error")
    void badEnvelope() {
        assertThatThrownBy(() -> JolpicaJson.envelope(JolpicaJson.parse("{\"detail\":\"x\"}"), "drivers",
                "DriverTable")).isInstanceOf(SourceFormatException.class)
                .hasMessageContaining("missing required field MRData");
        assertThatThrownBy(() -> JolpicaJson.envelope(JolpicaJson.parse(
                "{\"MRData\":{\"limit\":\"30\",\"offset\":\"0\",\"DriverTable\":{}}}"), "drivers", "DriverTable"))
                .isInstanceOf(SourceFormatException.class).hasMessageContaining("MRData.total");
        assertThatThrownBy(() -> JolpicaJson.envelope(JolpicaJson.parse(
                "{\"MRData\":{\"limit\":\"30\",\"offset\":\"0\",\"total\":\"1\"}}"), "drivers", "DriverTable"))
                .isInstanceOf(SourceFormatException.class).hasMessageContaining("MRData.DriverTable");
    }
}
