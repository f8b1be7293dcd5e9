package io.logistik.jpa.internal;

import io.logistik.core.internal.NamedRow;
import io.logistik.core.NotFoundException;
import io.logistik.core.ReferenceConflictException;
import io.logistik.core.spi.CrudRepository;
import jakarta.persistence.LockModeType;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Create, read, update and delete of storages and SKUs, which differ only in their names and what blocks a delete. */
abstract class NamedRepo<E extends LogistikNamedRow, T> extends QueryRepo<E, T> implements CrudRepository<T> {

    private final Class<E> type;
    private final NamedRow<T> kind;

    NamedRepo(Tx tx, NamedRow<T> kind, Class<E> type) {
        super(tx, kind.entity(), type);
        this.type = type;
        this.kind = kind;
    }

    abstract E fresh();

    abstract T map(E row);

    /** What other than stock keeps {@code row} from being deleted, one sentence each. */
    List<String> otherBlockers(E row) {
        return List.of();
    }

    /** The stock attribute naming this entity ({@code storageId} or {@code skuId}). */
    abstract String stockColumn();

    @Override
    final List<T> map(List<E> rows) {
        return rows.stream().map(this::map).toList();
    }

    @Override
    public T create(T value) {
        kind.checkNew(value);
        E row = fresh();
        row.name(kind.name().apply(value));
        Instant given = kind.createdAt().apply(value);
        row.createdAt = given != null ? given : tx.now();
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
        E row = locked(kind.checkUpdate(value));
        kind.checkCreatedAtKept(value, row.createdAt);
        row.name(kind.name().apply(value));
        row.updatedAt = tx.now();
        return map(row);
    }

    @Override
    public void delete(long id) {
        E row = locked(id);
        List<LogistikStock> stock = tx.em.createQuery(
                        "select s from LogistikStock s where s." + stockColumn() + " = :id order by s.storageId, s.skuId", LogistikStock.class)
                .setParameter("id", id)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getResultList();
        List<String> blockers = new ArrayList<>(otherBlockers(row));
        stock.stream()
                .filter(s -> s.onHand > 0 || s.reserved > 0)
                .forEach(s -> blockers.add(kind.heldStock(s.storageId, s.skuId, s.onHand, s.reserved)));
        if (!blockers.isEmpty()) {
            throw new ReferenceConflictException(entity().code(), id, blockers);
        }
        stock.forEach(tx.em::remove);
        tx.em.remove(row);
    }

    final E locked(long id) {
        E row = tx.em.find(type, id, LockModeType.PESSIMISTIC_WRITE);
        if (row == null) {
            throw new NotFoundException(entity().code(), id);
        }
        return row;
    }
}
