package org.f1pipeline.job.ingest;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.f1pipeline.F1Pipeline;
import org.f1pipeline.PipelineConfig;
import org.f1pipeline.domain.Race;
import org.f1pipeline.domain.RaceKey;
import org.f1pipeline.domain.RaceType;
import org.f1pipeline.fetch.FetchConfig;
import org.f1pipeline.fetch.RateLimitConfig;
import org.f1pipeline.fetch.SourceConfig;
import org.f1pipeline.storage.Storage;
import org.f1pipeline.storage.Transaction;
import org.f1pipeline.storage.TransactionCallback;
import org.f1pipeline.testkit.fake.FakeF1Api;
import org.f1pipeline.testkit.time.FakeSleeper;
import org.f1pipeline.testkit.time.FakeTicker;

/**
 * Test helpers for the ingest jobs on the SQL adapters (f1-testkit's own test helpers are not on this module's class
 * path): a pipeline wired to the fake servers, a snapshot of every store, and a storage that fails on one write.
 */
final class IngestWiring {

    private IngestWiring() {
    }

    /** A pipeline over {@code storage} with the fakes' base URLs, no rate limits, fake-time retries, fixed clock. */
    static F1Pipeline pipeline(FakeF1Api fake, Storage storage, Instant now) {
        FetchConfig fetch = FetchConfig.builder()
                .source(SourceConfig.jolpica().withBaseUrl(URI.create(fake.jolpicaBaseUrl() + "/"))
                        .withRateLimit(RateLimitConfig.unlimited()))
                .source(SourceConfig.openF1().withBaseUrl(URI.create(fake.openF1BaseUrl() + "/"))
                        .withRateLimit(RateLimitConfig.unlimited()))
                .build();
        FakeTicker ticker = new FakeTicker();
        return F1Pipeline.builder().storage(storage).clock(Clock.fixed(now, ZoneOffset.UTC))
                .config(PipelineConfig.ofDefaults().toBuilder().fetch(fetch).build())
                .ticker(ticker).sleeper(new FakeSleeper(ticker, null)).build();
    }

    /** Everything the storage returns for the seasons, as one comparable value. */
    static Map<String, Object> snapshot(Storage storage, int... years) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("seasons", storage.catalog().seasons());
        out.put("circuits", storage.catalog().circuits());
        out.put("constructors", storage.catalog().constructors());
        out.put("drivers", storage.catalog().drivers());
        for (int year : years) {
            List<Race> races = storage.races().races(year);
            List<RaceKey> keys = new ArrayList<>(races.stream().map(Race::key).toList());
            out.put(year + " entries", storage.catalog().seasonEntries(year));
            out.put(year + " races", races);
            out.put(year + " conditions", storage.races().conditions(year, year));
            out.put(year + " qualifying", storage.results().qualifying(year, year));
            out.put(year + " sprint qualifying", storage.results().sprintQualifying(year, year));
            out.put(year + " results", storage.results().raceResults(year, year, RaceType.GRAND_PRIX));
            out.put(year + " sprint results", storage.results().raceResults(year, year, RaceType.SPRINT));
            out.put(year + " laps", storage.laps().laps(keys, RaceType.GRAND_PRIX));
            out.put(year + " sprint laps", storage.laps().laps(keys, RaceType.SPRINT));
            out.put(year + " long runs", storage.laps().longRuns(keys));
        }
        return out;
    }

    /** {@code real}, except that {@code store().method(...)} throws inside transactions. */
    static Storage failingOn(Storage real, String store, String method) {
        InvocationHandler handler = (proxy, m, args) -> {
            if (m.getName().equals("inTransaction")) {
                TransactionCallback<?> callback = (TransactionCallback<?>) args[0];
                return real.inTransaction(tx -> callback.apply(failing(tx, store, method)));
            }
            return m.isDefault() ? InvocationHandler.invokeDefault(proxy, m, args) : call(real, m, args);
        };
        return (Storage) Proxy.newProxyInstance(Storage.class.getClassLoader(), new Class<?>[] {Storage.class},
                handler);
    }

    private static Transaction failing(Transaction tx, String store, String method) {
        return (Transaction) Proxy.newProxyInstance(Transaction.class.getClassLoader(),
                new Class<?>[] {Transaction.class}, (proxy, m, args) -> {
                    Object value = call(tx, m, args);
                    if (!m.getName().equals(store)) {
                        return value;
                    }
                    Class<?> type = m.getReturnType();
                    return Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type}, (p, sm, sargs) -> {
                        if (sm.getName().equals(method)) {
                            throw new IllegalStateException("injected fault in " + store + "()." + method);
                        }
                        return call(value, sm, sargs);
                    });
                });
    }

    private static Object call(Object target, Method m, Object[] args) throws Throwable {
        try {
            return m.invoke(target, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }
}
