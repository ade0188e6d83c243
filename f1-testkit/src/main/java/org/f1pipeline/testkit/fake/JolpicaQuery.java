package org.f1pipeline.testkit.fake;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * A parsed Jolpica path: {@code [season[/round]][/filter/value]*[/endpoint[/final]](/|.json)}. Parsing problems
 * come back as the {@link Reply} Jolpica would send ({@link #error}).
 */
final class JolpicaQuery {
    static final Set<String> FILTERS = Set.of("circuits", "constructors", "drivers", "grid", "results", "fastest",
            "status", "laps");
    static final Set<String> NUMERIC_FILTERS = Set.of("grid", "results", "fastest", "status", "laps");
    static final List<String> ENDPOINTS = List.of("seasons", "circuits", "races", "status", "constructors", "drivers",
            "results", "sprint", "qualifying", "pitstops", "laps", "driverstandings", "constructorstandings");
    static final Set<String> NUMERIC_FINAL = Set.of("status", "results", "sprint", "qualifying", "pitstops", "laps",
            "driverstandings", "constructorstandings");

    String season;
    String round;
    final Map<String, String> filters = new LinkedHashMap<>();
    String endpoint;
    String finalValue;
    String urlPath;
    Reply error;

    static JolpicaQuery parse(String sub, String base) {
        JolpicaQuery q = new JolpicaQuery();
        String body;
        if (sub.endsWith(".json")) {
            body = sub.substring(0, sub.length() - 5);
        } else if (sub.endsWith("/")) {
            body = sub.substring(0, sub.length() - 1);
        } else {
            // Django's APPEND_SLASH redirect.
            q.error = Reply.text(301, "text/html; charset=utf-8", "")
                    .header("Location", base + FakeApi.JOLPICA.prefix() + sub + "/");
            return q;
        }
        q.urlPath = body.toLowerCase(Locale.ROOT) + (sub.endsWith(".json") ? ".json" : "/");
        String[] segs = body.isEmpty() ? new String[0] : body.substring(1).split("/");
        int i = 0;
        if (i < segs.length && segs[i].matches("\\d{4}|current")) {
            q.season = segs[i++];
            if (i < segs.length && segs[i].matches("\\d{1,2}|last|next")) {
                q.round = segs[i++];
            }
        }
        int rest = segs.length - i;
        if (rest == 0) {
            if (q.season == null) {
                q.error = Reply.djangoNotFound(sub);
                return q;
            }
            q.endpoint = "races";
            return q;
        }
        while (segs.length - i >= 3 && FILTERS.contains(segs[i])) {
            String name = segs[i];
            String value = segs[i + 1];
            if (!value.matches("[a-zA-Z0-9_-]+") || (NUMERIC_FILTERS.contains(name) && !value.matches("\\d+"))) {
                q.error = Reply.djangoNotFound(sub);
                return q;
            }
            q.filters.put(name, value); // duplicate filters: the last one wins, like Jolpica
            i += 2;
        }
        rest = segs.length - i;
        String ep = rest >= 1 ? segs[i].toLowerCase(Locale.ROOT) : null;
        if (rest > 2 || ep == null || !ENDPOINTS.contains(ep)) {
            q.error = Reply.djangoNotFound(sub);
            return q;
        }
        q.endpoint = ep;
        if (rest == 2) {
            q.finalValue = segs[i + 1];
            if (NUMERIC_FINAL.contains(ep) && !q.finalValue.matches("\\d+")) {
                q.error = Reply.djangoNotFound(sub);
            }
        }
        return q;
    }

    /** Filters an endpoint accepts (others give Jolpica's "Unsupported filter for endpoint."). */
    static Set<String> supportedFilters(String endpoint) {
        return switch (endpoint) {
            case "laps", "pitstops" -> Set.of("drivers", "laps", "constructors");
            case "driverstandings" -> Set.of("drivers");
            case "constructorstandings" -> Set.of("constructors");
            default -> Set.of("circuits", "constructors", "drivers", "grid", "results", "fastest", "status");
        };
    }

    static Reply badRequest(String detail) {
        return Reply.json(400, "{\"detail\":\"Bad Request: " + detail + "\"}");
    }
}
