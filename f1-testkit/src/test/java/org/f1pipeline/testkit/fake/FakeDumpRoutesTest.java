package org.f1pipeline.testkit.fake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.http.HttpResponse;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Map;
import org.f1pipeline.domain.SessionType;
import org.f1pipeline.fetch.FetchRequest;
import org.f1pipeline.fetch.FetchResponse;
import org.f1pipeline.fetch.HttpStatusException;
import org.f1pipeline.fetch.RedirectException;
import org.f1pipeline.testkit.dump.DumpTablesReader;
import org.f1pipeline.testkit.synthetic.SyntheticHistory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The dump listing, the redirect to the object store, the presigned URL's expiry and the download faults. */
class FakeDumpRoutesTest {
    private static final Instant NOW = SyntheticHistory.DEMO_TODAY; // 2024-07-10T12:00:00Z
    private static final FakeF1Options OPTIONS = FakeF1Options.builder().asOf(NOW).dumpYears(2024, 2024).build();
    private static FakeF1Api fake;

    @BeforeAll
    static void start() {
        fake = FakeF1Api.start(OPTIONS);
    }

    @AfterAll
    static void stop() {
        fake.close();
    }

    @AfterEach
    void reset() {
        fake.faults().reset();
        fake.requestLog().clear();
        fake.setAsOf(NOW);
    }

    @Test
    void listingDescribesTheLatestAndTheFourteenDaysOldDump() {
        JsonNode l = Http.json(fake.dumpsListingUrl());
        assertThat(l.get("available_types").toString()).isEqualTo("[\"csv\"]");
        assertThat(l.get("delay_days").asInt()).isEqualTo(14);
        JsonNode latest = l.get("latest_dumps").get("csv");
        JsonNode delayed = l.get("delayed_dumps").get("csv");
        assertThat(latest.get("uploaded_at").asText()).isEqualTo("2024-07-10T03:00:01.123456Z");
        assertThat(delayed.get("uploaded_at").asText()).isEqualTo("2024-06-26T03:00:01.123456Z");
        assertThat(delayed.get("dump_type").asText()).isEqualTo("csv");
        assertThat(delayed.get("download_url").asText())
                .isEqualTo(fake.baseUrl() + "/data/dumps/download/delayed/?dump_type=csv");
        assertThat(latest.get("download_url").asText())
                .isEqualTo(fake.baseUrl() + "/data/dumps/download/latest/?dump_type=csv");
        assertThat(delayed.get("file_hash").asText()).matches("[0-9a-f]{64}")
                .isEqualTo(fake.dumps().delayed(NOW).sha256()).isNotEqualTo(latest.get("file_hash").asText());
        assertThat(delayed.get("file_size").asLong()).isEqualTo(fake.dumps().delayed(NOW).zip().length);
        assertThat(l.fieldNames()).toIterable()
                .containsExactly("available_types", "latest_dumps", "delayed_dumps", "delay_days");
    }

    @Test
    void theDelayedDumpHoldsTheRacesFinishedBeforeItWasMade() {
        Instant made = Instant.parse("2024-06-26T03:00:01.123456Z");
        long finished = fake.history().season(2024).rounds().stream()
                .filter(r -> !r.session(SessionType.RACE).end().isAfter(made)).count();
        long finishedNow = fake.history().season(2024).completedRounds(NOW).size();
        assertThat(finished).isEqualTo(10);
        assertThat(finishedNow).isEqualTo(12);
        assertThat(raceEntries(new DumpTablesReader(fake.dumps().delayed(NOW).zip()))).isEqualTo(finished * 20);
        assertThat(raceEntries(new DumpTablesReader(fake.dumps().latest(NOW).zip()))).isEqualTo(finishedNow * 20);
        // The schedule is whole either way, like Jolpica's database.
        assertThat(new DumpTablesReader(fake.dumps().delayed(NOW).zip()).rows("round")).hasSize(24);
    }

    private static long raceEntries(DumpTablesReader d) {
        var raceSessions = d.rows("session").stream().filter(s -> s.get("type").equals("R")).map(s -> s.get("id"))
                .toList();
        return d.rows("sessionentry").stream().filter(e -> raceSessions.contains(e.get("session_id"))).count();
    }

