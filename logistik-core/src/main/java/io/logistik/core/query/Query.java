package io.logistik.core.query;

import io.logistik.core.InvalidQueryException;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * What to read of one entity: a filter, a sort, and optionally a page. Immutable; the {@code with...}
 * methods return changed copies.
 *
 * <p>Without a sort, rows come back by key. Every sort ends with the key ascending as a final
 * tie-break, so equal rows keep one order and pages never overlap. Without a page, {@code find}
 * returns every matching row.
 *
 * <p>Construction throws {@link InvalidQueryException} when a field or relationship in the filter or
 * sort does not belong to the entity at its place in the tree, or when the filter nests deeper than
 * {@link FlaskRestless#MAX_DEPTH} levels (the parser's limit; stores walk the tree recursively).
 *
 * <pre>{@code
 * Query q = Query.of(EntityType.ORDER)
 *         .where(Schema.Orders.CUSTOMER_NAME.like("Thomas%"))
 *         .orderBy(Schema.Orders.CREATED_AT.desc())
 *         .page(1, 20);
 * }</pre>
 *
 * @param entity the entity queried
 * @param filter the filter; {@link Filter#all()} for every row
 * @param sort   the sort keys, first key first; may be empty
 * @param page   the page, or {@code null} for every row
 */
public record Query(EntityType entity, Filter filter, List<SortKey> sort, PageRequest page) {

    public Query {
        Objects.requireNonNull(entity, "entity");
        Objects.requireNonNull(filter, "filter");
        sort = List.copyOf(sort);
        new ScopeCheck(entity).check(filter);
        for (SortKey key : sort) {
            if (key.entity() != entity) {
                throw new InvalidQueryException("sort", "sort key " + key + " does not belong to " + entity.code());
            }
        }
    }

    /**
     * Every row of {@code entity}, by key.
     *
     * @param entity the entity to read
     * @return the query, without a page
     * @throws NullPointerException when {@code entity} is null
     */
    public static Query of(EntityType entity) {
        return new Query(entity, Filter.all(), List.of(), null);
    }

    /**
     * Every row of {@code entity} matching {@code filter}, by key.
     *
     * @param entity the entity to read
     * @param filter a filter over {@code entity}'s fields and relationships
     * @return the query, without a page
     * @throws InvalidQueryException when the filter names fields of another entity or nests too deep
     */
    public static Query of(EntityType entity, Filter filter) {
        return new Query(entity, filter, List.of(), null);
    }

    /**
     * @param newFilter the filter to use instead of this query's
     * @return a copy with that filter
     * @throws InvalidQueryException when the filter names fields of another entity or nests too deep
     */
    public Query where(Filter newFilter) {
        return new Query(entity, newFilter, sort, page);
    }

    /**
     * @param keys the sort keys to use instead of this query's, first key first
     * @return a copy with that sort (the key is still the final tie-break)
     * @throws InvalidQueryException when a key sorts another entity
     */
    public Query orderBy(SortKey... keys) {
        return new Query(entity, filter, List.of(keys), page);
    }

    /**
     * @param keys the sort keys to use instead of this query's, first key first
     * @return a copy with that sort (the key is still the final tie-break)
     * @throws InvalidQueryException when a key sorts another entity
     */
    public Query orderBy(List<SortKey> keys) {
        return new Query(entity, filter, keys, page);
    }

    /**
     * @param number the page number, from 1
     * @param size   rows per page; 0 for every row on one page
     * @return a copy that reads that page
     * @throws InvalidQueryException when the number is below 1 or the size negative
     */
    public Query page(int number, int size) {
        return new Query(entity, filter, sort, PageRequest.of(number, size));
    }

    /**
     * @param newPage the page to read, or {@code null} for every row
     * @return a copy that reads that page
     */
    public Query page(PageRequest newPage) {
        return new Query(entity, filter, sort, newPage);
    }

    /**
     * @return a copy that reads every matching row
     */
    public Query unpaged() {
        return new Query(entity, filter, sort, null);
    }

    /**
     * The sort that stores apply: the given keys, then each key field ascending unless the same
     * field (of the entity itself) is already a key.
     */
    public List<SortKey> effectiveSort() {
        List<SortKey> keys = new ArrayList<>(sort);
        for (Field k : Schema.key(entity)) {
            boolean present = sort.stream().anyMatch(s -> s.via() == null && s.field().equals(k));
            if (!present) {
                keys.add(k.asc());
            }
        }
        return List.copyOf(keys);
    }

    @Override
    public String toString() {
        StringBuilder s = new StringBuilder(entity.code()).append(" where ").append(filter);
        if (!sort.isEmpty()) {
            s.append(" sort ").append(String.join(",", sort.stream().map(SortKey::toString).toList()));
        }
        if (page != null) {
            s.append(" page ").append(page.number()).append(" size ").append(page.size());
        }
        return s.toString();
    }

    /**
     * Checks that each node names fields of the entity in scope at its place in the tree, and that the
     * tree is no deeper than the parser allows, so a tree built in Java cannot overflow a store's stack.
     */
    private static final class ScopeCheck implements Filter.Visitor<Void> {
        private EntityType scope;
        private int depth;

        ScopeCheck(EntityType scope) {
            this.scope = scope;
        }

        void check(Filter f) {
            if (++depth > FlaskRestless.MAX_DEPTH) {
                throw new InvalidQueryException("filter",
                        FilterReader.UNABLE + ": nesting deeper than " + FlaskRestless.MAX_DEPTH + " levels");
            }
            f.accept(this);
            depth--;
        }

        private void field(Field f) {
            if (f.entity() != scope) {
                throw new InvalidQueryException(f.toString(), "no such field \"" + f.name() + "\" on " + scope.code());
            }
        }

        private void relationship(Relationship r) {
            if (r.source() != scope) {
                throw new InvalidQueryException(r.toString(), "no such relationship \"" + r.name() + "\" on " + scope.code());
            }
        }

        @Override
        public Void compare(Filter.Compare f) {
            field(f.field());
            return null;
        }

        @Override
        public Void compareFields(Filter.CompareFields f) {
            field(f.left());
            field(f.right());
            return null;
        }

        @Override
        public Void in(Filter.In f) {
            field(f.field());
            return null;
        }

        @Override
        public Void isNull(Filter.IsNull f) {
            field(f.field());
            return null;
        }

        @Override
        public Void like(Filter.Like f) {
            field(f.field());
            return null;
        }

        @Override
        public Void and(Filter.And f) {
            f.filters().forEach(this::check);
            return null;
        }

        @Override
        public Void or(Filter.Or f) {
            f.filters().forEach(this::check);
            return null;
        }

        @Override
        public Void not(Filter.Not f) {
            check(f.filter());
            return null;
        }

        @Override
        public Void related(Filter.Related f) {
            relationship(f.relationship());
            EntityType outer = scope;
            scope = f.relationship().target();
            check(f.filter());
            scope = outer;
            return null;
        }

        @Override
        public Void relationshipNull(Filter.RelationshipNull f) {
            relationship(f.relationship());
            return null;
        }
    }
}
