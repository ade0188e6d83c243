package org.f1pipeline.testkit.storage;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.lang.reflect.UndeclaredThrowableException;
import java.time.Duration;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;
import org.f1pipeline.storage.CatalogStore;
import org.f1pipeline.storage.FeatureStore;
import org.f1pipeline.storage.InputStore;
import org.f1pipeline.storage.LapStore;
import org.f1pipeline.storage.PitStopStore;
import org.f1pipeline.storage.PredictionStore;
import org.f1pipeline.storage.RaceStore;
import org.f1pipeline.storage.ResultStore;
import org.f1pipeline.storage.NoteStore;
import org.f1pipeline.storage.StandingsStore;
import org.f1pipeline.storage.StatsStore;
import org.f1pipeline.storage.Storage;
import org.f1pipeline.storage.Transaction;
import org.f1pipeline.storage.TransactionCallback;

/**
 * A {@link Storage} decorator that counts storage round trips, for benchmarks and for tests that pin how many
 * calls a job makes. Wraps any storage; behaviour is unchanged.
 *
 * <p><b>What counts.</b> Every call of a store method ({@code tx.results().raceResults(...)}) is one store call,
 * recorded under {@code Store.method} with its wall time. A store method with a default implementation in the SPI
 * that the wrapped store does not override (say a third-party adapter that keeps the race-by-race default of
 * {@code LapStore.longRuns(Collection)} or {@code PredictionStore.addAll}) is not counted itself: its default body
 * runs against this decorator, so each call it makes is counted, which is what the database sees. The built-in
 * storages override every such default with one set-based call. Every transaction ({@link #inTransaction}, and each call through the
 * auto-commit accessors of {@code Storage} itself) counts once more, for its begin and commit. Hence
 * {@link #roundTrips()} = store calls + transactions: an upper bound of the client-server exchanges when each
 * store call is one statement or one batch, as in the JDBC adapters.
 *
 * <p>Thread-safe (counters are {@link LongAdder}s).
 */
public final class CountingStorage implements Storage {

    private final Storage delegate;
    private final Map<String, LongAdder> calls = new ConcurrentHashMap<>();
    private final Map<String, LongAdder> nanos = new ConcurrentHashMap<>();
    private final LongAdder transactions = new LongAdder();
    /** Whether a concrete store class overrides an SPI default method, per class and method. */
    private final Map<Class<?>, Map<Method, Boolean>> overrides = new ConcurrentHashMap<>();

    private CountingStorage(Storage delegate) {
        this.delegate = Objects.requireNonNull(delegate, "delegate");
    }

    /** Counts the calls made to {@code storage}. */
    public static CountingStorage wrap(Storage storage) {
        return new CountingStorage(storage);
    }

    /** The wrapped storage. */
    public Storage delegate() {
        return delegate;
    }

    @Override
    public <T> T inTransaction(TransactionCallback<T> callback) {
        Objects.requireNonNull(callback, "callback");
        transactions.increment();
        return delegate.inTransaction(tx -> callback.apply(new CountingTransaction(tx)));
    }

    /** Store calls made, over all methods. */
    public long storeCalls() {
        return calls.values().stream().mapToLong(LongAdder::sum).sum();
    }

    /** Transactions begun (explicit ones and the auto-commit calls through this storage's accessors). */
    public long transactions() {
        return transactions.sum();
    }

    /** Store calls plus transactions: the round-trip count as defined in the class comment. */
    public long roundTrips() {
        return storeCalls() + transactions();
    }

    /** Calls per {@code Store.method}, sorted by name. */
    public Map<String, Long> callsByMethod() {
        Map<String, Long> out = new TreeMap<>();
        calls.forEach((name, n) -> out.put(name, n.sum()));
        return out;
    }

    /** Wall time spent inside each {@code Store.method} (the wrapped store's time), sorted by name. */
    public Map<String, Duration> timeByMethod() {
        Map<String, Duration> out = new TreeMap<>();
        nanos.forEach((name, n) -> out.put(name, Duration.ofNanos(n.sum())));
        return out;
    }

    /** Sets every counter back to zero. */
    public void reset() {
        calls.clear();
        nanos.clear();
        transactions.reset();
    }

    /** One line, e.g. {@code 41 round trips (40 store calls + 1 transaction)}. */
    public String summary() {
        return roundTrips() + " round trips (" + storeCalls() + " store calls + " + transactions() + " transactions)";
    }

    @Override
    public CatalogStore catalog() {
        return autoCommit(CatalogStore.class, delegate.catalog());
    }

    @Override
    public RaceStore races() {
        return autoCommit(RaceStore.class, delegate.races());
    }

    @Override
    public ResultStore results() {
        return autoCommit(ResultStore.class, delegate.results());
    }

    @Override
    public LapStore laps() {
        return autoCommit(LapStore.class, delegate.laps());
    }

