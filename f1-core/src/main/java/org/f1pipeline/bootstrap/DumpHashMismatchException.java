package org.f1pipeline.bootstrap;

import java.util.Map;

/**
 * The downloaded dump's SHA-256 is not the {@code file_hash} of Jolpica's listing: a broken or tampered download.
 * Nothing was written and nothing was cached; running again downloads it again.
 */
public final class DumpHashMismatchException extends DumpException {

    private final String expected;
    private final String actual;

    /**
     * @param source   the download URL
     * @param expected the listing's {@code file_hash} (hex)
     * @param actual   the SHA-256 of the bytes received (hex)
     */
    public DumpHashMismatchException(String source, String expected, String actual) {
        super(source, "SHA-256 mismatch: the listing says " + expected + " but the download is " + actual
                + "; nothing was written or cached, run again to download it again", null);
        this.expected = expected;
        this.actual = actual;
    }

    /** The hash the listing announced. */
    public String expected() {
        return expected;
    }

    /** The hash of the bytes received. */
    public String actual() {
        return actual;
    }

    @Override
    public Map<String, Object> context() {
        Map<String, Object> out = new java.util.LinkedHashMap<>(super.context());
        out.put("expected_sha256", expected);
        out.put("actual_sha256", actual);
        return out;
    }
}
