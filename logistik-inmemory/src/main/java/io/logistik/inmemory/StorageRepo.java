package io.logistik.inmemory;

import io.logistik.core.model.Storage;
import io.logistik.core.query.EntityType;
import io.logistik.core.spi.StorageRepository;
import io.logistik.inmemory.internal.Data;

import java.util.List;

final class StorageRepo extends NamedRepository<Storage> implements StorageRepository {

    StorageRepo(Access access) {
        super(access, EntityType.STORAGE, d -> d.storages,
                new Columns<>(Storage::id, Storage::createdAt, Storage::updatedAt,
                        (value, id, createdAt, updatedAt) -> new Storage(id, value.name(), createdAt, updatedAt)),
                new StockSide(Data::stockOfStorage, level -> "holds stock of sku " + level.skuId()),
                (data, id) -> List.of());
    }
}
