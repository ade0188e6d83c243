package org.f1pipeline.testkit.fake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import org.f1pipeline.domain.SessionType;
import org.f1pipeline.fetch.FetchException;
import org.f1pipeline.fetch.FetchRequest;
import org.f1pipeline.fetch.FetchResponse;
import org.f1pipeline.fetch.HttpStatusException;
import org.f1pipeline.fetch.LiveSessionRefusedException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The server-less transport answers exactly what the fake server answers, status and body. */
class FakeF1TransportTest {

    private static FakeF1Api server;
    private static FakeF1Transport transport;
    private static int race;

    @BeforeAll
    static void start() {
        server = FakeF1Api.start(FakeF1Options.demo());
        transport = FakeF1Transport.of(FakeF1Options.demo());
        race = server.history().season(2024).round(5).session(SessionType.RACE).key();
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private static String viaTransport(String path) {
        FetchResponse r = transport.fetch(FetchRequest.get(URI.create(FakeF1Transport.BASE_URL + path)));
        assertThat(r.status()).isEqualTo(200);
        return new String(r.body(), StandardCharsets.UTF_8).replace(FakeF1Transport.BASE_URL, "BASE");
    }

    private static String viaServer(String path) {
        HttpResponse<byte[]> r = Http.get(server.baseUrl() + path);
        assertThat(r.statusCode()).as(path).isEqualTo(200);
        return Http.text(r).replace(server.baseUrl(), "BASE");
    }

    @Test
    @DisplayName("Jolpica, OpenF1 and live-timing bodies are the server's, byte for byte (base URL aside)")
    void sameBodies() {
        for (String path : List.of("/ergast/f1/2024.json", "/ergast/f1/2024/5/results.json?limit=100",
                "/ergast/f1/2024/5/laps.json?limit=100&offset=100", "/ergast/f1/2024/drivers.json",
                "/v1/laps?session_key=" + race + "&driver_number=1&lap_number%3E%3D5&lap_number%3C=7",
                "/v1/stints?session_key=" + race, "/static/2024/Index.json")) {
            String body = viaTransport(path);
            assertThat(body).as(path).isEqualTo(viaServer(path)).isNotEmpty();
        }
        assertThat(Http.parse(viaTransport("/v1/laps?session_key=" + race + "&driver_number=1&lap_number%3E%3D5"
                + "&lap_number%3C=7"))).hasSize(3);
        assertThat(transport.requestLog().count(FakeApi.OPENF1, "laps")).isEqualTo(2);
    }

    @Test
    @DisplayName("non-2xx answers become the HTTP layer's exceptions; other hosts are refused")
    void errors() {
        assertThatThrownBy(() -> transport.fetch(FetchRequest.get(URI.create(FakeF1Transport.BASE_URL
                + "/elsewhere/2024.json"))))
                .isInstanceOfSatisfying(HttpStatusException.class, e -> assertThat(e.status()).isEqualTo(404));
        assertThatThrownBy(() -> transport.fetch(FetchRequest.get(URI.create("http://127.0.0.1:9/v1/laps"))))
                .isInstanceOf(FetchException.class).hasMessageContaining("not served by the in-process fake");
        FakeF1Transport live = FakeF1Transport.of(FakeF1Options.demo());
        Instant duringRace = live.history().season(2024).round(5).session(SessionType.RACE).start().plusSeconds(600);
        live.setAsOf(duringRace);
        assertThatThrownBy(() -> live.fetch(FetchRequest.get(URI.create(live.openF1BaseUrl() + "/laps?session_key="
                + race)))).isInstanceOf(LiveSessionRefusedException.class);
    }
}
