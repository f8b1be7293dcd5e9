package io.logistik.core.internal;

import io.logistik.core.model.Sku;
import io.logistik.core.model.Storage;
import io.logistik.core.query.EntityType;

import java.time.Instant;
import java.util.function.Function;

/**
 * Storages and SKUs as every adapter sees them: a name and two timestamps, deletable only while no stock
 * is on hand or reserved. One description per entity, so both adapters read, rebuild and name them
 * alike. Internal: not part of the API.
 *
 * @param entity    the entity
 * @param id        the value's id
 * @param name      the value's name ({@code name} or {@code product_name})
 * @param createdAt the value's {@code created_at}
 * @param updatedAt the value's {@code updated_at}
 * @param stamper   rebuilds a value with the store-owned fields replaced
 * @param <T>       the record type
 */
public record NamedRow<T>(EntityType entity, Function<T, Long> id, Function<T, String> name,
                          Function<T, Instant> createdAt, Function<T, Instant> updatedAt, Stamper<T> stamper) {

    /** Rebuilds a value with the store-owned fields replaced. */
    @FunctionalInterface
    public interface Stamper<T> {
        T stamped(T value, long id, Instant createdAt, Instant updatedAt);
    }

    public static final NamedRow<Storage> STORAGE = new NamedRow<>(EntityType.STORAGE, Storage::id, Storage::name,
            Storage::createdAt, Storage::updatedAt,
            (value, id, createdAt, updatedAt) -> new Storage(id, value.name(), createdAt, updatedAt));

    public static final NamedRow<Sku> SKU = new NamedRow<>(EntityType.SKU, Sku::id, Sku::productName,
            Sku::createdAt, Sku::updatedAt,
            (value, id, createdAt, updatedAt) -> new Sku(id, value.productName(), createdAt, updatedAt));

    /** Checks a value to create: present, without id or {@code updated_at}. */
    public T checkNew(T value) {
        StoreChecks.present(value, entity.code());
        Violations v = new Violations();
        StoreChecks.newRow(v, id.apply(value), updatedAt.apply(value));
        v.throwIfAny();
        return value;
    }

    /** Checks a value to update and returns the id of the row it names. */
    public long checkUpdate(T value) {
        return StoreChecks.updatedId(id.apply(StoreChecks.present(value, entity.code())));
    }

    /** Checks that an update keeps the stored {@code created_at}. */
    public void checkCreatedAtKept(T value, Instant stored) {
        Violations v = new Violations();
        StoreChecks.sameCreatedAt(v, createdAt.apply(value), stored);
        v.throwIfAny();
    }

    /** How a stock row still holding units blocks deleting a row of this entity, named from its side. */
    public String heldStock(long storageId, long skuId, long onHand, long reserved) {
        String side = entity == EntityType.STORAGE ? "holds stock of sku " + skuId : "held in storage " + storageId;
        return side + ": on_hand " + onHand + ", reserved " + reserved;
    }

    /** How an order line blocks deleting the SKU it uses. */
    public static String usedByLine(long lineId, long orderId) {
        return "used by order_line " + lineId + " of order " + orderId;
    }
}
