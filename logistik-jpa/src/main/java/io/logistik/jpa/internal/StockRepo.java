package io.logistik.jpa.internal;

import io.logistik.core.internal.StoreChecks;
import io.logistik.core.NotFoundException;
import io.logistik.core.internal.Violations;
import io.logistik.core.model.StockCount;
import io.logistik.core.model.StockKey;
import io.logistik.core.model.StockLevel;
import io.logistik.core.query.EntityType;
import io.logistik.core.spi.StockRepository;
import jakarta.persistence.LockModeType;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;

/**
 * Stock levels. Every change locks its row ({@code SELECT ... FOR UPDATE}) and writes through the
 * entity, never through a bulk update, so concurrent changes queue instead of losing updates. A missing
 * row is created only once the change is known to be valid.
 */
final class StockRepo extends QueryRepo<LogistikStock, StockLevel> implements StockRepository {

    StockRepo(Tx tx) {
        super(tx, EntityType.STOCK, LogistikStock.class);
    }

    @Override
    List<StockLevel> map(List<LogistikStock> rows) {
        return rows.stream().map(Model::stock).toList();
    }

    @Override
    public Optional<StockLevel> get(long storageId, long skuId) {
        return tx.em.createQuery("select s from LogistikStock s where s.storageId = :storage and s.skuId = :sku", LogistikStock.class)
                .setParameter("storage", storageId)
                .setParameter("sku", skuId)
                .getResultStream()
                .findFirst()
                .map(Model::stock);
    }

    @Override
    public StockLevel receive(long storageId, long skuId, long quantity) {
        StoreChecks.receivedQuantity(quantity);
        LogistikStock row = lockedOrNew(storageId, skuId);
        row.onHand = StoreChecks.onHandAfter(new StockKey(storageId, skuId), row.onHand, quantity);
        return save(row);
    }

    @Override
    public StockLevel adjust(long storageId, long skuId, long delta) {
        StoreChecks.adjustment(delta);
        LogistikStock row = lockedOrNew(storageId, skuId);
        long onHand = StoreChecks.onHandAfter(new StockKey(storageId, skuId), row.onHand, delta);
        Violations v = new Violations();
        StoreChecks.coversReserved(v, "on_hand", new StockKey(row.storageId, row.skuId), row.reserved, onHand);
        v.throwIfAny();
        row.onHand = onHand;
        return save(row);
    }

    @Override
    public StockLevel recount(StockCount count) {
        LogistikStock row = lockedOrNew(StoreChecks.present(count, "count").storageId(), count.skuId());
        Violations v = new Violations();
        StoreChecks.coversReserved(v, "on_hand", new StockKey(row.storageId, row.skuId), row.reserved, count.onHand());
        v.throwIfAny();
        row.onHand = count.onHand();
        return save(row);
    }

    @Override
    public List<StockLevel> importCounts(List<StockCount> counts) {
        SortedMap<StockKey, StockCount> byKey = StoreChecks.distinctCounts(counts);
        if (byKey.isEmpty()) {
            return List.of();
        }
        Set<Long> storageIds = new HashSet<>();
        Set<Long> skuIds = new HashSet<>();
        byKey.keySet().forEach(k -> {
            storageIds.add(k.storageId());
            skuIds.add(k.skuId());
        });
        Set<Long> foundStorages = tx.existing(LogistikStorage.class, storageIds);
        Set<Long> foundSkus = tx.existing(LogistikSku.class, skuIds);
        for (StockCount count : counts) {
            if (!foundStorages.contains(count.storageId())) {
                throw new NotFoundException("storage", count.storageId());
            }
            if (!foundSkus.contains(count.skuId())) {
                throw new NotFoundException("sku", count.skuId());
            }
        }
        Map<StockKey, LogistikStock> existing = new HashMap<>();
        for (LogistikStock row : tx.em.createQuery("select s from LogistikStock s where s.storageId in :storages and s.skuId in :skus"
                        + " order by s.storageId, s.skuId", LogistikStock.class)
                .setParameter("storages", storageIds)
                .setParameter("skus", skuIds)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getResultList()) {
            existing.put(new StockKey(row.storageId, row.skuId), row);
        }
        Violations violations = new Violations();
        for (int i = 0; i < counts.size(); i++) {
            StockCount count = counts.get(i);
            LogistikStock row = existing.get(count.key());
            StoreChecks.coversReserved(violations, "counts[" + i + "].on_hand", count.key(), row == null ? 0 : row.reserved, count.onHand());
        }
        violations.throwIfAny();
        List<StockLevel> result = new ArrayList<>(byKey.size());
        for (StockCount count : byKey.values()) {
            LogistikStock row = existing.get(count.key());
            if (row == null) {
                row = fresh(count.storageId(), count.skuId());
            }
            row.onHand = count.onHand();
            result.add(save(row));
        }
        return result;
    }

    @Override
    public List<StockLevel> forSkus(Collection<Long> skuIds) {
        if (StoreChecks.present(skuIds, "sku_ids").isEmpty()) {
            return List.of();
        }
        return map(tx.em.createQuery("select s from LogistikStock s where s.skuId in :skus order by s.storageId, s.skuId", LogistikStock.class)
                .setParameter("skus", new HashSet<>(skuIds))
                .getResultList());
    }

    @Override
    public void delete(long storageId, long skuId) {
        LogistikStock row = locked(storageId, skuId);
        StockKey key = new StockKey(storageId, skuId);
        if (row == null) {
            throw new NotFoundException("stock", key);
        }
        StoreChecks.emptyStock(key, row.onHand, row.reserved);
        tx.em.remove(row);
    }

    private LogistikStock locked(long storageId, long skuId) {
        return tx.em.createQuery("select s from LogistikStock s where s.storageId = :storage and s.skuId = :sku", LogistikStock.class)
                .setParameter("storage", storageId)
                .setParameter("sku", skuId)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getResultStream()
                .findFirst()
                .orElse(null);
    }

    /** The locked row, or a new, not yet persisted one with nothing on hand; the storage and SKU must exist. */
    private LogistikStock lockedOrNew(long storageId, long skuId) {
        LogistikStock row = locked(storageId, skuId);
        if (row != null) {
            return row;
        }
        if (tx.em.find(LogistikStorage.class, storageId) == null) {
            throw new NotFoundException("storage", storageId);
        }
        if (tx.em.find(LogistikSku.class, skuId) == null) {
            throw new NotFoundException("sku", skuId);
        }
        return fresh(storageId, skuId);
    }

    private static LogistikStock fresh(long storageId, long skuId) {
        LogistikStock row = new LogistikStock();
        row.storageId = storageId;
        row.skuId = skuId;
        row.onHand = 0L;
        row.reserved = 0L;
        return row;
    }

    private StockLevel save(LogistikStock row) {
        if (row.id == null) {
            tx.em.persist(row);
        }
        return Model.stock(row);
    }

}
