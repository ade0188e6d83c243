package org.f1pipeline.source.jolpica;

import java.net.URI;
import java.util.Objects;
import org.f1pipeline.InvalidInputException;
import org.f1pipeline.fetch.SourceConfig;
import org.f1pipeline.internal.Checks;

/**
 * Settings of the Jolpica client.
 */
public final class JolpicaConfig {

    /** The public Jolpica-F1 server. */
    public static final String DEFAULT_BASE_URL = "https://api.jolpi.ca/ergast/f1";

    /** The largest page Jolpica serves. */
    public static final int MAX_PAGE_SIZE = 100;

    private final URI baseUrl;
    private final int pageSize;

    private JolpicaConfig(URI baseUrl, int pageSize) {
        Checks.notNull(baseUrl, "baseUrl");
        if (!baseUrl.isAbsolute() || baseUrl.getHost() == null
                || !("http".equalsIgnoreCase(baseUrl.getScheme()) || "https".equalsIgnoreCase(baseUrl.getScheme()))) {
            throw new InvalidInputException("baseUrl", "baseUrl must be an absolute http(s) URL, was " + baseUrl);
        }
        if (baseUrl.getRawQuery() != null || baseUrl.getRawFragment() != null) {
            throw new InvalidInputException("baseUrl", "baseUrl must not have a query or fragment, was " + baseUrl);
        }
        String text = baseUrl.toString();
        while (text.endsWith("/")) {
            text = text.substring(0, text.length() - 1);
        }
        baseUrl = URI.create(text);
        Checks.inRange(pageSize, 1, MAX_PAGE_SIZE, "pageSize");
        this.baseUrl = baseUrl;
        this.pageSize = pageSize;
    }

    /** The public server with 100-row pages. */
    public static JolpicaConfig ofDefaults() {
        return new JolpicaConfig(URI.create(DEFAULT_BASE_URL), MAX_PAGE_SIZE);
    }

    /**
     * The default settings at the base URL of the fetch layer's Jolpica source, so a self-hosted server configured
     * once for rate limiting and caching is also the one the client calls.
     */
    public static JolpicaConfig from(SourceConfig source) {
        Checks.notNull(source, "source");
        return new JolpicaConfig(source.baseUrl(), MAX_PAGE_SIZE);
    }

    /** Same settings against another server (self-hosted Jolpica, a fake server in tests). */
    public JolpicaConfig withBaseUrl(String url) {
        Checks.notBlank(url, "baseUrl");
        return new JolpicaConfig(URI.create(url.trim()), pageSize);
    }

    /** Same settings with another page size. */
    public JolpicaConfig withPageSize(int size) {
        return new JolpicaConfig(baseUrl, size);
    }

    /**
     * Root of the Ergast-compatible API, e.g. {@value #DEFAULT_BASE_URL} or a self-hosted {@code
     * http://localhost:8000/ergast/f1}; a trailing slash is removed.
     */
    public URI baseUrl() {
        return baseUrl;
    }

    /**
     * Rows per request, 1 to {@value #MAX_PAGE_SIZE}; the default is the server maximum, which minimises requests
     * (the server silently clamps anything larger).
     */
    public int pageSize() {
        return pageSize;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof JolpicaConfig o && Objects.equals(baseUrl, o.baseUrl)
                && pageSize == o.pageSize;
    }

    @Override
    public int hashCode() {
        return Objects.hash(baseUrl, pageSize);
    }

    /** {@code JolpicaConfig[baseUrl=..., pageSize=...]}, as a record prints. */
    @Override
    public String toString() {
        return "JolpicaConfig[baseUrl=" + baseUrl + ", "
                + "pageSize=" + pageSize + "]";
    }
}
