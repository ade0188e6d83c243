package org.f1pipeline.testkit.fake;

/** The three APIs the fake server imitates, told apart by path prefix. */
public enum FakeApi {
    /** Jolpica-F1 (Ergast-compatible), under {@code /ergast/f1/}. */
    JOLPICA("/ergast/f1"),
    /** OpenF1, under {@code /v1/}. */
    OPENF1("/v1"),
    /** The F1 live-timing static archive, under {@code /static/}. */
    LIVETIMING("/static");

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
