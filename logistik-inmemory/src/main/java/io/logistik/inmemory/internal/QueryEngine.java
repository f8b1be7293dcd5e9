package io.logistik.inmemory.internal;

import io.logistik.core.InvalidQueryException;
import io.logistik.core.MultipleResultsException;
import io.logistik.core.NotFoundException;
import io.logistik.core.query.Direction;
import io.logistik.core.query.EntityType;
import io.logistik.core.query.Page;
import io.logistik.core.query.PageRequest;
import io.logistik.core.query.Query;
import io.logistik.core.query.SortKey;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;

/**
 * Answers find, page, count and single for one entity's rows: filter with {@link FilterCompiler},
 * sort by {@link Query#effectiveSort()} (NULLs last ascending, first descending), then page.
 */
public final class QueryEngine {

    private final Data data;
    private final EntityType entity;
    private final Instant now;

    /**
     * @param data   the tables, read under the store's lock for as long as this engine is used
     * @param entity the entity whose rows are queried
     * @param now    the query's instant for the current-time keywords
     */
    public QueryEngine(Data data, EntityType entity, Instant now) {
        this.data = data;
        this.entity = entity;
        this.now = now;
    }

    /** The matching rows of {@code rows} (given in key order), sorted, and sliced to the page if there is one. */
    public <T> List<T> find(Collection<T> rows, Query query) {
        List<T> sorted = matchingSorted(rows, query);
        PageRequest page = query.page();
        return page == null ? sorted : slice(sorted, page);
    }

    public <T> Page<T> findPage(Collection<T> rows, Query query) {
        List<T> sorted = matchingSorted(rows, query);
        PageRequest page = query.page();
        if (page == null) {
            return new Page<>(sorted, 1, 0, sorted.size());
        }
        return new Page<>(slice(sorted, page), page.number(), page.size(), sorted.size());
    }

    public long count(Collection<?> rows, Query query) {
        FilterCompiler.Condition condition = compile(query);
        long n = 0;
        for (Object row : rows) {
            if (condition.selects(row)) {
                n++;
            }
        }
        return n;
    }

    public <T> T single(Collection<T> rows, Query query) {
        FilterCompiler.Condition condition = compile(query);
        Iterator<T> it = rows.stream().filter(condition::selects).iterator();
        if (!it.hasNext()) {
            throw NotFoundException.noResult(entity.code());
        }
        T first = it.next();
        if (it.hasNext()) {
            throw new MultipleResultsException(entity.code());
        }
        return first;
    }

    private FilterCompiler.Condition compile(Query query) {
        if (query == null) {
            throw new InvalidQueryException("query", "must not be null");
        }
        if (query.entity() != entity) {
            throw new InvalidQueryException("query", "is about " + query.entity().code() + ", but this repository reads " + entity.code());
        }
        return FilterCompiler.compile(query.filter(), data, now);
    }

    private <T> List<T> matchingSorted(Collection<T> rows, Query query) {
        FilterCompiler.Condition condition = compile(query);
        List<T> matching = new ArrayList<>();
        for (T row : rows) {
            if (condition.selects(row)) {
                matching.add(row);
            }
        }
        if (!query.sort().isEmpty()) {
            matching.sort(comparator(query.effectiveSort()));
        }
        return matching;
    }

    private static <T> List<T> slice(List<T> sorted, PageRequest page) {
        if (page.size() == 0) {
            return sorted;
        }
        long from = Math.min(page.offset(), sorted.size());
        long to = Math.min(from + page.size(), sorted.size());
        return List.copyOf(sorted.subList((int) from, (int) to));
    }

    private Comparator<Object> comparator(List<SortKey> keys) {
        Comparator<Object> result = null;
        for (SortKey key : keys) {
            Comparator<Object> one = (a, b) -> nullsLast(sortValue(key, a), sortValue(key, b));
            if (key.direction() == Direction.DESC) {
                one = one.reversed();
            }
            result = result == null ? one : result.thenComparing(one);
        }
        return result;
    }

    private Object sortValue(SortKey key, Object row) {
        if (key.via() == null) {
            return Rows.value(key.field(), row);
        }
        Iterator<?> related = data.related(key.via(), row).iterator();
        return related.hasNext() ? Rows.value(key.field(), related.next()) : null;
    }

    /** NULL counts as larger than every value: last ascending, and so first descending. */
    private static int nullsLast(Object a, Object b) {
        if (a == null || b == null) {
            return a == null ? (b == null ? 0 : 1) : -1;
        }
        return Rows.compare(a, b);
    }
}
