package org.f1pipeline.storage.memory;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.lang.reflect.UndeclaredThrowableException;
import java.util.function.Function;
import org.f1pipeline.storage.Storage;
import org.f1pipeline.storage.Transaction;

/**
 * The store accessors of {@link Storage} itself: a proxy that runs every call in its own transaction. A proxy
 * keeps this to one class instead of seven hand-written delegates that would have to track every SPI change.
 */
final class AutoCommit {

    private AutoCommit() {
    }

    /** A {@code type} whose every method runs {@code storeOf(tx).method(args)} in a new transaction. */
    static <S> S of(Class<S> type, Storage storage, Function<Transaction, S> storeOf) {
        InvocationHandler handler = (proxy, method, args) -> {
            if (method.getDeclaringClass() == Object.class) {
                return objectMethod(type, proxy, method, args);
            }
            return storage.inTransaction(tx -> invoke(method, storeOf.apply(tx), args));
        };
        return type.cast(Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type}, handler));
    }

    private static Object invoke(Method method, Object store, Object[] args) {
        try {
            return method.invoke(store, args);
        } catch (InvocationTargetException e) {
            // Rethrow the store's own exception unchanged, as a direct call would.
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (cause instanceof Error error) {
                throw error;
            }
            throw new UndeclaredThrowableException(cause);
        } catch (IllegalAccessException e) {
            throw new IllegalStateException("cannot call " + method, e);
        }
    }

    private static Object objectMethod(Class<?> type, Object proxy, Method method, Object[] args) {
        switch (method.getName()) {
            case "equals":
                return proxy == args[0];
            case "hashCode":
                return System.identityHashCode(proxy);
            default:
                return "auto-commit " + type.getSimpleName() + " of memory:";
        }
    }
}
