package io.logistik.inmemory;

import io.logistik.core.internal.StoreChecks;
import io.logistik.core.query.EntityType;
import io.logistik.inmemory.internal.Data;
import io.logistik.inmemory.internal.Table;

import java.util.Collection;
import java.util.Optional;

/** A repository over one table keyed by a store-assigned {@code long} id. */
abstract class KeyedRepository<T> extends QueryRepository<T> {

    KeyedRepository(Access access, EntityType entity) {
        super(access, entity);
    }

    abstract Table<Long, T> table(Data data);

    @Override
    final Collection<T> rows(Data data) {
        return table(data).values();
    }

    public Optional<T> get(long id) {
        return access.read(d -> Optional.ofNullable(table(d).get(id)));
    }

    public T require(long id) {
        return StoreChecks.found(get(id).orElse(null), entity().code(), id);
    }
}