    @Override
    public StatsStore stats() {
        return autoCommit(StatsStore.class, delegate.stats());
    }

    @Override
    public FeatureStore features() {
        return autoCommit(FeatureStore.class, delegate.features());
    }

    @Override
    public PredictionStore predictions() {
        return autoCommit(PredictionStore.class, delegate.predictions());
    }

    @Override
    public StandingsStore standings() {
        return autoCommit(StandingsStore.class, delegate.standings());
    }

    @Override
    public PitStopStore pitStops() {
        return autoCommit(PitStopStore.class, delegate.pitStops());
    }

    @Override
    public NoteStore notes() {
        return autoCommit(NoteStore.class, delegate.notes());
    }

    @Override
    public InputStore inputs() {
        return autoCommit(InputStore.class, delegate.inputs());
    }

    @Override
    public int schemaVersion() {
        return delegate.schemaVersion();
    }

    @Override
    public String describe() {
        return "counting " + delegate.describe();
    }

    @Override
    public void close() {
        delegate.close();
    }

    @Override
    public String toString() {
        return describe() + ": " + summary();
    }

    /** The stores of one wrapped transaction, each counted. */
    private final class CountingTransaction implements Transaction {
        private final Transaction tx;

        CountingTransaction(Transaction tx) {
            this.tx = tx;
        }

        @Override
        public CatalogStore catalog() {
            return counted(CatalogStore.class, tx.catalog(), false);
        }

        @Override
        public RaceStore races() {
            return counted(RaceStore.class, tx.races(), false);
        }

        @Override
        public ResultStore results() {
            return counted(ResultStore.class, tx.results(), false);
        }

        @Override
        public LapStore laps() {
            return counted(LapStore.class, tx.laps(), false);
        }

        @Override
        public StatsStore stats() {
            return counted(StatsStore.class, tx.stats(), false);
        }

        @Override
        public FeatureStore features() {
            return counted(FeatureStore.class, tx.features(), false);
        }

        @Override
        public PredictionStore predictions() {
            return counted(PredictionStore.class, tx.predictions(), false);
        }

        @Override
        public StandingsStore standings() {
            return counted(StandingsStore.class, tx.standings(), false);
        }

        @Override
        public PitStopStore pitStops() {
            return counted(PitStopStore.class, tx.pitStops(), false);
        }

        @Override
        public NoteStore notes() {
            return counted(NoteStore.class, tx.notes(), false);
        }

        @Override
        public InputStore inputs() {
            return counted(InputStore.class, tx.inputs(), false);
        }
    }

    private <S> S autoCommit(Class<S> type, S store) {
        return counted(type, store, true);
    }

    /** A proxy of {@code store} that counts and times each call; auto-commit ones count a transaction too. */
    private <S> S counted(Class<S> type, S store, boolean autoCommit) {
        InvocationHandler handler = (proxy, method, args) -> {
            if (method.getDeclaringClass() == Object.class) {
                return objectMethod(type, store, proxy, method, args);
            }
            if (method.isDefault() && !overrides(store, method)) {
                // Run the SPI default against this proxy: each store call it makes is counted.
                return InvocationHandler.invokeDefault(proxy, method, args);
            }
            String name = type.getSimpleName() + "." + method.getName();
            calls.computeIfAbsent(name, n -> new LongAdder()).increment();
            if (autoCommit) {
                transactions.increment();
            }
            long start = System.nanoTime();
            try {
                return method.invoke(store, args);
            } catch (InvocationTargetException e) {
                throw unwrap(e);
            } finally {
                nanos.computeIfAbsent(name, n -> new LongAdder()).add(System.nanoTime() - start);
            }
        };
        return type.cast(Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type}, handler));
    }

    private boolean overrides(Object store, Method method) {
        return overrides.computeIfAbsent(store.getClass(), c -> new ConcurrentHashMap<>())
                .computeIfAbsent(method, m -> {
                    try {
                        return !store.getClass().getMethod(m.getName(), m.getParameterTypes()).isDefault();
                    } catch (NoSuchMethodException e) {
                        return false;
                    }
                });
    }

    /** The store's own exception, unchanged, as a direct call would throw it. */
    private static RuntimeException unwrap(InvocationTargetException e) {
        Throwable cause = e.getCause();
        if (cause instanceof RuntimeException runtime) {
            return runtime;
        }
        if (cause instanceof Error error) {
            throw error;
        }
        return new UndeclaredThrowableException(cause);
    }

    private static Object objectMethod(Class<?> type, Object store, Object proxy, Method method, Object[] args) {
        return switch (method.getName()) {
            case "equals" -> proxy == args[0];
            case "hashCode" -> System.identityHashCode(proxy);
            default -> "counting " + type.getSimpleName() + " of " + store;
        };
    }
}