    @Test
    void downloadIsARedirectToAPresignedUrlOnASecondHostServingTheZip() throws Exception {
        JsonNode delayed = Http.json(fake.dumpsListingUrl()).get("delayed_dumps").get("csv");
        HttpResponse<byte[]> redirect = Http.get11(delayed.get("download_url").asText());
        assertThat(redirect.statusCode()).isEqualTo(302);
        String location = redirect.headers().firstValue("Location").orElseThrow();
        URI uri = URI.create(location);
        assertThat(uri.getRawAuthority()).isEqualTo(fake.objectStoreHost()).isNotEqualTo(fake.apiHost());
        assertThat(uri.getRawPath()).matches("/jolpica-f1-dumps/dumps/2024-06-26/csv_[0-9a-f]{8}/jolpica-f1-csv.zip");
        assertThat(uri.getRawQuery()).contains("X-Amz-Algorithm=AWS4-HMAC-SHA256", "X-Amz-Date=20240710T120000Z",
                "X-Amz-Expires=3600", "X-Amz-Signature=");
        HttpResponse<byte[]> zip = Http.get11(location);
        assertThat(zip.statusCode()).isEqualTo(200);
        assertThat(zip.headers().firstValue("Content-Type")).contains("application/zip");
        assertThat(sha256(zip.body())).isEqualTo(delayed.get("file_hash").asText());
        assertThat((long) zip.body().length).isEqualTo(delayed.get("file_size").asLong());
        assertThat(new DumpTablesReader(zip.body()).entries).hasSize(16);
        assertThat(fake.requestLog().countHost(fake.apiHost())).isEqualTo(2);
        assertThat(fake.requestLog().countHost(fake.objectStoreHost())).isEqualTo(1);
        assertThat(fake.requestLog().count(FakeApi.OBJECT_STORE)).isEqualTo(1);
        assertThat(fake.requestLog().count(FakeApi.DUMPS, "dumps/delayed")).isEqualTo(1);
    }

    @Test
    void presignedUrlExpiresAfterAnHourAndCannotBeTamperedWith() {
        String location = presigned();
        fake.setAsOf(NOW.plus(Duration.ofMinutes(59)));
        assertThat(Http.get11(location).statusCode()).isEqualTo(200);
        fake.setAsOf(NOW.plus(Duration.ofMinutes(61)));
        HttpResponse<byte[]> expired = Http.get11(location);
        assertThat(expired.statusCode()).isEqualTo(403);
        assertThat(Http.text(expired)).contains("<Code>AccessDenied</Code>", "Request has expired");
        fake.setAsOf(NOW);
        HttpResponse<byte[]> forged = Http.get11(location.replace("X-Amz-Expires=3600", "X-Amz-Expires=999999"));
        assertThat(forged.statusCode()).isEqualTo(403);
        assertThat(Http.text(forged)).contains("SignatureDoesNotMatch");
        // The bucket is not on the API host.
        assertThat(Http.get11(fake.baseUrl() + URI.create(location).getRawPath()).statusCode()).isEqualTo(404);
    }

    @Test
    void corruptedAndTruncatedDownloads() throws Exception {
        String expected = fake.dumps().delayed(NOW).sha256();
        int size = fake.dumps().delayed(NOW).zip().length;
        fake.faults().corruptedDownloads(1);
        byte[] corrupted = Http.get11(presigned()).body();
        assertThat(corrupted).hasSize(size);
        assertThat(sha256(corrupted)).isNotEqualTo(expected);
        fake.faults().truncatedDownloads(1);
        assertThat(Http.get11(presigned()).body()).hasSize(size / 2);
        assertThat(sha256(Http.get11(presigned()).body())).isEqualTo(expected);
        assertThat(fake.requestLog().count(r -> r.fault() == FaultKind.CORRUPTED_BODY)).isEqualTo(1);
    }

    @Test
    void listingWithoutDelayedDumpsAndBrokenRedirects() {
        fake.faults().listingWithoutDelayedDumps(1);
        assertThat(Http.json(fake.dumpsListingUrl()).get("delayed_dumps").size()).isZero();
        assertThat(Http.json(fake.dumpsListingUrl()).get("delayed_dumps").has("csv")).isTrue();

        String url = fake.baseUrl() + "/data/dumps/download/delayed/?dump_type=csv";
        fake.faults().redirectLoops(2);
        HttpResponse<byte[]> loop = Http.get11(url);
        assertThat(loop.statusCode()).isEqualTo(302);
        assertThat(loop.headers().firstValue("Location")).contains(url);
        assertThat(Http.get11(url).headers().firstValue("Location")).contains(url);
        fake.faults().redirectsWithoutLocation(1);
        HttpResponse<byte[]> nowhere = Http.get11(url);
        assertThat(nowhere.statusCode()).isEqualTo(302);
        assertThat(nowhere.headers().firstValue("Location")).isEmpty();
        assertThat(Http.get11(url).headers().firstValue("Location").orElseThrow()).startsWith(fake.objectStoreBaseUrl());

        assertThat(Http.get11(fake.baseUrl() + "/data/dumps/download/latest/?dump_type=csv").statusCode()).isEqualTo(401);
        assertThat(Http.get11(fake.baseUrl() + "/data/dumps/download/delayed/?dump_type=sql").statusCode())
                .isEqualTo(400);
    }

