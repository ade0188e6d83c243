package org.f1pipeline.testkit.fake;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * OpenF1 filters parsed from the raw query the way its server does it: each raw pair is re-joined and split on
 * the first of {@code >=}, {@code <=}, {@code =}, {@code >}, {@code <}; values are cast (boolean, int, float,
 * date, string); date-only values cover the whole day; repeated equalities are OR-ed, everything else AND-ed.
 */
final class OpenF1Query {
    record Cond(String field, String op, Object value) {
    }

    final List<Cond> conds = new ArrayList<>();
    boolean csv;

    static OpenF1Query parse(String rawQuery) {
        OpenF1Query q = new OpenF1Query();
        if (rawQuery == null || rawQuery.isEmpty()) {
            return q;
        }
        for (String raw : rawQuery.split("&")) {
            String pair = FakeRequest.decodePath(raw.replace("+", " "));
            String op = null;
            int at = -1;
            for (String candidate : new String[] {">=", "<=", "=", ">", "<"}) {
                int i = pair.indexOf(candidate);
                if (i > 0 && (at < 0 || i < at || (i == at && candidate.length() > op.length()))) {
                    at = i;
                    op = candidate;
                }
            }
            if (op == null) {
                continue;
            }
            String field = pair.substring(0, at).toLowerCase(Locale.ROOT);
            String value = pair.substring(at + op.length());
            if (field.equals("csv")) {
                q.csv = value.equalsIgnoreCase("true");
                continue;
            }
            // "+02:00" arrives as " 02:00": put the plus back, like the server does.
            if (value.matches(".*\\d \\d{2}:\\d{2}$")) {
                value = value.substring(0, value.length() - 6) + "+" + value.substring(value.length() - 5);
            }
            addCond(q, field, op, value);
        }
        return q;
    }

    private static void addCond(OpenF1Query q, String field, String op, String value) {
        Object v = cast(field, value);
        if (v instanceof LocalDate d) {
            Instant start = d.atStartOfDay().toInstant(ZoneOffset.UTC);
            Instant next = d.plusDays(1).atStartOfDay().toInstant(ZoneOffset.UTC);
            switch (op) {
                case "=" -> {
                    q.conds.add(new Cond(field, ">=", start));
                    q.conds.add(new Cond(field, "<", next));
                }
                case ">" -> q.conds.add(new Cond(field, ">=", next));
                case "<=" -> q.conds.add(new Cond(field, "<", next));
                default -> q.conds.add(new Cond(field, op, start));
            }
        } else {
            q.conds.add(new Cond(field, op, v));
        }
    }

    static Object cast(String field, String value) {
        if (field.equals("gmt_offset") || field.equals("team_colour")) {
            return value;
        }
        if (value.equals("true") || value.equals("false")) {
            return Boolean.valueOf(value);
        }
        if (value.matches("-?\\d+")) {
            return Long.valueOf(value);
        }
        if (value.matches("-?\\d*\\.\\d+")) {
            return Double.valueOf(value);
        }
        if (value.matches("\\d{4}-\\d{2}-\\d{2}")) {
            return LocalDate.parse(value);
        }
        Instant t = parseInstant(value);
        return t != null ? t : value;
    }

    static Instant parseInstant(String v) {
        String s = v.trim().replace(' ', 'T');
        try {
            return OffsetDateTime.parse(s).toInstant();
        } catch (RuntimeException e) {
            try {
                return LocalDateTime.parse(s).toInstant(ZoneOffset.UTC);
            } catch (RuntimeException e2) {
                return null;
            }
        }
    }

    /** The single equality value of a field (e.g. session_key), or null. */
    String equality(String field) {
        List<Object> vs = equalities(field);
        return vs.size() == 1 ? String.valueOf(vs.get(0)) : null;
    }

    List<Object> equalities(String field) {
        List<Object> out = new ArrayList<>();
        conds.stream().filter(c -> c.field.equals(field) && c.op.equals("=")).forEach(c -> out.add(c.value));
        return out;
    }

    boolean matches(Map<String, Object> row) {
        Map<String, List<Cond>> eq = new LinkedHashMap<>();
        for (Cond c : conds) {
            if (!row.containsKey(c.field)) {
                continue; // unknown field: MongoDB matches nothing, but filters on absent keys are rare in tests
            }
            if (c.op.equals("=")) {
                eq.computeIfAbsent(c.field, k -> new ArrayList<>()).add(c);
            } else if (!compare(row.get(c.field), c)) {
                return false;
            }
        }
        for (List<Cond> alternatives : eq.values()) {
            if (alternatives.stream().noneMatch(c -> compare(row.get(c.field), c))) {
                return false;
            }
        }
        return true;
    }

    private static boolean compare(Object actual, Cond c) {
        int cmp;
        if (actual == null) {
            return false;
        } else if (actual instanceof Number a && c.value instanceof Number b) {
            cmp = Double.compare(a.doubleValue(), b.doubleValue());
        } else if (c.value instanceof Instant b && actual instanceof String s && parseInstant(s) != null) {
            cmp = parseInstant(s).compareTo(b);
        } else if (actual instanceof Boolean a && c.value instanceof Boolean b) {
            cmp = a.equals(b) ? 0 : 1;
        } else {
            cmp = String.valueOf(actual).compareTo(String.valueOf(c.value));
            if (!c.op.equals("=") && !(c.value instanceof String)) {
                return false;
            }
        }
        return switch (c.op) {
            case "=" -> cmp == 0;
            case ">=" -> cmp >= 0;
            case "<=" -> cmp <= 0;
            case ">" -> cmp > 0;
            default -> cmp < 0;
        };
    }
}
