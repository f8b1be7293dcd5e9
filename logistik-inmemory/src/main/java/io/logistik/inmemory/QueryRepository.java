package io.logistik.inmemory;

import io.logistik.core.query.EntityType;
import io.logistik.core.query.Page;
import io.logistik.core.query.Query;
import io.logistik.core.spi.QueryableRepository;
import io.logistik.inmemory.internal.Data;
import io.logistik.inmemory.internal.QueryEngine;

import java.util.Collection;
import java.util.List;

/** The query half of every repository: one consistent read of the entity's rows per call. */
abstract class QueryRepository<T> implements QueryableRepository<T> {

    final Access access;
    private final EntityType entity;

    QueryRepository(Access access, EntityType entity) {
        this.access = access;
        this.entity = entity;
    }

    /** The entity's rows in key order. */
    abstract Collection<T> rows(Data data);

    @Override
    public final EntityType entity() {
        return entity;
    }

    @Override
    public List<T> find(Query query) {
        return access.read(d -> List.copyOf(engine(d).find(rows(d), query)));
    }

    @Override
    public Page<T> findPage(Query query) {
        return access.read(d -> engine(d).findPage(rows(d), query));
    }

    @Override
    public long count(Query query) {
        return access.read(d -> engine(d).count(rows(d), query));
    }

    @Override
    public T single(Query query) {
        return access.read(d -> engine(d).single(rows(d), query));
    }

    private QueryEngine engine(Data data) {
        return new QueryEngine(data, entity, access.now());
    }
}
