package org.f1pipeline.fetch;

import java.net.URI;
import java.util.Objects;
import org.f1pipeline.InvalidInputException;
import org.f1pipeline.internal.Checks;

/**
 * One HTTP source: its name, base URL (configurable, since users self-host OpenF1 or mirror the archive) and the
 * rate limits of its host. Requests whose URL starts with {@code baseUrl} share this source's limiter.
 */
public final class SourceConfig {

    /** Name of the Jolpica-F1 source. */
    public static final String JOLPICA = "jolpica";
    /** Name of the OpenF1 source. */
    public static final String OPENF1 = "openf1";
    /** Name of the F1 live-timing archive source. */
    public static final String LIVETIMING = "livetiming";

    private final String name;
    private final URI baseUrl;
    private final RateLimitConfig rateLimit;

    private SourceConfig(String name, URI baseUrl, RateLimitConfig rateLimit) {
        Checks.notBlank(name, "source name");
        Checks.notNull(baseUrl, "baseUrl");
        if (!baseUrl.isAbsolute() || baseUrl.getHost() == null) {
            throw new InvalidInputException("baseUrl",
                    "baseUrl of source '" + name + "' must be an absolute http(s) URL, was "
                    + baseUrl);
        }
        if (!baseUrl.toString().endsWith("/")) {
            baseUrl = URI.create(baseUrl + "/");
        }
        Checks.notNull(rateLimit, "rateLimit");
        this.name = name;
        this.baseUrl = baseUrl;
        this.rateLimit = rateLimit;
    }

    /** Jolpica-F1 at {@code https://api.jolpi.ca/ergast/f1/}, 4/s and 500/h. */
    public static SourceConfig jolpica() {
        return new SourceConfig(JOLPICA, URI.create("https://api.jolpi.ca/ergast/f1/"), RateLimitConfig.jolpica());
    }

    /** OpenF1 at {@code https://api.openf1.org/v1/}, 3/s and 30/min. */
    public static SourceConfig openF1() {
        return new SourceConfig(OPENF1, URI.create("https://api.openf1.org/v1/"), RateLimitConfig.openF1());
    }

    /** The live-timing archive at {@code https://livetiming.formula1.com/static/}, 4/s. */
    public static SourceConfig liveTiming() {
        return new SourceConfig(LIVETIMING, URI.create("https://livetiming.formula1.com/static/"),
                RateLimitConfig.liveTiming());
    }

    /**
     * A source of your own (a self-hosted mirror under another name), with the default limits; change them with
     * {@link #withRateLimit(RateLimitConfig)}.
     *
     * @throws org.f1pipeline.InvalidInputException when the URL is not an absolute http(s) URL
     */
    public static SourceConfig of(String name, URI baseUrl) {
        return new SourceConfig(name, baseUrl, RateLimitConfig.ofDefaults());
    }

    /** Same source at another base URL (a self-hosted server, a mirror, a fake in tests). */
    public SourceConfig withBaseUrl(URI url) {
        return new SourceConfig(name, url, rateLimit);
    }

    /** Same source with other limits. */
    public SourceConfig withRateLimit(RateLimitConfig limits) {
        return new SourceConfig(name, baseUrl, limits);
    }

    /** Whether {@code uri} is under this source's base URL (scheme, host and port compared case-insensitively). */
    public boolean covers(URI uri) {
        if (uri == null || uri.getHost() == null || !baseUrl.getScheme().equalsIgnoreCase(uri.getScheme())
                || !baseUrl.getHost().equalsIgnoreCase(uri.getHost()) || port(baseUrl) != port(uri)) {
            return false;
        }
        String path = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
        return (path.endsWith("/") ? path : path + "/").startsWith(baseUrl.getRawPath());
    }

    private static int port(URI u) {
        return u.getPort() != -1 ? u.getPort() : "https".equalsIgnoreCase(u.getScheme()) ? 443 : 80;
    }

    /** The source name, e.g. {@code "openf1"}. */
    public String name() {
        return name;
    }

    /** Absolute http(s) URL ending with {@code /}. */
    public URI baseUrl() {
        return baseUrl;
    }

    /** The host's limits. */
    public RateLimitConfig rateLimit() {
        return rateLimit;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof SourceConfig o && Objects.equals(name, o.name)
                && Objects.equals(baseUrl, o.baseUrl)
                && Objects.equals(rateLimit, o.rateLimit);
    }

    @Override
    public int hashCode() {
        return Objects.hash(name, baseUrl, rateLimit);
    }

    /** {@code SourceConfig[name=..., baseUrl=..., ...]}, as a record prints. */
    @Override
    public String toString() {
        return "SourceConfig[name=" + name + ", "
                + "baseUrl=" + baseUrl + ", "
                + "rateLimit=" + rateLimit + "]";
    }
}
