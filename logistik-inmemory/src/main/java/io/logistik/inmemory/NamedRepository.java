package io.logistik.inmemory;

import io.logistik.core.ReferenceConflictException;
import io.logistik.core.internal.Violations;
import io.logistik.core.model.StockLevel;
import io.logistik.core.query.EntityType;
import io.logistik.core.spi.CrudRepository;
import io.logistik.inmemory.internal.Data;
import io.logistik.inmemory.internal.Table;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * Storages and SKUs: a name and two timestamps, deletable only while no stock is on hand or reserved
 * (and, for SKUs, no order line uses them); their empty stock rows go with them.
 */
abstract class NamedRepository<T> extends QueryRepository<T> implements CrudRepository<T> {

    private final String entityName;

    NamedRepository(Access access, EntityType entity) {
        super(access, entity);
        this.entityName = entity.code();
    }

    abstract Table<Long, T> table(Data data);

    abstract Long id(T row);

    abstract Instant createdAt(T row);

    abstract Instant updatedAt(T row);

    abstract T stamped(T value, long id, Instant createdAt, Instant updatedAt);

    /** The stock rows that tie this row to the other side of the stock association. */
    abstract Collection<StockLevel> stockOf(Data data, long id);

    /** How a blocking stock row is named in a conflict, from this row's side. */
    abstract String describeHeld(StockLevel level);

    /** Blockers other than stock (none by default). */
    List<String> otherBlockers(Data data, long id) {
        return List.of();
    }

    @Override
    final Collection<T> rows(Data data) {
        return table(data).values();
    }

    @Override
    public T create(T value) {
        Checks.present(value, entityName);
        Violations v = new Violations();
        Checks.newRow(v, id(value), updatedAt(value));
        v.throwIfAny();
        return access.write((d, log) -> {
            long id = d.nextId();
            Instant created = createdAt(value) != null ? createdAt(value) : access.now();
            T stored = stamped(value, id, created, null);
            table(d).put(id, stored, log);
            return stored;
        });
    }

    @Override
    public Optional<T> get(long id) {
        return access.read(d -> Optional.ofNullable(table(d).get(id)));
    }

    @Override
    public T require(long id) {
        return Checks.found(get(id).orElse(null), entityName, id);
    }

    @Override
    public T update(T value) {
        Checks.present(value, entityName);
        long id = Checks.updatedId(id(value));
        return access.write((d, log) -> {
            T previous = Checks.found(table(d).get(id), entityName, id);
            Violations v = new Violations();
            Checks.sameCreatedAt(v, createdAt(value), createdAt(previous));
            v.throwIfAny();
            T stored = stamped(value, id, createdAt(previous), access.now());
            table(d).put(id, stored, log);
            return stored;
        });
    }

    @Override
    public void delete(long id) {
        access.write((d, log) -> {
            Checks.found(table(d).get(id), entityName, id);
            List<String> blockers = new ArrayList<>(otherBlockers(d, id));
            List<StockLevel> empty = new ArrayList<>();
            for (StockLevel level : stockOf(d, id)) {
                if (level.onHand() > 0 || level.reserved() > 0) {
                    blockers.add(describeHeld(level) + ": on_hand " + level.onHand() + ", reserved " + level.reserved());
                } else {
                    empty.add(level);
                }
            }
            if (!blockers.isEmpty()) {
                throw new ReferenceConflictException(entityName, id, blockers);
            }
            empty.forEach(level -> d.stock.remove(level.key(), log));
            table(d).remove(id, log);
            return null;
        });
    }
}
