package org.f1pipeline.bootstrap.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;
import org.f1pipeline.InvalidInputException;
import org.f1pipeline.bootstrap.BootstrapOptions;
import org.f1pipeline.bootstrap.DumpException;
import org.f1pipeline.bootstrap.DumpHashMismatchException;
import org.f1pipeline.fetch.CacheMode;
import org.f1pipeline.fetch.FetchConfig;
import org.f1pipeline.fetch.FetchRequest;
import org.f1pipeline.fetch.FetchResponse;
import org.f1pipeline.fetch.Fetcher;
import org.f1pipeline.fetch.RedirectException;
import org.f1pipeline.fetch.SourceConfig;
import org.f1pipeline.fetch.internal.Redaction;

/**
 * Gets the dump's zip onto disk: a local file as it is; a URL downloaded directly; by default Jolpica's listing
 * ({@code <jolpica origin>/data/dumps/download/}), whose {@code delayed_dumps.csv} entry gives the download URL and
 * the SHA-256. The download URL answers with a redirect to a short-lived presigned URL on an object store; the
 * fetch layer never follows a redirect to another host (D78), so it is followed exactly once here, as a request of
 * its own (source {@code jolpica-dumps}, so that host's own limiter and retries apply; D79). Both downloads bypass
 * the response cache (a presigned URL is never stored); the zip itself is kept in the cache folder
 * under its hash ({@code dumps/jolpica-csv-<sha256>.zip}), so a rerun with the same listing downloads nothing. A zip
 * whose hash differs from the listing's is refused before anything is written or cached. Internal API.
 */
public final class DumpDownload {

    /** Source name of the object-store host the download redirects to. */
    public static final String DUMP_HOST_SOURCE = "jolpica-dumps";

    /**
     * The zip in hand.
     *
     * @param zip       where it is
     * @param source    the file or URL, for messages
     * @param sha256    its hash (hex, lower case)
     * @param cached    a cached copy of the listed dump was used
     * @param requests  requests made
     * @param temporary the file is ours to delete after use
     */
    public record Dump(Path zip, String source, String sha256, boolean cached, int requests, boolean temporary) {
    }

    private final Fetcher fetcher;
    private final FetchConfig config;
    private int requests;

    private DumpDownload(Fetcher fetcher, FetchConfig config) {
        this.fetcher = fetcher;
        this.config = config;
    }

    /**
     * Gets the zip the options ask for.
     *
     * @throws InvalidInputException     for a local file that does not exist
     * @throws DumpHashMismatchException when the download's hash is not the listing's
     * @throws DumpException             for a listing without a CSV dump, or a zip that cannot be stored
     */
    public static Dump obtain(Fetcher fetcher, FetchConfig config, BootstrapOptions options) {
        DumpDownload d = new DumpDownload(fetcher, config);
        if (options.dumpFile().isPresent()) {
            Path file = options.dumpFile().get();
            if (!Files.isRegularFile(file) || !Files.isReadable(file)) {
                throw new InvalidInputException("dump", "dump file " + file + " does not exist or is not readable");
            }
            return new Dump(file, file.toString(), sha256(file), false, 0, false);
        }
        if (options.dumpUrl().isPresent()) {
            URI url = options.dumpUrl().get();
            byte[] zip = d.download(url, SourceConfig.JOLPICA);
            Path tmp = d.store(zip, null);
            return new Dump(tmp, url.toString(), hex(digest(zip)), false, d.requests, true);
        }
        return d.listed();
    }

    private Dump listed() {
        URI base = config.sources().get(SourceConfig.JOLPICA).baseUrl();
        URI listing = URI.create(base.getScheme() + "://" + base.getRawAuthority() + "/data/dumps/download/");
        FetchResponse answer = fetch(FetchRequest.of(SourceConfig.JOLPICA, "dumps/listing", listing)
                .withCacheMode(CacheMode.BYPASS));
        JsonNode csv;
        try {
            csv = new ObjectMapper().readTree(answer.body()).path("delayed_dumps").path("csv");
        } catch (IOException e) {
            throw new DumpException(listing.toString(), "the listing is not JSON: " + e.getMessage(), e);
        }
        String url = csv.path("download_url").asText("");
        String hash = csv.path("file_hash").asText("").trim().toLowerCase(Locale.ROOT);
        if (url.isEmpty() || !hash.matches("[0-9a-f]{64}")) {
            throw new DumpException(listing.toString(), "the listing has no delayed CSV dump with a download_url"
                    + " and a SHA-256 file_hash", null);
        }
        URI download = listing.resolve(url);
        Path cacheDir = config.cache().enabled() ? config.cache().dir().resolve("dumps") : null;
        Path cachedZip = cacheDir == null ? null : cacheDir.resolve("jolpica-csv-" + hash + ".zip");
        if (cachedZip != null && Files.isRegularFile(cachedZip)) {
            if (sha256(cachedZip).equals(hash)) {
                return new Dump(cachedZip, download.toString(), hash, true, requests, false);
            }
            deleteQuietly(cachedZip); // a damaged copy: download again
        }
        byte[] zip = download(download, SourceConfig.JOLPICA);
        String actual = hex(digest(zip));
        if (!actual.equals(hash)) {
            throw new DumpHashMismatchException(download.toString(), hash, actual);
        }
        Path stored = store(zip, cachedZip);
        return new Dump(stored, download.toString(), hash, false, requests, cachedZip == null);
    }

