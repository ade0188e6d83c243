package org.f1pipeline.storage.jdbc;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.f1pipeline.domain.RaceKey;
import org.f1pipeline.storage.DerivedKind;
import org.f1pipeline.storage.DerivedVersion;
import org.f1pipeline.storage.InputKind;
import org.f1pipeline.storage.InputStore;
import org.f1pipeline.storage.InputVersion;

/**
 * {@link InputStore} over the {@code input_versions} and {@code derived_versions} tables. A touch costs two small
 * primary-key or index reads (the recorded digest, the greatest version) and, when the input changed, one upsert.
 */
final class JdbcInputStore implements InputStore {

    private static final List<String> INPUT_KEY = Sql.columns("season, round, input_kind");
    private static final List<String> INPUT = Sql.columns("season, round, input_kind, digest, version");
    private static final List<String> DERIVED_KEY = Sql.columns("season, round, derived_kind, model_version,"
            + " computed_at_ns");
    private static final List<String> DERIVED = Sql.columns("season, round, derived_kind, model_version,"
            + " computed_at_ns, input_version, recomputed");

    private final JdbcSession session;

    JdbcInputStore(JdbcSession session) {
        this.session = session;
    }

    @Override
    public boolean touch(RaceKey race, InputKind kind, long digest) {
        Objects.requireNonNull(race, "race");
        Objects.requireNonNull(kind, "kind");
        String operation = "record input version";
        new Parents().race(race).verify(session, operation);
        Optional<Long> recorded = session.queryOne(operation, "SELECT digest FROM input_versions"
                        + " WHERE season = ? AND round = ? AND input_kind = ?", p -> p.race(race).text(kind.name()),
                r -> r.longValue("digest"));
        if (digest != UNKNOWN_DIGEST && recorded.isPresent() && recorded.get() == digest) {
            return false;
        }
        long next = session.queryOne(operation, "SELECT MAX(version) AS v FROM input_versions", p -> { },
                r -> r.longValue("v")).orElse(0L) + 1;
        session.upsert(operation, Sql.upsert("input_versions", INPUT_KEY, INPUT),
                List.of(race), k -> k, (p, k) -> p.race(k).text(kind.name()).bigint(digest).bigint(next));
        return true;
    }

    /**
     * The recorded digests of inputs of {@code kinds} in seasons {@code fromSeason..toSeason}, keyed by
     * {@code List.of(race, kind)}: one query, for writes that touch many races at once.
     */
    Map<List<Object>, Long> digests(String operation, int fromSeason, int toSeason, List<InputKind> kinds) {
        Map<List<Object>, Long> out = new HashMap<>();
        session.query(operation, "SELECT season, round, input_kind, digest FROM input_versions WHERE season BETWEEN ?"
                        + " AND ? AND input_kind IN (" + String.join(", ", Collections.nCopies(kinds.size(), "?"))
                        + ")", p -> {
                    p.integer(fromSeason).integer(toSeason);
                    for (InputKind kind : kinds) {
                        p.text(kind.name());
                    }
                }, r -> List.of(r.race(), InputKind.valueOf(r.text("input_kind")), r.longValue("digest")))
                .forEach(row -> out.put(List.of(row.get(0), row.get(1)), (Long) row.get(2)));
        return out;
    }

    /**
     * Exactly {@link #touch} for each of {@code touches} in order, in three statements instead of three per
     * touch: {@code recorded} must hold the digests {@link #digests} read in this transaction for every touched
     * race and kind (nothing else recorded one since), and the races must exist.
     */
    void touchAll(List<Touch> touches, Map<List<Object>, Long> recorded) {
        String operation = "record input version";
        Parents parents = new Parents();
        touches.forEach(t -> parents.race(t.race()));
        parents.verify(session, operation);
        List<Touch> changed = touches.stream().filter(t -> t.digest() == UNKNOWN_DIGEST
                || !Long.valueOf(t.digest()).equals(recorded.get(List.of(t.race(), t.kind())))).toList();
        if (changed.isEmpty()) {
            return;
        }
        long first = session.queryOne(operation, "SELECT MAX(version) AS v FROM input_versions", p -> { },
                r -> r.longValue("v")).orElse(0L) + 1;
        List<Object[]> rows = new ArrayList<>(changed.size());
        for (int i = 0; i < changed.size(); i++) {
            rows.add(new Object[] {changed.get(i), first + i});
        }
        session.upsert(operation, Sql.upsert("input_versions", INPUT_KEY, INPUT), rows, null, (p, row) -> {
            Touch t = (Touch) row[0];
            p.race(t.race()).text(t.kind().name()).bigint(t.digest()).bigint((Long) row[1]);
        });
    }

    /** One {@link #touch} for {@link #touchAll}. */
    record Touch(RaceKey race, InputKind kind, long digest) {
    }

    @Override
    public List<InputVersion> inputVersions(int fromSeason, int toSeason) {
        return session.query("read input versions", Sql.select("input_versions", INPUT)
                        + " WHERE season BETWEEN ? AND ? ORDER BY season, round, input_kind",
                p -> p.integer(fromSeason).integer(toSeason), JdbcInputStore::input);
    }

    @Override
    public void recordDerived(Collection<DerivedVersion> rows) {
        Objects.requireNonNull(rows, "rows");
        String operation = "record derived versions";
        rows.forEach(r -> Objects.requireNonNull(r, "rows must not contain null"));
        for (DerivedVersion r : rows) {
            if (!r.kind().versioned()) {
                session.update(operation, "DELETE FROM derived_versions WHERE season = ? AND round = ?"
                                + " AND derived_kind = ? AND model_version = ?",
                        p -> p.integer(r.season()).integer(r.round()).text(r.kind().name()).text(r.modelVersion()));
            }
        }
        session.upsert(operation, Sql.upsert("derived_versions", DERIVED_KEY, DERIVED), rows,
                r -> List.of(r.season(), r.round(), r.kind(), r.modelVersion(), r.computedAt()),
                (p, r) -> p.integer(r.season()).integer(r.round()).text(r.kind().name()).text(r.modelVersion())
                        .instant(r.computedAt(), "computedAt").bigint(r.inputVersion())
                        .integer(r.recomputed() ? 1 : 0));
    }

    @Override
    public List<DerivedVersion> derivedVersions(int fromSeason, int toSeason) {
        return session.query("read derived versions", Sql.select("derived_versions", DERIVED)
                        + " WHERE season BETWEEN ? AND ?"
                        + " ORDER BY season, round, derived_kind, model_version, computed_at_ns",
                p -> p.integer(fromSeason).integer(toSeason), JdbcInputStore::derived);
    }

    private static InputVersion input(Row r) throws SQLException {
        return new InputVersion(r.race(), InputKind.valueOf(r.text("input_kind")), r.longValue("digest"),
                r.longValue("version"));
    }

    private static DerivedVersion derived(Row r) throws SQLException {
        return new DerivedVersion(r.intValue("season"), r.intValue("round"),
                DerivedKind.valueOf(r.text("derived_kind")), r.text("model_version"), r.instant("computed_at_ns"),
                r.longValue("input_version"), r.intValue("recomputed") != 0);
    }
}
