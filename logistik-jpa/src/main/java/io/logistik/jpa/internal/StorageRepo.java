package io.logistik.jpa.internal;

import io.logistik.core.model.Storage;
import io.logistik.core.internal.NamedRow;
import io.logistik.core.spi.StorageRepository;

final class StorageRepo extends NamedRepo<LogistikStorage, Storage> implements StorageRepository {

    StorageRepo(Tx tx) {
        super(tx, NamedRow.STORAGE, LogistikStorage.class);
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
    String stockColumn() {
        return "storageId";
    }
}