    /**
     * GET, following the one redirect to another host (the object store) by a request of its own, as source
     * {@link #DUMP_HOST_SOURCE}: that host's own limiter, cache bypassed. The fetch layer hands such a redirect back
     * ({@link RedirectException}); a fetcher that returns it as a 3xx response gets the same treatment. A redirect
     * that cannot be followed (no {@code Location}, a loop) fails with the fetch layer's error naming the URLs.
     */
    private byte[] download(URI url, String source) {
        RedirectException redirect;
        try {
            FetchResponse r = fetch(FetchRequest.of(source, "dumps/download", url).withCacheMode(CacheMode.BYPASS));
            if (!RedirectException.isRedirect(r.status())) {
                return r.body();
            }
            redirect = RedirectException.of(url, r.status(), r.attempts(), r.header("Location").orElse(null));
        } catch (RedirectException e) {
            requests += e.attempts();
            redirect = e;
        }
        if (!redirect.followable()) {
            throw redirect;
        }
        URI target = redirect.location().orElseThrow();
        URI further;
        try {
            FetchResponse r = fetch(FetchRequest.of(DUMP_HOST_SOURCE, "dumps/file", target)
                    .withCacheMode(CacheMode.BYPASS));
            if (!RedirectException.isRedirect(r.status())) {
                return r.body();
            }
            further = RedirectException.of(target, r.status(), r.attempts(), r.header("Location").orElse(null))
                    .location().orElse(null);
        } catch (RedirectException e) {
            requests += e.attempts();
            further = e.location().orElse(null);
        }
        throw new DumpException(url.toString(), "redirected twice (" + Redaction.uri(redirect.uri()) + " -> "
                + Redaction.uri(target) + " -> " + (further == null ? "no Location" : Redaction.uri(further))
                + "); the download follows one redirect to another host only", null);
    }

    private FetchResponse fetch(FetchRequest request) {
        FetchResponse r = fetcher.fetch(request);
        requests += r.fromCache() ? 0 : Math.max(1, r.attempts());
        return r;
    }

    /** Writes the zip to {@code target} (atomically) or to a temporary file. */
    private Path store(byte[] zip, Path target) {
        try {
            if (target == null) {
                Path tmp = Files.createTempFile("f1-dump-", ".zip");
                Files.write(tmp, zip);
                return tmp;
            }
            Files.createDirectories(target.getParent());
            Path tmp = Files.createTempFile(target.getParent(), "download-", ".part");
            try {
                Files.write(tmp, zip);
                try {
                    Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
                } catch (AtomicMoveNotSupportedException e) {
                    Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
                }
            } finally {
                Files.deleteIfExists(tmp);
            }
            return target;
        } catch (IOException e) {
            throw new DumpException(String.valueOf(target), "could not store the downloaded zip: " + e, e);
        }
    }

    /** SHA-256 of a file, streamed. */
    static String sha256(Path file) {
        MessageDigest md = sha();
        try (InputStream in = Files.newInputStream(file)) {
            byte[] buf = new byte[64 * 1024];
            for (int n; (n = in.read(buf)) >= 0; ) {
                md.update(buf, 0, n);
            }
        } catch (IOException e) {
            throw new DumpException(file.toString(), "could not read: " + e, e);
        }
        return hex(md.digest());
    }

    private static byte[] digest(byte[] bytes) {
        return sha().digest(bytes);
    }

    private static MessageDigest sha() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java 17 runtime has SHA-256", e);
        }
    }

    private static String hex(byte[] digest) {
        return HexFormat.of().formatHex(digest);
    }

    private static void deleteQuietly(Path p) {
        try {
            Files.deleteIfExists(p);
        } catch (IOException e) {
            // The copy is replaced by the download anyway.
        }
    }
}
