package io.logistik.inmemory;

import io.logistik.core.internal.StoreChecks;
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
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * Storages and SKUs: a name and two timestamps, deletable only while no stock is on hand or reserved
 * (and, for SKUs, no order line uses them); their empty stock rows go with them.
 */
class NamedRepository<T> extends KeyedRepository<T> implements CrudRepository<T> {

    /** Rebuilds a row with the store-owned fields replaced. */
    @FunctionalInterface
    interface Stamper<T> {
        T stamped(T value, long id, Instant createdAt, Instant updatedAt);
    }

    /** How to read and rebuild one kind of named row. */
    record Columns<T>(Function<T, Long> id, Function<T, Instant> createdAt, Function<T, Instant> updatedAt, Stamper<T> stamper) {
    }

    /** Where a named row's stock is, and how a blocking stock row is named from its side. */
    record StockSide(BiFunction<Data, Long, Collection<StockLevel>> rows, Function<StockLevel, String> describe) {
    }

    private final Function<Data, Table<Long, T>> table;
    private final Columns<T> columns;
    private final StockSide stock;
    private final BiFunction<Data, Long, List<String>> otherBlockers;

    NamedRepository(Access access, EntityType entity, Function<Data, Table<Long, T>> table, Columns<T> columns,
                    StockSide stock, BiFunction<Data, Long, List<String>> otherBlockers) {
        super(access, entity);
        this.table = table;
        this.columns = columns;
        this.stock = stock;
        this.otherBlockers = otherBlockers;
    }

    @Override
    Table<Long, T> table(Data data) {
        return table.apply(data);
    }

    @Override
    public T create(T value) {
        StoreChecks.present(value, entity().code());
        Violations v = new Violations();
        StoreChecks.newRow(v, columns.id().apply(value), columns.updatedAt().apply(value));
        v.throwIfAny();
        return access.write((d, log) -> {
            long id = d.nextId();
            Instant created = columns.createdAt().apply(value) != null ? columns.createdAt().apply(value) : access.now();
            T stored = columns.stamper().stamped(value, id, created, null);
            table(d).put(id, stored, log);
            return stored;
        });
    }

    @Override
    public T update(T value) {
        StoreChecks.present(value, entity().code());
        long id = StoreChecks.updatedId(columns.id().apply(value));
        return access.write((d, log) -> {
            T previous = StoreChecks.found(table(d).get(id), entity().code(), id);
            Violations v = new Violations();
            StoreChecks.sameCreatedAt(v, columns.createdAt().apply(value), columns.createdAt().apply(previous));
            v.throwIfAny();
            T stored = columns.stamper().stamped(value, id, columns.createdAt().apply(previous), access.now());
            table(d).put(id, stored, log);
            return stored;
        });
    }

    @Override
    public void delete(long id) {
        access.write((d, log) -> {
            StoreChecks.found(table(d).get(id), entity().code(), id);
            List<String> blockers = new ArrayList<>(otherBlockers.apply(d, id));
            List<StockLevel> empty = new ArrayList<>();
            for (StockLevel level : stock.rows().apply(d, id)) {
                if (level.onHand() > 0 || level.reserved() > 0) {
                    blockers.add(stock.describe().apply(level) + ": on_hand " + level.onHand() + ", reserved " + level.reserved());
                } else {
                    empty.add(level);
                }
            }
            if (!blockers.isEmpty()) {
                throw new ReferenceConflictException(entity().code(), id, blockers);
            }
            empty.forEach(level -> d.stock.remove(level.key(), log));
            table(d).remove(id, log);
            return null;
        });
    }
}
