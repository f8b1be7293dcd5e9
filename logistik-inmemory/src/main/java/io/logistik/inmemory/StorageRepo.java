package io.logistik.inmemory;

import io.logistik.core.internal.NamedRow;
import io.logistik.core.model.Storage;
import io.logistik.core.spi.StorageRepository;
import io.logistik.inmemory.internal.Data;

import java.util.List;

final class StorageRepo extends NamedRepository<Storage> implements StorageRepository {

    StorageRepo(Access access) {
        super(access, NamedRow.STORAGE, d -> d.storages, Data::stockOfStorage, (data, id) -> List.of());
    }
}
