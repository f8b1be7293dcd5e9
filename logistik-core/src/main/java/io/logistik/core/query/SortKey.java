package io.logistik.core.query;

import io.logistik.core.InvalidQueryException;

import java.util.Objects;

/**
 * One sort key: a field of the queried entity, or (through a to-one relationship) of a related one, as
 * in Flask-Restless's {@code sort=-created_at,order.customer_name}. NULLs sort last ascending and first
 * descending; strings by code point.
 *
 * @param via       the to-one relationship to sort through, or {@code null} for the entity's own field
 * @param field     the field, of the entity itself or of {@code via}'s target
 * @param direction ascending or descending
 */
public record SortKey(Relationship via, Field field, Direction direction) {

    public SortKey {
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(direction, "direction");
        if (via != null) {
            if (via.toMany()) {
                throw new InvalidQueryException(via.toString(), "cannot sort by a to-many relationship");
            }
            if (via.target() != field.entity()) {
                throw new InvalidQueryException(field.toString(), "is not a field of " + via.target().code());
            }
        }
    }

    /** The entity this key sorts: {@code via}'s source, or the field's own entity. */
    public EntityType entity() {
        return via == null ? field.entity() : via.source();
    }

    @Override
    public String toString() {
        String path = via == null ? field.name() : via.name() + "." + field.name();
        return direction == Direction.DESC ? "-" + path : path;
    }
}
