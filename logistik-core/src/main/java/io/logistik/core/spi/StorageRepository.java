package io.logistik.core.spi;

import io.logistik.core.model.Storage;

/**
 * Storages. Deleting a storage that holds stock on hand (or reserved) is a
 * {@link io.logistik.core.ReferenceConflictException} naming the stock levels; its stock rows with
 * nothing on hand are deleted with it.
 */
public interface StorageRepository extends CrudRepository<Storage> {
}
