package org.f1pipeline.fetch.internal;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.net.URI;
import java.util.Optional;
import org.f1pipeline.fetch.FetchResponse;
import org.f1pipeline.fetch.ResponseBody;

/** A {@link ResponseBody} over a response already in memory. Internal API. */
public final class MemoryBody implements ResponseBody {

    private final FetchResponse response;
    private final byte[] body;

    /** Wraps {@code response}. */
    public MemoryBody(FetchResponse response) {
        this.response = response;
        this.body = response.body();
    }

    @Override
    public URI uri() {
        return response.uri();
    }

    @Override
    public int status() {
        return response.status();
    }

    @Override
    public Optional<String> header(String name) {
        return response.header(name);
    }

    /** All headers of the response. */
    java.util.Map<String, java.util.List<String>> headers() {
        return response.headers();
    }

    @Override
    public boolean fromCache() {
        return response.fromCache();
    }

    @Override
    public InputStream stream() {
        return new ByteArrayInputStream(body);
    }

    @Override
    public String snippet() {
        return Snippets.of(body);
    }
}
