package org.f1pipeline.storage.jdbc;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.util.function.Function;
import org.f1pipeline.storage.Storage;
import org.f1pipeline.storage.Transaction;

/**
 * The stores as seen through {@link Storage} itself: every call runs in its own transaction. A dynamic proxy, so
 * that the ~50 store methods need no hand-written delegation that could drift from the interfaces.
 */
final class AutoTransaction {

    private AutoTransaction() {
    }

    /** A {@code type} whose every method runs {@code storage.inTransaction(tx -> method(store(tx), args))}. */
    static <S> S stores(Class<S> type, Storage storage, Function<Transaction, S> store) {
        Object proxy = Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type},
                (self, method, args) -> {
                    if (method.getDeclaringClass() == Object.class) {
                        return objectMethod(self, method, args, type, storage);
                    }
                    return storage.inTransaction(tx -> invoke(method, store.apply(tx), args));
                });
        return type.cast(proxy);
    }

    private static Object invoke(Method method, Object target, Object[] args) {
        try {
            return method.invoke(target, args);
        } catch (InvocationTargetException e) {
            // Unwrap, so callers see the store's own exception and the transaction rolls back on it.
            throw Jdbc.rethrow(e.getCause());
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Object objectMethod(Object self, Method method, Object[] args, Class<?> type, Storage storage) {
        switch (method.getName()) {
            case "equals":
                return self == args[0];
            case "hashCode":
                return System.identityHashCode(self);
            default:
                return type.getSimpleName() + " of " + storage.describe();
        }
    }
}
