package org.f1pipeline.storage.jdbc;

import java.sql.SQLException;
import java.util.Collection;
import java.util.List;
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
