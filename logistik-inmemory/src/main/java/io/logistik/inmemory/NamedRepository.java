package io.logistik.inmemory;

import io.logistik.core.internal.StoreChecks;
import io.logistik.core.ReferenceConflictException;
import io.logistik.core.internal.NamedRow;
import io.logistik.core.model.StockLevel;
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

    private final Function<Data, Table<Long, T>> table;
    private final NamedRow<T> kind;
    private final BiFunction<Data, Long, Collection<StockLevel>> stock;
    private final BiFunction<Data, Long, List<String>> otherBlockers;

    NamedRepository(Access access, NamedRow<T> kind, Function<Data, Table<Long, T>> table,
                    BiFunction<Data, Long, Collection<StockLevel>> stock, BiFunction<Data, Long, List<String>> otherBlockers) {
        super(access, kind.entity());
        this.table = table;
        this.kind = kind;
        this.stock = stock;
        this.otherBlockers = otherBlockers;
    }

    @Override
    Table<Long, T> table(Data data) {
        return table.apply(data);
    }

    @Override
    public T create(T value) {
        kind.checkNew(value);
        return access.write((d, log) -> {
            long id = d.nextId();
            Instant created = kind.createdAt().apply(value) != null ? kind.createdAt().apply(value) : access.now();
            T stored = kind.stamper().stamped(value, id, created, null);
            table(d).put(id, stored, log);
            return stored;
        });
    }

    @Override
    public T update(T value) {
        long id = kind.checkUpdate(value);
        return access.write((d, log) -> {
            T previous = StoreChecks.found(table(d).get(id), entity().code(), id);
            Instant created = kind.createdAt().apply(previous);
            kind.checkCreatedAtKept(value, created);
            T stored = kind.stamper().stamped(value, id, created, access.now());
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
            for (StockLevel level : stock.apply(d, id)) {
                if (level.onHand() > 0 || level.reserved() > 0) {
                    blockers.add(kind.heldStock(level.storageId(), level.skuId(), level.onHand(), level.reserved()));
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
