package org.f1pipeline.testkit.fake;

import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/** OpenF1 {@code csv=true}: sorted union of keys as header, Python {@code csv.DictWriter} value rendering. */
final class OpenF1Csv {
    private OpenF1Csv() {
    }

    static String render(List<Map<String, Object>> rows) {
        TreeSet<String> cols = new TreeSet<>();
        rows.forEach(r -> cols.addAll(r.keySet()));
        StringBuilder sb = new StringBuilder(String.join(",", cols)).append("\r\n");
        for (Map<String, Object> r : rows) {
            boolean first = true;
            for (String c : cols) {
                if (!first) {
                    sb.append(',');
                }
                first = false;
                sb.append(cell(r.get(c), c));
            }
            sb.append("\r\n");
        }
        return sb.toString();
    }

    private static String cell(Object v, String column) {
        if (v == null) {
            return "";
        }
        if (v instanceof Boolean b) {
            return b ? "True" : "False";
        }
        String s = v instanceof List<?> l ? l.toString().replace("null", "None") : String.valueOf(v);
        if (column.startsWith("date") && s.contains("T")) {
            s = s.replace('T', ' ');
        }
        return s.contains(",") || s.contains("\"") ? "\"" + s.replace("\"", "\"\"") + "\"" : s;
    }
}
