package io.logistik.core.spi;

import io.logistik.core.model.Sku;

/**
 * SKUs. Deleting a SKU that an order line uses, or that any storage holds on hand (or reserved), is a
 * {@link io.logistik.core.ReferenceConflictException} naming what blocks it; its stock rows with
 * nothing on hand are deleted with it.
 */
public interface SkuRepository extends CrudRepository<Sku> {
}
