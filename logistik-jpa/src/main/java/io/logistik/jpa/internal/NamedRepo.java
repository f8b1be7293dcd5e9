package io.logistik.jpa.internal;

import io.logistik.core.internal.StoreChecks;
import io.logistik.core.NotFoundException;
import io.logistik.core.ReferenceConflictException;
import io.logistik.core.internal.Violations;
import io.logistik.core.query.EntityType;
import io.logistik.core.spi.CrudRepository;
import jakarta.persistence.LockModeType;

import java.time.Instant;
import java.util.ArrayList;
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

    abstract Instant updatedAtOf(T value);

    /** What other than stock keeps {@code row} from being deleted, one sentence each. */
    List<String> otherBlockers(E row) {
        return List.of();
    }

    /** How a stock row holding units is named in a conflict, from this entity's side. */
    abstract String describeHeld(LogistikStock level);

    /** The stock attribute naming this entity ({@code storageId} or {@code skuId}). */
    abstract String stockColumn();

    @Override
    final List<T> map(List<E> rows) {
        return rows.stream().map(this::map).toList();
    }

    @Override
    public T create(T value) {
        Violations v = new Violations();
        StoreChecks.newRow(v, idOf(StoreChecks.present(value, entity().code())), updatedAtOf(value));
        v.throwIfAny();
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
        long id = StoreChecks.updatedId(idOf(StoreChecks.present(value, entity().code())));
        E row = locked(id);
        Violations v = new Violations();
        StoreChecks.sameCreatedAt(v, createdAtOf(value), row.createdAt);
        v.throwIfAny();
        row.name(nameOf(value));
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
                .forEach(s -> blockers.add(describeHeld(s) + ": on_hand " + s.onHand + ", reserved " + s.reserved));
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
