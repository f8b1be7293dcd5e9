package io.logistik.core.query;

import java.util.Objects;

/**
 * A named relationship from one entity to another, such as {@code order.order_lines} (to-many) or
 * {@code order_line.order} (to-one). The only instances are the constants in {@link Schema}.
 */
public final class Relationship {

    private final EntityType source;
    private final String name;
    private final EntityType target;
    private final boolean toMany;

    Relationship(EntityType source, String name, EntityType target, boolean toMany) {
        this.source = source;
        this.name = name;
        this.target = target;
        this.toMany = toMany;
    }

    public EntityType source() {
        return source;
    }

    public String name() {
        return name;
    }

    public EntityType target() {
        return target;
    }

    public boolean toMany() {
        return toMany;
    }

    /**
     * Rows whose related rows satisfy {@code filter}: {@code has} on a to-one relationship (the related
     * row exists and matches), {@code any} on a to-many one (at least one related row matches).
     *
     * @param filter a filter over the fields of {@link #target()}
     * @return the relationship filter; never unknown
     * @throws NullPointerException when {@code filter} is null
     */
    public Filter matches(Filter filter) {
        return new Filter.Related(this, filter);
    }

    /**
     * {@code has}: the related row exists and satisfies {@code filter}.
     *
     * @param filter a filter over the fields of {@link #target()}
     * @return the relationship filter
     * @throws io.logistik.core.InvalidQueryException when this relationship is to-many (use {@link #any})
     */
    public Filter has(Filter filter) {
        if (toMany) {
            throw new io.logistik.core.InvalidQueryException(toString(), "has applies to a to-one relationship; use any");
        }
        return matches(filter);
    }

    /**
     * {@code any}: at least one related row satisfies {@code filter}.
     *
     * @param filter a filter over the fields of {@link #target()}
     * @return the relationship filter
     * @throws io.logistik.core.InvalidQueryException when this relationship is to-one (use {@link #has})
     */
    public Filter any(Filter filter) {
        if (!toMany) {
            throw new io.logistik.core.InvalidQueryException(toString(), "any applies to a to-many relationship; use has");
        }
        return matches(filter);
    }

    /**
     * Rows with no related row (relationship {@code is_null}).
     *
     * @return the filter; never unknown
     */
    public Filter isEmpty() {
        return new Filter.RelationshipNull(this, false);
    }

    /**
     * Rows with at least one related row (relationship {@code is_not_null}).
     *
     * @return the filter; never unknown
     */
    public Filter isNotEmpty() {
        return new Filter.RelationshipNull(this, true);
    }

    /**
     * Sorts ascending by {@code field} of the related row, NULLs (and rows without one) last.
     *
     * @param field a field of {@link #target()}
     * @return the sort key
     * @throws io.logistik.core.InvalidQueryException when this relationship is to-many or {@code field}
     *                                                belongs to another entity
     */
    public SortKey asc(Field field) {
        return new SortKey(this, field, Direction.ASC);
    }

    /**
     * Sorts descending by {@code field} of the related row, NULLs (and rows without one) first.
     *
     * @param field a field of {@link #target()}
     * @return the sort key
     * @throws io.logistik.core.InvalidQueryException as {@link #asc(Field)}
     */
    public SortKey desc(Field field) {
        return new SortKey(this, field, Direction.DESC);
    }

    @Override
    public String toString() {
        return source.code() + "." + name;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Relationship r && r.source == source && r.name.equals(name);
    }

    @Override
    public int hashCode() {
        return Objects.hash(source, name);
    }
}
