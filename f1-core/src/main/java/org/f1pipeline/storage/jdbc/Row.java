package org.f1pipeline.storage.jdbc;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;
import org.f1pipeline.domain.RaceKey;
import org.f1pipeline.domain.RaceType;

/**
 * Typed, null-aware reads of the current row of a result set, by column label; plus raw reads by column index
 * for the bulk readers that map hundreds of thousands of rows (no label lookup, no null check). Reads go through
 * the dialect's {@link RowValues} when it has one, else through the result set's getters.
 */
final class Row {

    private final ResultSet rs;
    private final SqlDialect dialect;
    /** The dialect's reader of the current row, or null. */
    private final RowValues values;

    /** {@code wholeRows}: through the dialect's {@link RowValues} when it has one. */
    Row(ResultSet rs, SqlDialect dialect, boolean wholeRows) throws SQLException {
        this.rs = rs;
        this.dialect = dialect;
        this.values = wholeRows ? dialect.rowValues(rs) : null;
    }

    /** Reads the row the result set has just moved to. */
    void load() throws SQLException {
        if (values != null) {
            values.load();
        }
    }

    String text(String column) throws SQLException {
        return values != null ? values.getString(values.column(column)) : rs.getString(column);
    }

    Integer integer(String column) throws SQLException {
        if (values != null) {
            int index = values.column(column);
            return values.isNull(index) ? null : values.getInt(index);
        }
        int value = rs.getInt(column);
        return rs.wasNull() ? null : value;
    }

    int intValue(String column) throws SQLException {
        return values != null ? values.getInt(values.column(column)) : rs.getInt(column);
    }

    Long bigint(String column) throws SQLException {
        if (values != null) {
            int index = values.column(column);
            return values.isNull(index) ? null : values.getLong(index);
        }
        long value = rs.getLong(column);
        return rs.wasNull() ? null : value;
    }

    long longValue(String column) throws SQLException {
        return values != null ? values.getLong(values.column(column)) : rs.getLong(column);
    }

    Double real(String column) throws SQLException {
        if (values != null) {
            int index = values.column(column);
            return values.isNull(index) ? null : values.getDouble(index);
        }
        double value = rs.getDouble(column);
        return rs.wasNull() ? null : value;
    }

    double doubleValue(String column) throws SQLException {
        return values != null ? values.getDouble(values.column(column)) : rs.getDouble(column);
    }

    Boolean bool(String column) throws SQLException {
        if (values != null) {
            int index = values.column(column);
            return values.isNull(index) ? null : values.getInt(index) != 0;
        }
        boolean value = rs.getBoolean(column);
        return rs.wasNull() ? null : value;
    }

    boolean boolValue(String column) throws SQLException {
        return values != null ? values.getInt(values.column(column)) != 0 : rs.getBoolean(column);
    }

    LocalDate date(String column) throws SQLException {
        return values != null ? values.getDate(values.column(column)) : dialect.getDate(rs, column);
    }

    Instant instant(String column) throws SQLException {
        Long nanos = bigint(column);
        return nanos == null ? null : Jdbc.fromEpochNanos(nanos);
    }

    /** Column {@code index} (1-based) as an int; 0 for SQL NULL. */
    int intAt(int index) throws SQLException {
        return values != null ? values.getInt(index) : rs.getInt(index);
    }

    /** Column {@code index} (1-based) as a double; 0 for SQL NULL. */
    double doubleAt(int index) throws SQLException {
        return values != null ? values.getDouble(index) : rs.getDouble(index);
    }

    /** Column {@code index} (1-based) as text; null for SQL NULL. */
    String textAt(int index) throws SQLException {
        return values != null ? values.getString(index) : rs.getString(index);
    }

    /** Column {@code index} (1-based) as bytes; null for SQL NULL. */
    byte[] bytesAt(int index) throws SQLException {
        return values != null ? values.getBytes(index) : rs.getBytes(index);
    }

    /** The race key from the {@code season} and {@code round} columns. */
    RaceKey race() throws SQLException {
        return new RaceKey(intValue("season"), intValue("round"));
    }

    /** The race type from the {@code race_type} column. */
    RaceType type() throws SQLException {
        String name = text("race_type");
        return Params.typeName(RaceType.GRAND_PRIX).equals(name) ? RaceType.GRAND_PRIX
                : RaceType.valueOf(name.toUpperCase(Locale.ROOT));
    }
}
