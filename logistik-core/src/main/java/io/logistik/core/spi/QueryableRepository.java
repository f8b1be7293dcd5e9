package io.logistik.core.spi;

import io.logistik.core.InvalidQueryException;
import io.logistik.core.MultipleResultsException;
import io.logistik.core.NotFoundException;
import io.logistik.core.query.EntityType;
import io.logistik.core.query.Page;
import io.logistik.core.query.Query;

import java.util.List;

/**
 * Reading one entity by {@link Query}. Every store gives the same rows in the same order for the same
 * query: SQL semantics (NULL is unknown), code-point string order, NULLs last ascending and first
 * descending, the key ascending as the final tie-break.
 *
 * @param <T> the row type
 */
public interface QueryableRepository<T> {

    /** The entity this repository reads. */
    EntityType entity();

    /**
     * The rows matching {@code query.filter()}, sorted by {@code query.effectiveSort()}; only the
     * requested page's rows when the query has a page (size 0: every row).
     *
     * @throws InvalidQueryException when the query is about another entity
     */
    List<T> find(Query query);

    /**
     * One page of the rows matching the query, with the total count and the page links. A query
     * without a page gives every row as page 1 of size 0.
     *
     * @throws InvalidQueryException when the query is about another entity
     */
    Page<T> findPage(Query query);

    /**
     * How many rows match {@code query.filter()}; sort and page are ignored. Relationship filters never
     * multiply rows.
     *
     * @throws InvalidQueryException when the query is about another entity
     */
    long count(Query query);

    /**
     * The one row matching {@code query.filter()} (Flask-Restless's {@code filter[single]=1}); sort and
     * page are ignored.
     *
     * @throws NotFoundException        when no row matches
     * @throws MultipleResultsException when more than one row matches
     * @throws InvalidQueryException    when the query is about another entity
     */
    T single(Query query);

    /** Every row, by key. */
    default List<T> findAll() {
        return find(Query.of(entity()));
    }

    /** How many rows there are. */
    default long countAll() {
        return count(Query.of(entity()));
    }
}
