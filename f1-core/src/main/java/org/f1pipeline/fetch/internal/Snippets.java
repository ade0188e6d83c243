package org.f1pipeline.fetch.internal;

import java.nio.charset.StandardCharsets;

/** Short, printable excerpts of response bodies for error messages. Internal API. */
public final class Snippets {

    /** Maximum characters of a snippet (before the ellipsis). */
    public static final int MAX_CHARS = 200;

    private Snippets() {
    }

    /** The first {@value #MAX_CHARS} characters of {@code body}, decoded leniently, control characters escaped. */
    public static String of(byte[] body) {
        if (body == null || body.length == 0) {
            return "";
        }
        // Decode only a bounded prefix: a 4-byte UTF-8 char per output char at most.
        int len = Math.min(body.length, MAX_CHARS * 4);
        return of(new String(body, 0, len, StandardCharsets.UTF_8), body.length > len);
    }

    /** Same for text already decoded. */
    public static String of(String text) {
        return text == null ? "" : of(text, false);
    }

    private static String of(String text, boolean moreBytes) {
        StringBuilder sb = new StringBuilder();
        int i = 0;
        for (; i < text.length() && sb.length() < MAX_CHARS; i++) {
            char c = text.charAt(i);
            if (c == '\n') {
                sb.append("\\n");
            } else if (c == '\r') {
                sb.append("\\r");
            } else if (c == '\t') {
                sb.append(' ');
            } else if (Character.isISOControl(c) || c == '\uFFFD') {
                sb.append('?');
            } else {
                sb.append(c);
            }
        }
        if (i < text.length() || moreBytes) {
            sb.append("...");
        }
        return sb.toString();
    }
}
