package org.f1pipeline.fetch.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import org.f1pipeline.fetch.FetchConfig;
import org.f1pipeline.fetch.FetchException;
import org.f1pipeline.fetch.FetchRequest;
import org.f1pipeline.fetch.Fetcher;
import org.f1pipeline.fetch.Fetchers;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("JdkHttpFetcher's HTTP client")
class JdkHttpFetcherClientTest {

    @Test
    @DisplayName("is made by the first request, not by the fetcher: a pipeline that only reads the database starts no"
            + " HTTP client")
    void isMadeByTheFirstRequest() throws Exception {
        long before = selectorThreads();
        Fetcher fetcher = Fetchers.http(FetchConfig.ofDefaults(), System::nanoTime, Clock.systemUTC());
        assertThat(selectorThreads()).as("HTTP client threads after building the fetcher").isEqualTo(before);

        // A port on this machine that nothing listens on: the request fails at once, after making the client.
        int port;
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = socket.getLocalPort();
        }
        URI uri = URI.create("http://127.0.0.1:" + port + "/ergast/f1/2024.json");
        assertThatThrownBy(() -> fetcher.fetch(FetchRequest.get(uri))).isInstanceOf(FetchException.class);
        assertThat(selectorThreads()).as("HTTP client threads after a request").isGreaterThan(0);
        assertThat(fetcher).isNotNull(); // keeps the client, and its thread, reachable until here
    }

    @Test
    @DisplayName("still rejects a connect timeout that is not positive when the fetcher is built")
    void rejectsABadConnectTimeoutAtOnce() {
        assertThatThrownBy(() -> new JdkHttpFetcher(Duration.ZERO, Duration.ofSeconds(5), 1_000, "f1pipeline-test",
                System::nanoTime, Clock.systemUTC()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("connectTimeout");
    }

    private static long selectorThreads() {
        return Thread.getAllStackTraces().keySet().stream()
                .filter(t -> t.getName().startsWith("HttpClient-") && t.getName().endsWith("-SelectorManager"))
                .count();
    }
}
