package org.f1pipeline.fetch.internal;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * Recognises OpenF1's refusal of unauthenticated calls while a session is live: HTTP 401 (403 accepted too) with a
 * JSON body like {@code {"detail":"Session in progress, access is restricted to authenticated users. Sign up
 * here: ..."}} (br-g/openf1 issues #220, #234, #280). Other 401/403 bodies stay plain status errors. Internal API.
 */
public final class LiveSessionDetector {

    private LiveSessionDetector() {
    }

    /**
     * The server's detail message when this is a live-session refusal, otherwise null.
     *
     * @param status the HTTP status
     * @param body   the (start of the) error body
     * @return the {@code detail} text, or null
     */
    public static String refusalDetail(int status, byte[] body) {
        if ((status != 401 && status != 403) || body == null || body.length == 0) {
            return null;
        }
        try {
            JsonNode node = Json.MAPPER.readTree(Json.stripBom(new String(body, StandardCharsets.UTF_8)));
            JsonNode detail = node == null ? null : node.get("detail");
            if (detail == null || !detail.isTextual()) {
                return null;
            }
            String text = detail.asText();
            String lower = text.toLowerCase(Locale.ROOT);
            boolean live = lower.contains("session in progress") || lower.contains("live session");
            boolean auth = lower.contains("authenticat");
            return live || (auth && lower.contains("restricted")) ? text : null;
        } catch (java.io.IOException | RuntimeException e) {
            return null;
        }
    }
}
