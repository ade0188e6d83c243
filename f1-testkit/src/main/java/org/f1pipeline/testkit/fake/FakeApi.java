package org.f1pipeline.testkit.fake;

/** The APIs the fake server imitates, told apart by path prefix (the object store also by host). */
public enum FakeApi {
    /** Jolpica-F1 (Ergast-compatible), under {@code /ergast/f1/}. */
    JOLPICA("/ergast/f1"),
    /** OpenF1, under {@code /v1/}. */
    OPENF1("/v1"),
    /** The F1 live-timing static archive, under {@code /static/}. */
    LIVETIMING("/static"),
    /** Jolpica's database-dump endpoints on the Jolpica host, under {@code /data/dumps/} (listing and redirect). */
    DUMPS("/data/dumps"),
    /**
     * The object store the dump downloads are redirected to: its own host (a second port of {@link FakeF1Api}, or
     * {@link FakeF1Transport#OBJECT_STORE_URL}), bucket path {@code /jolpica-f1-dumps/}.
     */
    OBJECT_STORE("/" + FakeDumps.BUCKET);

    private final String prefix;

    FakeApi(String prefix) {
        this.prefix = prefix;
    }

    /** Path prefix, e.g. {@code /ergast/f1}. */
    public String prefix() {
        return prefix;
    }

    /** The API serving a path, or null. */
    public static FakeApi forPath(String path) {
        for (FakeApi api : values()) {
            if (path.equals(api.prefix) || path.startsWith(api.prefix + "/")) {
                return api;
            }
        }
        return null;
    }
}
