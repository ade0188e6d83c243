/**
 * The storage SPI: {@link org.f1pipeline.storage.Storage} and its small stores, callback transactions, the
 * {@link org.f1pipeline.storage.StorageProvider} discovery SPI and {@link org.f1pipeline.storage.Storages}.
 * Implementations: {@code org.f1pipeline.storage.memory} (in core), {@code f1-storage-sqlite},
 * {@code f1-storage-postgres}; all pass the contract suite in {@code f1-testkit}.
 */
package org.f1pipeline.storage;
