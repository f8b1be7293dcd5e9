package io.logistik.jpa.internal;

import io.logistik.core.InvalidQueryException;
import io.logistik.core.MultipleResultsException;
import io.logistik.core.NotFoundException;
import io.logistik.core.query.EntityType;
import io.logistik.core.query.Page;
import io.logistik.core.query.PageRequest;
import io.logistik.core.query.Query;
import io.logistik.core.spi.QueryableRepository;
import jakarta.persistence.TypedQuery;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Root;

import java.util.List;
import java.util.function.Function;

/**
 * Reading one entity by {@link Query}: one SQL statement for the rows (filtered, sorted, paged in the
 * database) and one for a count, plus whatever {@link #map} needs for a whole batch of rows at once.
 */
abstract class QueryRepo<E, T> implements QueryableRepository<T> {

    private static final String QUERY_TIMEOUT_HINT = "jakarta.persistence.query.timeout";

    final Tx tx;
    private final EntityType entity;
    private final Class<E> type;

    QueryRepo(Tx tx, EntityType entity, Class<E> type) {
        this.tx = tx;
        this.entity = entity;
        this.type = type;
    }

    /** The records for a batch of rows, in the same order, with a constant number of further statements. */
    abstract List<T> map(List<E> rows);

    @Override
    public final EntityType entity() {
        return entity;
    }

    @Override
    public List<T> find(Query query) {
        QueryCompiler.requireEntity(entity, query);
        return map(rows(query, query.page(), 0));
    }

    @Override
    public Page<T> findPage(Query query) {
        QueryCompiler.requireEntity(entity, query);
        PageRequest page = query.page() == null ? PageRequest.of(1, 0) : query.page();
        long total = count(query);
        List<T> items = page.offset() >= total ? List.of() : map(rows(query, page, 0));
        return new Page<>(items, page.number(), page.size(), total);
    }

    @Override
    public long count(Query query) {
        QueryCompiler.requireEntity(entity, query);
        CriteriaBuilder cb = tx.em.getCriteriaBuilder();
        CriteriaQuery<Long> cq = cb.createQuery(Long.class);
        Root<E> root = cq.from(type);
        cq.select(cb.count(root)).where(tx.compiler().where(query.filter(), root, cq));
        return timed(tx.em.createQuery(cq), TypedQuery::getSingleResult);
    }

    @Override
    public T single(Query query) {
        QueryCompiler.requireEntity(entity, query);
        List<E> rows = rows(query.unpaged(), null, 2);
        if (rows.isEmpty()) {
            throw NotFoundException.noResult(entity.code());
        }
        if (rows.size() > 1) {
            throw new MultipleResultsException(entity.code());
        }
        return map(rows).get(0);
    }

    /** The matching rows in sort order: of {@code page} when given (size 0: all), else at most {@code limit} (0: all). */
    final List<E> rows(Query query, PageRequest page, int limit) {
        CriteriaBuilder cb = tx.em.getCriteriaBuilder();
        CriteriaQuery<E> cq = cb.createQuery(type);
        Root<E> root = cq.from(type);
        QueryCompiler compiler = tx.compiler();
        cq.select(root).where(compiler.where(query.filter(), root, cq)).orderBy(compiler.orderBy(query.effectiveSort(), root));
        TypedQuery<E> typed = tx.em.createQuery(cq);
        if (page != null && page.size() > 0) {
            if (page.offset() > Integer.MAX_VALUE) {
                return List.of();
            }
            typed.setFirstResult((int) page.offset()).setMaxResults(page.size());
        } else if (limit > 0) {
            typed.setMaxResults(limit);
        }
        return timed(typed, TypedQuery::getResultList);
    }

    /**
     * {@code run} on {@code query} under the store's query timeout, a timeout becoming the invalid-query
     * error: a filter can cost the database far more than its rows (nested has/any on H2), and the
     * client who sent it, not the store, has to change something.
     */
    final <R, X> X timed(TypedQuery<R> query, Function<TypedQuery<R>, X> run) {
        long seconds = tx.store.queryTimeoutSeconds();
        // Milliseconds by the specification; Hibernate hands JDBC whole seconds, which these are.
        query.setHint(QUERY_TIMEOUT_HINT, (int) (seconds * 1000));
        try {
            return run.apply(query);
        } catch (RuntimeException e) {
            if (Errors.timedOut(e)) {
                throw new InvalidQueryException("query", "the query ran longer than the store's query timeout of " + seconds
                        + " s and the database cancelled it: it costs this database too much (on H2, has/any nested across"
                        + " relationships cost rows to the power of their depth); retrying the same query will not help,"
                        + " a simpler filter will", e);
            }
            throw e;
        }
    }
}
