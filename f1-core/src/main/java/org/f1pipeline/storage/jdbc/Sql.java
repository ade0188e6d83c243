package org.f1pipeline.storage.jdbc;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/** SQL text helpers shared by the stores. */
final class Sql {

    private Sql() {
    }

    /** Column names from a comma-separated list. */
    static List<String> columns(String csv) {
        return Arrays.stream(csv.split(",")).map(String::strip).toList();
    }

    static String list(List<String> columns) {
        return String.join(", ", columns);
    }

    /** {@code a = ? AND b = ?} */
    static String equalsAll(List<String> columns) {
        return columns.stream().map(c -> c + " = ?").collect(Collectors.joining(" AND "));
    }

    /**
     * The usual update list of an upsert: every column that is not a key and not in {@code keep} is overwritten
     * with the new value; the columns in {@code keep} retain what is stored (exclude-on-update).
     */
    static Map<String, String> overwrite(List<String> columns, List<String> keys, Set<String> keep) {
        Map<String, String> updates = new LinkedHashMap<>();
        for (String column : columns) {
            if (!keys.contains(column) && !keep.contains(column)) {
                updates.put(column, "excluded." + column);
            }
        }
        return updates;
    }

    /** An upsert that overwrites every non-key column. */
    static Upsert upsert(String table, List<String> keys, List<String> columns) {
        return new Upsert(table, keys, columns, overwrite(columns, keys, Set.of()));
    }

    /**
     * An upsert of {@code table}: its conflict target, inserted columns and update list, as
     * {@link SqlDialect#upsert} takes them. The session turns it into a batched statement, or hands it to the
     * dialect's {@link BulkUpsert} when there are enough rows. {@code binaryCopy}: the bulk path may send the rows
     * in COPY's binary format, because every value is bound with its column's exact type (see {@link Params}).
     */
    record Upsert(String table, List<String> keys, List<String> columns, Map<String, String> updates,
                  boolean binaryCopy) {

        Upsert(String table, List<String> keys, List<String> columns, Map<String, String> updates) {
            this(table, keys, columns, updates, false);
        }

        /** This upsert, its rows sent to the bulk path in COPY's binary format. */
        Upsert withBinaryCopy() {
            return new Upsert(table, keys, columns, updates, true);
        }

        /** The statement of the batched path. */
        String sql(SqlDialect dialect) {
            return dialect.upsert(table, keys, columns, updates);
        }
    }

    /**
     * Refuses a {@code replace...} row that does not belong to the set being replaced (before anything is
     * written).
     */
    static void belongs(boolean belongs, String field, Object row, String expected) {
        if (!belongs) {
            throw new IllegalArgumentException(field + " must all belong to " + expected + ", but got " + row);
        }
    }

    /**
     * {@code " AND column NOT IN (?, ...)"} for {@code count} values, or nothing for none: the filter of a replace
     * that deletes only the rows whose keys are not among the new ones (the upsert that follows leaves unchanged
     * rows alone).
     */
    static String notIn(String column, int count) {
        return count == 0 ? "" : " AND " + column + " NOT IN (" + "?, ".repeat(count - 1) + "?)";
    }

    /** {@code SELECT cols FROM table} */
    static String select(String table, List<String> columns) {
        return "SELECT " + list(columns) + " FROM " + table;
    }

    /**
     * Splits rows into consecutive groups in which no key repeats: the first occurrence of every key in the first
     * group, the second occurrence in the second, and so on. Running the groups in order gives the same result as
     * running the rows one by one. Without repeated keys (the normal case) the result is the input itself.
     */
    static <T> List<Collection<T>> distinctKeyGroups(Collection<T> rows, Function<? super T, ?> key) {
        Map<Object, Integer> seen = new HashMap<>(rows.size() * 2);
        int groups = 1;
        for (T row : rows) {
            int occurrence = seen.merge(key.apply(row), 1, Integer::sum);
            groups = Math.max(groups, occurrence);
        }
        if (groups == 1) {
            return List.of(rows);
        }
        List<Collection<T>> result = new ArrayList<>();
        for (int i = 0; i < groups; i++) {
            result.add(new ArrayList<>());
        }
        Map<Object, Integer> next = new HashMap<>(rows.size() * 2);
        for (T row : rows) {
            int occurrence = next.merge(key.apply(row), 1, Integer::sum);
            result.get(occurrence - 1).add(row);
        }
        return result;
    }
}