    @Test
    void inProcessTransportRoutesTheObjectStoreHostAndHandsTheRedirectBack() throws Exception {
        FakeF1Transport t = FakeF1Transport.of(OPTIONS);
        JsonNode listing = Http.parse(new String(t.fetch(FetchRequest.get(URI.create(t.dumpsListingUrl()))).body()));
        JsonNode delayed = listing.get("delayed_dumps").get("csv");
        assertThat(delayed.get("download_url").asText())
                .isEqualTo("http://f1-fake.invalid/data/dumps/download/delayed/?dump_type=csv");
        // Handed back as the real HTTP layer hands it back: a RedirectException with its Location.
        URI download = URI.create(delayed.get("download_url").asText());
        RedirectException redirect = catchThrowableOfType(RedirectException.class,
                () -> t.fetch(FetchRequest.get(download)));
        assertThat(redirect.status()).isEqualTo(302);
        assertThat(redirect.followable()).isTrue();
        String location = redirect.location().orElseThrow().toString();
        assertThat(location).startsWith(FakeF1Transport.OBJECT_STORE_URL + "/jolpica-f1-dumps/dumps/");
        FetchResponse zip = t.fetch(FetchRequest.get(URI.create(location)));
        assertThat(sha256(zip.body())).isEqualTo(delayed.get("file_hash").asText());
        // Same facts, same bytes: the transport's dump is the server's.
        assertThat(delayed.get("file_hash").asText()).isEqualTo(fake.dumps().delayed(NOW).sha256());
        Map<String, Integer> hosts = t.requestLog().countsByHost();
        assertThat(hosts).containsEntry("f1-fake.invalid", 2).containsEntry("dumps.r2-fake.invalid", 1);
        // Content faults work in process too.
        t.faults().corruptedDownloads(1).redirectsWithoutLocation(1);
        assertThat(sha256(t.fetch(FetchRequest.get(URI.create(location))).body()))
                .isNotEqualTo(delayed.get("file_hash").asText());
        assertThat(catchThrowableOfType(RedirectException.class, () -> t.fetch(FetchRequest.get(download)))
                .location()).isEmpty();
        t.faults().serverErrors(FakeApi.OBJECT_STORE, 1);
        assertThatThrownBy(() -> t.fetch(FetchRequest.get(URI.create(location))))
                .isInstanceOf(HttpStatusException.class);
        assertThat(sha256(t.fetch(FetchRequest.get(URI.create(location))).body()))
                .isEqualTo(delayed.get("file_hash").asText());
    }

    @Test
    void withoutAnAsOfBothDumpsAreTheWholeRangeUploadedAtTheFixedInstant() {
        FakeF1Transport t = FakeF1Transport.of(FakeF1Options.builder().dumpYears(2024, 2024).build());
        JsonNode listing = Http.parse(new String(t.fetch(FetchRequest.get(URI.create(t.dumpsListingUrl()))).body()));
        JsonNode latest = listing.get("latest_dumps").get("csv");
        JsonNode delayed = listing.get("delayed_dumps").get("csv");
        assertThat(delayed.get("uploaded_at").asText()).isEqualTo("2026-11-19T03:00:01.123456Z")
                .isEqualTo(latest.get("uploaded_at").asText());
        assertThat(delayed.get("file_hash").asText()).isEqualTo(latest.get("file_hash").asText());
        // Everything published: 24 grands prix of 20 cars.
        assertThat(raceEntries(new DumpTablesReader(t.dumps().delayed(null).zip()))).isEqualTo(24 * 20);
    }

    private static String presigned() {
        return Http.get11(fake.baseUrl() + "/data/dumps/download/delayed/?dump_type=csv").headers()
                .firstValue("Location").orElseThrow();
    }

    static String sha256(byte[] bytes) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    }

}
