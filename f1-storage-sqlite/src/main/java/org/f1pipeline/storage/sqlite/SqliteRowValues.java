package org.f1pipeline.storage.sqlite;

import java.nio.charset.StandardCharsets;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.f1pipeline.internal.IsoDates;
import org.f1pipeline.storage.jdbc.RowValues;
import org.sqlite.core.CoreStatement;
import org.sqlite.core.DB;
import org.sqlite.core.SafeStmtPtr;

/**
 * Reads a whole row of a sqlite-jdbc result set under one lock: each column's storage class and value, in one
 * call of the statement's {@link SafeStmtPtr} for the row, where the driver's getters allocate a lambda and take
 * the lock for every value (and {@code wasNull} once more). A cold recompute of 2000-2025 reads about half a
 * million values; its store thread, the longer of its two paths, spent a third of its reading time in those
 * getters (decision D94).
 *
 * <p>Same answers as the driver's getters: a value whose storage class is what the getter reads (an integer read
 * as {@code int}, {@code long} or {@code double}; text or a blob read as a string or bytes) comes from what was
 * read; {@code NULL} gives the getters' {@code 0}, {@code 0.0} or {@code null}; any other pair (text read as a
 * number, a real read as text, ...) is left to the driver's getter, on the same row, so SQLite converts it as it
 * always does. Text is read as its UTF-8 bytes ({@code sqlite3_column_blob} of a text value) and decoded as the
 * driver decodes it. Not thread-safe: one per result set.
 */
final class SqliteRowValues implements RowValues {

    private static final int INTEGER = 1;
    private static final int FLOAT = 2;
    private static final int TEXT = 3;
    private static final int BLOB = 4;
    private static final int NULL = 5;
    private static final byte[] EMPTY = new byte[0];

    private final ResultSet rs;
    private final SafeStmtPtr pointer;
    private final int[] types;
    private final long[] longs;
    private final double[] doubles;
    private final byte[][] bytes;
    private final Map<String, Integer> labels = new HashMap<>();
    /** One reader for every row: no lambda allocated per row. */
    private final SafeStmtPtr.SafePtrConsumer<SQLException> reader = this::read;

    private SqliteRowValues(ResultSet rs, SafeStmtPtr pointer, int columns) {
        this.rs = rs;
        this.pointer = pointer;
        this.types = new int[columns];
        this.longs = new long[columns];
        this.doubles = new double[columns];
        this.bytes = new byte[columns][];
    }

    /**
     * The reader of {@code rs}, or null when it is not sqlite-jdbc's (a wrapper that does not unwrap to it), which
     * then reads through its own getters.
     */
    static RowValues of(ResultSet rs) throws SQLException {
        Statement statement = rs.getStatement();
        if (statement == null || !statement.isWrapperFor(CoreStatement.class)) {
            return null;
        }
        SafeStmtPtr pointer = statement.unwrap(CoreStatement.class).pointer;
        return pointer == null ? null : new SqliteRowValues(rs, pointer, rs.getMetaData().getColumnCount());
    }

    @Override
    public void load() throws SQLException {
        pointer.safeRunConsume(reader);
    }

    private void read(DB db, long statement) throws SQLException {
        for (int i = 0; i < types.length; i++) {
            int type = db.column_type(statement, i);
            types[i] = type;
            switch (type) {
                case INTEGER -> longs[i] = db.column_long(statement, i);
                case FLOAT -> doubles[i] = db.column_double(statement, i);
                case TEXT, BLOB -> {
                    byte[] value = db.column_blob(statement, i);
                    bytes[i] = value == null ? EMPTY : value; // a zero-length value
                }
                default -> bytes[i] = null;
            }
        }
    }

    @Override
    public int column(String label) throws SQLException {
        Integer index = labels.get(label);
        if (index == null) {
            index = rs.findColumn(label);
            labels.put(label, index);
        }
        return index;
    }

    @Override
    public boolean isNull(int column) {
        return types[column - 1] == NULL;
    }

    @Override
    public int getInt(int column) throws SQLException {
        return switch (types[column - 1]) {
            case INTEGER -> (int) longs[column - 1]; // sqlite3_column_int truncates the 64-bit value the same way
            case NULL -> 0;
            default -> rs.getInt(column);
        };
    }

    @Override
    public long getLong(int column) throws SQLException {
        return switch (types[column - 1]) {
            case INTEGER -> longs[column - 1];
            case NULL -> 0L;
            default -> rs.getLong(column);
        };
    }

    @Override
    public double getDouble(int column) throws SQLException {
        return switch (types[column - 1]) {
            case FLOAT -> doubles[column - 1];
            case INTEGER -> (double) longs[column - 1];
            case NULL -> 0.0;
            default -> rs.getDouble(column);
        };
    }

    @Override
    public String getString(int column) throws SQLException {
        return switch (types[column - 1]) {
            case TEXT -> new String(bytes[column - 1], StandardCharsets.UTF_8);
            case NULL -> null;
            default -> rs.getString(column);
        };
    }

    @Override
    public byte[] getBytes(int column) throws SQLException {
        return switch (types[column - 1]) {
            case TEXT, BLOB -> bytes[column - 1]; // read for this row alone: the caller may keep it
            case NULL -> null;
            default -> rs.getBytes(column);
        };
    }

    @Override
    public LocalDate getDate(int column) throws SQLException {
        String text = getString(column);
        return text == null ? null : IsoDates.date(text); // as SqliteDialect.getDate
    }
}
