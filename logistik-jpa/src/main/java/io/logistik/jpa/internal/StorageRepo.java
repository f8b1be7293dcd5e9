package io.logistik.jpa.internal;

import io.logistik.core.model.Storage;
import io.logistik.core.query.EntityType;
import io.logistik.core.spi.StorageRepository;

import java.time.Instant;

final class StorageRepo extends NamedRepo<LogistikStorage, Storage> implements StorageRepository {

    StorageRepo(Tx tx) {
        super(tx, EntityType.STORAGE, LogistikStorage.class);
    }

    @Override
    LogistikStorage fresh() {
        return new LogistikStorage();
    }

    @Override
    Storage map(LogistikStorage row) {
        return Model.storage(row);
    }

    @Override
    Long idOf(Storage value) {
        return value.id();
    }

    @Override
    String nameOf(Storage value) {
        return value.name();
    }

    @Override
    Instant createdAtOf(Storage value) {
        return value.createdAt();
    }

    @Override
    Instant updatedAtOf(Storage value) {
        return value.updatedAt();
    }

    @Override
    String describeHeld(LogistikStock level) {
        return "holds stock of sku " + level.skuId;
    }

    @Override
    String stockColumn() {
        return "storageId";
    }
}
