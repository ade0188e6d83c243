package org.f1pipeline.testkit.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.f1pipeline.storage.Storage;
import org.f1pipeline.storage.StorageException;

/**
 * Base of the contract case classes: each {@code @Nested} class of {@link StorageContractTest} extends one of them
 * and hands in the storage under test. The cases live in their own files so that each stays readable.
 */
abstract class ContractSupport {

    /** The storage under test (fresh and empty at the start of each test). */
    abstract Storage storage();

    /** Seasons, circuits, constructors, drivers and entry lists of {@link StorageFixtures}. */
    void seedCatalog() {
        storage().useTransaction(StorageFixtures::seedCatalog);
    }

    /** The catalog plus every fixture race. */
    void seedCalendar() {
        storage().useTransaction(StorageFixtures::seedCalendar);
    }

    /**
     * Asserts that {@code call} fails with a {@link StorageException} whose operation is {@code operation} (the
     * method name in lower-case words, e.g. {@code upsert race results}) and whose message names {@code missing}.
     */
    static void assertRefused(ThrowingCallable call, String operation, String missing) {
        assertThatExceptionOfType(StorageException.class).isThrownBy(call)
                .satisfies(e -> assertThat(e.operation()).isEqualTo(operation))
                .withMessageContaining(missing);
    }

    /** Asserts that a replace call given a row outside its set fails with {@link IllegalArgumentException}. */
    static void assertForeignRowRejected(ThrowingCallable call) {
        assertThatExceptionOfType(IllegalArgumentException.class).isThrownBy(call);
    }
}
