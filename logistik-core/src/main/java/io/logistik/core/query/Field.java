package io.logistik.core.query;

import io.logistik.core.model.OrderState;

import java.util.Arrays;
import java.util.Collection;
import java.util.Objects;

/**
 * A typed, schema-checked field of one entity, such as {@code order.customer_name}. The only instances
 * are the constants in {@link Schema}; names never travel past the parser as raw strings.
 *
 * <p>The methods build filters fluently: {@code Schema.Orders.CUSTOMER_NAME.like("Thomas%")}. Each
 * checks the value against the field's type and throws {@link io.logistik.core.InvalidQueryException}
 * when it does not fit.
 */
public final class Field {

    private final EntityType entity;
    private final String name;
    private final FieldType type;
    private final boolean nullable;

    Field(EntityType entity, String name, FieldType type, boolean nullable) {
        this.entity = entity;
        this.name = name;
        this.type = type;
        this.nullable = nullable;
    }

    public EntityType entity() {
        return entity;
    }

    /** The snake_case name in the filter language. */
    public String name() {
        return name;
    }

    public FieldType type() {
        return type;
    }

    /** Whether rows may hold NULL here ({@code updated_at} until the first update). */
    public boolean nullable() {
        return nullable;
    }

    public Filter eq(Object value) {
        return compare(ComparisonOp.EQ, value);
    }

    public Filter ne(Object value) {
        return compare(ComparisonOp.NE, value);
    }

    public Filter lt(Object value) {
        return compare(ComparisonOp.LT, value);
    }

    public Filter le(Object value) {
        return compare(ComparisonOp.LE, value);
    }

    public Filter gt(Object value) {
        return compare(ComparisonOp.GT, value);
    }

    public Filter ge(Object value) {
        return compare(ComparisonOp.GE, value);
    }

    /** {@code this op value}; {@code value} is checked against the field's type and must not be null. */
    public Filter compare(ComparisonOp op, Object value) {
        return new Filter.Compare(this, op, value);
    }

    /** {@code this op other}: a field-to-field comparison on the same entity. */
    public Filter compare(ComparisonOp op, Field other) {
        return new Filter.CompareFields(this, op, other);
    }

    public Filter in(Collection<?> values) {
        return new Filter.In(this, new java.util.ArrayList<Object>(values), false);
    }

    public Filter in(Object... values) {
        return in(Arrays.asList(values));
    }

    public Filter notIn(Collection<?> values) {
        return new Filter.In(this, new java.util.ArrayList<Object>(values), true);
    }

    public Filter notIn(Object... values) {
        return notIn(Arrays.asList(values));
    }

    public Filter isNull() {
        return new Filter.IsNull(this, false);
    }

    public Filter isNotNull() {
        return new Filter.IsNull(this, true);
    }

    public Filter like(String pattern) {
        return new Filter.Like(this, pattern, LikeMode.LIKE, false);
    }

    public Filter notLike(String pattern) {
        return new Filter.Like(this, pattern, LikeMode.LIKE, true);
    }

    public Filter ilike(String pattern) {
        return new Filter.Like(this, pattern, LikeMode.ILIKE, false);
    }

    /** {@code not_ilike}: a logistik extension, the negation of {@link #ilike}. */
    public Filter notIlike(String pattern) {
        return new Filter.Like(this, pattern, LikeMode.ILIKE, true);
    }

    /** {@code unaccent_ilike}: a logistik extension that ignores case and accents ({@code %jose%} finds "José"). */
    public Filter unaccentIlike(String pattern) {
        return new Filter.Like(this, pattern, LikeMode.UNACCENT_ILIKE, false);
    }

    /** {@code not_unaccent_ilike}: a logistik extension, the negation of {@link #unaccentIlike}. */
    public Filter notUnaccentIlike(String pattern) {
        return new Filter.Like(this, pattern, LikeMode.UNACCENT_ILIKE, true);
    }

    public SortKey asc() {
        return new SortKey(null, this, Direction.ASC);
    }

    public SortKey desc() {
        return new SortKey(null, this, Direction.DESC);
    }

    /** Whether {@code value} (already normalised) fits this field's type. */
    boolean accepts(Object value) {
        return switch (type) {
            case ID, INTEGER -> value instanceof Long || value instanceof java.math.BigDecimal;
            case TEXT -> value instanceof String;
            case TIMESTAMP -> value instanceof java.time.Instant || value instanceof TimeKeyword;
            case STATE -> value instanceof OrderState;
        };
    }

    @Override
    public String toString() {
        return entity.code() + "." + name;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Field f && f.entity == entity && f.name.equals(name);
    }

    @Override
    public int hashCode() {
        return Objects.hash(entity, name);
    }
}
