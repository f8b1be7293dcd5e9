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

    /**
     * {@code this == value} ({@code ==}, {@code eq}, {@code equals}, {@code equal_to}).
     *
     * @param value a value of this field's type (see {@link FieldType}); strings, numbers and states are
     *              normalised as the parser does
     * @return the comparison filter
     * @throws io.logistik.core.InvalidQueryException when {@code value} is null or does not fit the field's type
     */
    public Filter eq(Object value) {
        return compare(ComparisonOp.EQ, value);
    }

    /**
     * {@code this != value} ({@code !=}, {@code ne}, {@code <>}, ...); a NULL field is never selected.
     *
     * @param value a value of this field's type
     * @return the comparison filter
     * @throws io.logistik.core.InvalidQueryException when {@code value} is null or does not fit the field's type
     */
    public Filter ne(Object value) {
        return compare(ComparisonOp.NE, value);
    }

    /**
     * {@code this < value}.
     *
     * @param value a value of this field's type
     * @return the comparison filter
     * @throws io.logistik.core.InvalidQueryException when {@code value} is null or does not fit the field's type
     */
    public Filter lt(Object value) {
        return compare(ComparisonOp.LT, value);
    }

    /**
     * {@code this <= value}.
     *
     * @param value a value of this field's type
     * @return the comparison filter
     * @throws io.logistik.core.InvalidQueryException when {@code value} is null or does not fit the field's type
     */
    public Filter le(Object value) {
        return compare(ComparisonOp.LE, value);
    }

    /**
     * {@code this > value}.
     *
     * @param value a value of this field's type
     * @return the comparison filter
     * @throws io.logistik.core.InvalidQueryException when {@code value} is null or does not fit the field's type
     */
    public Filter gt(Object value) {
        return compare(ComparisonOp.GT, value);
    }

    /**
     * {@code this >= value}.
     *
     * @param value a value of this field's type
     * @return the comparison filter
     * @throws io.logistik.core.InvalidQueryException when {@code value} is null or does not fit the field's type
     */
    public Filter ge(Object value) {
        return compare(ComparisonOp.GE, value);
    }

    /**
     * {@code this op value}.
     *
     * @param op    the comparison
     * @param value a value of this field's type: {@link Long} (or a smaller integer type, or a
     *              {@link java.math.BigDecimal}) for ids and quantities, {@link String} for text,
     *              {@link java.time.Instant} or {@link TimeKeyword} for timestamps, an
     *              {@link io.logistik.core.model.OrderState} or its code for {@code state}
     * @return the comparison filter
     * @throws io.logistik.core.InvalidQueryException when {@code value} is null (use {@link #isNull()}) or
     *                                                does not fit the field's type
     */
    public Filter compare(ComparisonOp op, Object value) {
        return new Filter.Compare(this, op, value);
    }

    /**
     * {@code this op other}: a field-to-field comparison on the same row.
     *
     * @param op    the comparison
     * @param other a field of the same entity with a compatible type
     * @return the comparison filter
     * @throws io.logistik.core.InvalidQueryException when {@code other} belongs to another entity or has an
     *                                                incompatible type
     */
    public Filter compare(ComparisonOp op, Field other) {
        return new Filter.CompareFields(this, op, other);
    }

    /**
     * {@code this IN (values)}: an empty collection matches no row; a null element never matches.
     *
     * @param values values of this field's type, at most {@link Filter#MAX_LIST_SIZE}
     * @return the IN filter
     * @throws io.logistik.core.InvalidQueryException when a value does not fit the field's type or the
     *                                                collection is too long
     */
    public Filter in(Collection<?> values) {
        return new Filter.In(this, new java.util.ArrayList<Object>(values), false);
    }

    /**
     * {@code this IN (values)}; see {@link #in(Collection)}.
     *
     * @param values values of this field's type
     * @return the IN filter
     * @throws io.logistik.core.InvalidQueryException when a value does not fit the field's type
     */
    public Filter in(Object... values) {
        return in(Arrays.asList(values));
    }

    /**
     * {@code this NOT IN (values)}: an empty collection matches every row; a null element makes every
     * row it does not exclude unknown, as in SQL.
     *
     * @param values values of this field's type, at most {@link Filter#MAX_LIST_SIZE}
     * @return the NOT IN filter
     * @throws io.logistik.core.InvalidQueryException when a value does not fit the field's type or the
     *                                                collection is too long
     */
    public Filter notIn(Collection<?> values) {
        return new Filter.In(this, new java.util.ArrayList<Object>(values), true);
    }

    /**
     * {@code this NOT IN (values)}; see {@link #notIn(Collection)}.
     *
     * @param values values of this field's type
     * @return the NOT IN filter
     * @throws io.logistik.core.InvalidQueryException when a value does not fit the field's type
     */
    public Filter notIn(Object... values) {
        return notIn(Arrays.asList(values));
    }

    /**
     * {@code this IS NULL} ({@code is_null}); never unknown.
     *
     * @return the filter
     */
    public Filter isNull() {
        return new Filter.IsNull(this, false);
    }

    /**
     * {@code this IS NOT NULL} ({@code is_not_null}); never unknown.
     *
     * @return the filter
     */
    public Filter isNotNull() {
        return new Filter.IsNull(this, true);
    }

    /**
     * {@code this LIKE pattern}, case-sensitive: {@code _} one character, {@code %} any run, {@code \x} a
     * literal x.
     *
     * @param pattern the pattern, not ending in a lone {@code \}
     * @return the filter
     * @throws io.logistik.core.InvalidQueryException when the pattern is null or ends in a lone escape, or
     *                                                the field is not text
     */
    public Filter like(String pattern) {
        return new Filter.Like(this, pattern, LikeMode.LIKE, false);
    }

    /**
     * {@code this NOT LIKE pattern}; a NULL field is never selected.
     *
     * @param pattern the pattern, as for {@link #like}
     * @return the filter
     * @throws io.logistik.core.InvalidQueryException as {@link #like}
     */
    public Filter notLike(String pattern) {
        return new Filter.Like(this, pattern, LikeMode.LIKE, true);
    }

    /**
     * {@code ilike}: {@link #like} with case folded per code point on both sides; accents count.
     *
     * @param pattern the pattern, as for {@link #like}
     * @return the filter
     * @throws io.logistik.core.InvalidQueryException as {@link #like}
     */
    public Filter ilike(String pattern) {
        return new Filter.Like(this, pattern, LikeMode.ILIKE, false);
    }

    /**
     * {@code not_ilike}: a logistik extension, the negation of {@link #ilike}.
     *
     * @param pattern the pattern, as for {@link #like}
     * @return the filter
     * @throws io.logistik.core.InvalidQueryException as {@link #like}
     */
    public Filter notIlike(String pattern) {
        return new Filter.Like(this, pattern, LikeMode.ILIKE, true);
    }

    /**
     * {@code unaccent_ilike}: a logistik extension that ignores case and accents ({@code %jose%} finds "José").
     *
     * @param pattern the pattern, as for {@link #like}
     * @return the filter
     * @throws io.logistik.core.InvalidQueryException as {@link #like}
     */
    public Filter unaccentIlike(String pattern) {
        return new Filter.Like(this, pattern, LikeMode.UNACCENT_ILIKE, false);
    }

    /**
     * {@code not_unaccent_ilike}: a logistik extension, the negation of {@link #unaccentIlike}.
     *
     * @param pattern the pattern, as for {@link #like}
     * @return the filter
     * @throws io.logistik.core.InvalidQueryException as {@link #like}
     */
    public Filter notUnaccentIlike(String pattern) {
        return new Filter.Like(this, pattern, LikeMode.UNACCENT_ILIKE, true);
    }

    /**
     * Sorts by this field ascending, NULLs last.
     *
     * @return the sort key
     */
    public SortKey asc() {
        return new SortKey(null, this, Direction.ASC);
    }

    /**
     * Sorts by this field descending, NULLs first.
     *
     * @return the sort key
     */
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
