package io.logistik.inmemory;

import io.logistik.core.internal.StoreChecks;
import io.logistik.core.NotFoundException;
import io.logistik.core.internal.Violations;
import io.logistik.core.model.StockCount;
import io.logistik.core.model.StockKey;
import io.logistik.core.model.StockLevel;
import io.logistik.core.query.EntityType;
import io.logistik.core.spi.StockRepository;
import io.logistik.inmemory.internal.Data;
import io.logistik.inmemory.internal.UndoLog;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;

final class StockRepo extends QueryRepository<StockLevel> implements StockRepository {

    StockRepo(Access access) {
        super(access, EntityType.STOCK);
    }

    @Override
    Collection<StockLevel> rows(Data data) {
        return data.stock.values();
    }

    @Override
    public Optional<StockLevel> get(long storageId, long skuId) {
        return access.read(d -> Optional.ofNullable(d.stock.get(new StockKey(storageId, skuId))));
    }

    @Override
    public StockLevel receive(long storageId, long skuId, long quantity) {
        StoreChecks.receivedQuantity(quantity);
        return access.write((d, log) -> {
            StockLevel current = current(d, storageId, skuId);
            return put(d, log, current, StoreChecks.onHandAfter(current.key(), current.onHand(), quantity));
        });
    }

    @Override
    public StockLevel adjust(long storageId, long skuId, long delta) {
        StoreChecks.adjustment(delta);
        return access.write((d, log) -> {
            StockLevel current = current(d, storageId, skuId);
            long onHand = StoreChecks.onHandAfter(current.key(), current.onHand(), delta);
            Violations v = new Violations();
            StoreChecks.coversReserved(v, "on_hand", current.key(), current.reserved(), onHand);
            v.throwIfAny();
            return put(d, log, current, onHand);
        });
    }

    @Override
    public StockLevel recount(StockCount count) {
        StoreChecks.present(count, "count");
        return access.write((d, log) -> {
            StockLevel current = current(d, count.storageId(), count.skuId());
            Violations v = new Violations();
            StoreChecks.coversReserved(v, "on_hand", current.key(), current.reserved(), count.onHand());
            v.throwIfAny();
            return put(d, log, current, count.onHand());
        });
    }

    @Override
    public List<StockLevel> importCounts(List<StockCount> counts) {
        StoreChecks.distinctCounts(counts);
        return access.write((d, log) -> {
            List<StockLevel> current = new ArrayList<>(counts.size());
            Violations v = new Violations();
            for (int i = 0; i < counts.size(); i++) {
                StockCount c = counts.get(i);
                StockLevel level = current(d, c.storageId(), c.skuId());
                StoreChecks.coversReserved(v, "counts[" + i + "].on_hand", level.key(), level.reserved(), c.onHand());
                current.add(level);
            }
            v.throwIfAny();
            TreeSet<StockKey> keys = new TreeSet<>();
            for (int i = 0; i < counts.size(); i++) {
                put(d, log, current.get(i), counts.get(i).onHand());
                keys.add(counts.get(i).key());
            }
            return keys.stream().map(d.stock::get).toList();
        });
    }

    @Override
    public List<StockLevel> forSkus(Collection<Long> skuIds) {
        StoreChecks.present(skuIds, "sku_ids");
        TreeSet<Long> distinct = new TreeSet<>(skuIds);
        return access.read(d -> {
            TreeSet<StockKey> keys = new TreeSet<>();
            distinct.forEach(sku -> d.stockOfSku(sku).forEach(level -> keys.add(level.key())));
            return keys.stream().map(d.stock::get).toList();
        });
    }

    @Override
    public void delete(long storageId, long skuId) {
        StockKey key = new StockKey(storageId, skuId);
        access.write((d, log) -> {
            StockLevel level = StoreChecks.found(d.stock.get(key), "stock", key);
            StoreChecks.emptyStock(key, level.onHand(), level.reserved());
            d.stock.remove(key, log);
            return null;
        });
    }

    /** The row for the pair, or an empty one if none is stored yet; the storage and SKU must exist. */
    private static StockLevel current(Data d, long storageId, long skuId) {
        if (d.storages.get(storageId) == null) {
            throw new NotFoundException("storage", storageId);
        }
        if (d.skus.get(skuId) == null) {
            throw new NotFoundException("sku", skuId);
        }
        StockLevel level = d.stock.get(new StockKey(storageId, skuId));
        return level != null ? level : new StockLevel(storageId, skuId, 0, 0);
    }

    private static StockLevel put(Data d, UndoLog log, StockLevel current, long onHand) {
        StockLevel next = new StockLevel(current.storageId(), current.skuId(), onHand, current.reserved());
        d.stock.put(next.key(), next, log);
        return next;
    }
}
