package org.f1pipeline.fetch.internal;

import java.net.URI;
import java.util.regex.Pattern;

/**
 * Removes credentials from URLs before they reach a message, a log line or a failure line. A self-hosted mirror's
 * base URL may carry a user and password ({@code https://me:secret@mirror/ergast/f1}) or a key in the query
 * ({@code ?api_key=...}); both end up in every request URL built from it. The user name is kept (it helps to tell
 * mirrors apart), the password and the values of secret-looking parameters become {@code ***}. Internal API.
 */
public final class Redaction {

    /** {@code scheme://user:password@} anywhere in a text. */
    private static final Pattern USER_INFO = Pattern.compile("(?i)(\\b[a-z][a-z0-9+.-]*://)([^/\\s:@]*):[^/\\s@]*@");
    /** A bare {@code scheme://token@host} (a token used as the user name). */
    private static final Pattern TOKEN_USER = Pattern.compile("(?i)(\\b[a-z][a-z0-9+.-]*://)([^/\\s:@]{16,})@");
    /** Query parameters whose values are secrets. */
    private static final Pattern SECRET_PARAM = Pattern.compile(
            "(?i)([?&;](?:password|passwd|pwd|pass|token|access_token|auth|authorization|api_key|apikey|key"
                    + "|secret|client_secret|signature|sig|x-amz-signature|x-amz-credential|x-amz-security-token)=)[^&;#\\s]*");

    private Redaction() {
    }

    /** The URL as text without its password or secret query values. */
    public static String uri(URI uri) {
        return uri == null ? "null" : text(uri.toString());
    }

    /** Any text with the credentials of the URLs it contains masked. */
    public static String text(String text) {
        if (text == null || text.indexOf("://") < 0) {
            return text;
        }
        String out = USER_INFO.matcher(text).replaceAll("$1$2:***@");
        out = TOKEN_USER.matcher(out).replaceAll("$1***@");
        return SECRET_PARAM.matcher(out).replaceAll("$1***");
    }

    /** Whether {@code uri} carries credentials in its user-info part. */
    public static boolean hasUserInfo(URI uri) {
        return uri.getRawUserInfo() != null && !uri.getRawUserInfo().isEmpty();
    }

    /** {@code uri} without its user-info part (what is actually sent on the request line). */
    public static URI withoutUserInfo(URI uri) {
        if (!hasUserInfo(uri)) {
            return uri;
        }
        String s = uri.toString();
        int start = s.indexOf("://") + 3;
        int at = s.indexOf('@', start);
        return URI.create(s.substring(0, start) + s.substring(at + 1));
    }
}
