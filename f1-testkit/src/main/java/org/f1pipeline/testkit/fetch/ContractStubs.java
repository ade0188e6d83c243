package org.f1pipeline.testkit.fetch;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.GZIPOutputStream;

/** WireMock stubbing helpers for the fetcher contract (and any test that needs scripted responses). */
public final class ContractStubs {

    private ContractStubs() {
    }

    /** Stubs GET {@code path} to answer {@code first} {@code times} times, then {@code rest} for ever. */
    public static void stubTimes(WireMockServer server, String path, ResponseDefinitionBuilder first, int times,
                                 ResponseDefinitionBuilder rest) {
        String scenario = "seq" + path;
        String state = Scenario.STARTED;
        for (int i = 1; i <= times; i++) {
            String next = "after-" + i;
            server.stubFor(get(urlPathEqualTo(path)).inScenario(scenario).whenScenarioStateIs(state)
                    .willReturn(first).willSetStateTo(next));
            state = next;
        }
        server.stubFor(get(urlPathEqualTo(path)).inScenario(scenario).whenScenarioStateIs(state).willReturn(rest));
    }

    /** Stubs GET {@code path} to always answer {@code response}. */
    public static void stubAlways(WireMockServer server, String path, ResponseDefinitionBuilder response) {
        server.stubFor(get(urlPathEqualTo(path)).willReturn(response));
    }

    /** A 200 JSON response. */
    public static ResponseDefinitionBuilder json(String body) {
        return aResponse().withStatus(200).withHeader("Content-Type", "application/json").withBody(body);
    }

    /** A response with {@code status} and a JSON body. */
    public static ResponseDefinitionBuilder status(int status, String jsonBody) {
        return aResponse().withStatus(status).withHeader("Content-Type", "application/json").withBody(jsonBody);
    }

    /** {@code bytes} gzip-compressed. */
    public static byte[] gzip(byte[] bytes) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
            gz.write(bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** UTF-8 bytes. */
    public static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }
}
