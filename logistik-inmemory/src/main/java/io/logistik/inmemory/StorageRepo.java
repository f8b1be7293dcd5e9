package io.logistik.inmemory;

import io.logistik.core.model.StockLevel;
import io.logistik.core.model.Storage;
import io.logistik.core.query.EntityType;
import io.logistik.core.spi.StorageRepository;
import io.logistik.inmemory.internal.Data;
import io.logistik.inmemory.internal.Table;

import java.time.Instant;
import java.util.Collection;

final class StorageRepo extends NamedRepository<Storage> implements StorageRepository {

    StorageRepo(Access access) {
        super(access, EntityType.STORAGE);
    }

    @Override
    Table<Long, Storage> table(Data data) {
        return data.storages;
    }

    @Override
    Long id(Storage row) {
        return row.id();
    }

    @Override
    Instant createdAt(Storage row) {
        return row.createdAt();
    }

    @Override
    Instant updatedAt(Storage row) {
        return row.updatedAt();
    }

    @Override
    Storage stamped(Storage value, long id, Instant createdAt, Instant updatedAt) {
        return new Storage(id, value.name(), createdAt, updatedAt);
    }

    @Override
    Collection<StockLevel> stockOf(Data data, long id) {
        return data.stockOfStorage(id);
    }

    @Override
    String describeHeld(StockLevel level) {
        return "holds stock of sku " + level.skuId();
    }
}
