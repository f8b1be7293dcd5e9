package io.logistik.jpa.internal;

import io.logistik.core.NotFoundException;
import io.logistik.core.ValidationException;
import io.logistik.core.query.EntityType;
import io.logistik.core.spi.CrudRepository;
import jakarta.persistence.LockModeType;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Create, read, update and delete of storages and SKUs, which differ only in their names and what blocks a delete. */
abstract class NamedRepo<E extends LogistikNamedRow, T> extends QueryRepo<E, T> implements CrudRepository<T> {

    private final Class<E> type;

    NamedRepo(Tx tx, EntityType entity, Class<E> type) {
        super(tx, entity, type);
        this.type = type;
    }

    abstract E fresh();

    abstract T map(E row);

    abstract Long idOf(T value);

    abstract String nameOf(T value);

    abstract Instant createdAtOf(T value);

    /** Refuses the delete if other rows need {@code row}; otherwise removes the rows that go with it. */
    abstract void beforeDelete(E row);

    @Override
    final List<T> map(List<E> rows) {
        return rows.stream().map(this::map).toList();
    }

    @Override
    public T create(T value) {
        if (idOf(value) != null) {
            throw new ValidationException("id", "must be null on create; the store assigns it, was " + idOf(value));
        }
        E row = fresh();
        row.name(nameOf(value));
        row.createdAt = createdAtOf(value) != null ? createdAtOf(value) : tx.now();
        tx.em.persist(row);
        return map(row);
    }

    @Override
    public Optional<T> get(long id) {
        return Optional.ofNullable(tx.em.find(type, id)).map(this::map);
    }

    @Override
    public T require(long id) {
        return get(id).orElseThrow(() -> new NotFoundException(entity().code(), id));
    }

    @Override
    public T update(T value) {
        Long id = idOf(value);
        if (id == null) {
            throw new ValidationException("id", "must not be null on update");
        }
        E row = locked(id);
        Instant createdAt = createdAtOf(value);
        if (createdAt != null && !createdAt.equals(row.createdAt)) {
            throw new ValidationException("created_at", "cannot change: stored " + row.createdAt + ", given " + createdAt);
        }
        row.name(nameOf(value));
        row.updatedAt = tx.now();
        return map(row);
    }

    @Override
    public void delete(long id) {
        E row = locked(id);
        beforeDelete(row);
        tx.em.remove(row);
    }

    final E locked(long id) {
        E row = tx.em.find(type, id, LockModeType.PESSIMISTIC_WRITE);
        if (row == null) {
            throw new NotFoundException(entity().code(), id);
        }
        return row;
    }

    /** Removes the stock rows of a storage or SKU being deleted, refusing when one still holds units. */
    final void removeEmptyStock(String column, long id, String entityName) {
        List<LogistikStock> rows = tx.em.createQuery(
                        "select s from LogistikStock s where s." + column + " = :id order by s.storageId, s.skuId", LogistikStock.class)
                .setParameter("id", id)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getResultList();
        List<String> blockers = rows.stream()
                .filter(s -> s.onHand > 0 || s.reserved > 0)
                .map(s -> "stock level (storage " + s.storageId + ", sku " + s.skuId + ") holds on_hand " + s.onHand
                        + ", reserved " + s.reserved)
                .toList();
        if (!blockers.isEmpty()) {
            throw new io.logistik.core.ReferenceConflictException(entityName, id, blockers);
        }
        rows.forEach(tx.em::remove);
    }
}
