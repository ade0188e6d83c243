package org.f1pipeline.testkit.storage;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.f1pipeline.storage.Storage;
import org.f1pipeline.storage.Transaction;
import org.f1pipeline.storage.TransactionCallback;

/**
 * A storage that behaves like the one it wraps, except that inside a transaction one store method throws: the
 * "fault on the last write" of the rollback tests. Built with dynamic proxies so it works for any storage.
 */
public final class FailingStorage {

    private FailingStorage() {
    }

    /**
     * Wraps {@code real}; inside transactions, calling {@code store().method(...)} (e.g. {@code "races"},
     * {@code "setStatus"}) throws an {@link IllegalStateException} after the earlier writes of the job were made.
     */
    public static Storage failingOn(Storage real, String store, String method) {
        return failingOn(real, store, method, Integer.MAX_VALUE,
                () -> new IllegalStateException("injected fault in " + store + "()." + method));
    }

    /**
     * Wraps {@code real}; inside the next {@code times} transactions that call {@code store().method(...)}, that
     * call throws what {@code fault} supplies (e.g. a {@code StorageFullException}: a disk that is full for a
     * while), after the earlier writes of the job were made; later transactions work normally.
     */
    public static Storage failingOn(Storage real, String store, String method, int times,
                                    Supplier<? extends RuntimeException> fault) {
        AtomicInteger left = new AtomicInteger(times);
        InvocationHandler storage = (proxy, m, args) -> {
            if (m.getName().equals("inTransaction")) {
                TransactionCallback<?> callback = (TransactionCallback<?>) args[0];
                return real.inTransaction(tx -> callback.apply(transaction(tx, store, method, left, fault)));
            }
            if (m.isDefault()) {
                return InvocationHandler.invokeDefault(proxy, m, args);
            }
            return call(real, m, args);
        };
        return (Storage) Proxy.newProxyInstance(Storage.class.getClassLoader(), new Class<?>[] {Storage.class},
                storage);
    }

    private static Transaction transaction(Transaction tx, String store, String method,
                                           AtomicInteger left,
                                           Supplier<? extends RuntimeException> fault) {
        return (Transaction) Proxy.newProxyInstance(Transaction.class.getClassLoader(),
                new Class<?>[] {Transaction.class}, (proxy, m, args) -> {
                    Object value = call(tx, m, args);
                    if (!m.getName().equals(store)) {
                        return value;
                    }
                    Class<?> type = m.getReturnType();
                    return Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type}, (p, sm, sargs) -> {
                        if (sm.getName().equals(method) && left.getAndDecrement() > 0) {
                            throw fault.get();
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
