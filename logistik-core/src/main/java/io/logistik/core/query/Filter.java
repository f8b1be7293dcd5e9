package io.logistik.core.query;

import io.logistik.core.InvalidQueryException;
import io.logistik.core.internal.Text;
import io.logistik.core.internal.Violations;
import io.logistik.core.model.OrderState;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.text.Normalizer;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * A filter: an immutable tree over typed {@link Field}s and {@link Relationship}s with SQL semantics.
 *
 * <p>NULL is unknown: no comparison, LIKE, IN or NOT IN selects a row whose field is NULL, and
 * {@link Not} of unknown is unknown, so NOT never selects such a row either. {@code ==} and LIKE are
 * case-sensitive and compare code points. Build filters with the methods of {@link Field} and
 * {@link Relationship} and with {@link #and}, {@link #or}, {@link #not}, or parse them from
 * Flask-Restless JSON. {@code toString()} reads like a query. Stores compile a filter once; use
 * {@link Visitor} to do the same (the visitor gives Java 17 exhaustiveness without pattern switches).
 */
public sealed interface Filter
        permits Filter.Compare, Filter.CompareFields, Filter.In, Filter.IsNull, Filter.Like, Filter.And, Filter.Or,
        Filter.Not, Filter.Related, Filter.RelationshipNull {

    /** Longest list an {@code in} / {@code not_in} may hold. */
    int MAX_LIST_SIZE = 10_000;

    <R> R accept(Visitor<R> visitor);

    /** One method per node kind. */
    interface Visitor<R> {
        R compare(Compare f);

        R compareFields(CompareFields f);

        R in(In f);

        R isNull(IsNull f);

        R like(Like f);

        R and(And f);

        R or(Or f);

        R not(Not f);

        R related(Related f);

        R relationshipNull(RelationshipNull f);
    }

    /**
     * Every row: an empty {@code and}.
     *
     * @return the filter that selects every row
     */
    static Filter all() {
        return new And(List.of());
    }

    /**
     * Every part holds (SQL AND: false wins over unknown); no parts select every row.
     *
     * @param filters the parts, not null
     * @return the conjunction
     * @throws NullPointerException when a part is null
     */
    static Filter and(Filter... filters) {
        return new And(List.of(filters));
    }

    /**
     * Every part holds; see {@link #and(Filter...)}.
     *
     * @param filters the parts, not null
     * @return the conjunction
     * @throws NullPointerException when the list or a part is null
     */
    static Filter and(List<Filter> filters) {
        return new And(filters);
    }

    /**
     * Some part holds (SQL OR: true wins over unknown); no parts select every row, as upstream.
     *
     * @param filters the parts, not null
     * @return the disjunction
     * @throws NullPointerException when a part is null
     */
    static Filter or(Filter... filters) {
        return new Or(List.of(filters));
    }

    /**
     * Some part holds; see {@link #or(Filter...)}.
     *
     * @param filters the parts, not null
     * @return the disjunction
     * @throws NullPointerException when the list or a part is null
     */
    static Filter or(List<Filter> filters) {
        return new Or(filters);
    }

    /**
     * The negation; NOT of unknown stays unknown, so it never selects a row with a NULL in the compared field.
     *
     * @param filter the filter to negate
     * @return the negation
     * @throws NullPointerException when {@code filter} is null
     */
    static Filter not(Filter filter) {
        return new Not(filter);
    }

    /** {@code field op value}. {@code value} is a non-null value of the field's type (see {@link FieldType}). */
    record Compare(Field field, ComparisonOp op, Object value) implements Filter {
        public Compare {
            Objects.requireNonNull(field, "field");
            Objects.requireNonNull(op, "op");
            if (value == null) {
                throw new InvalidQueryException(field.toString(),
                        "To compare a value to NULL, use the unary is_null/is_not_null operators.");
            }
            value = Values.normalise(field, value);
        }

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.compare(this);
        }

        @Override
        public String toString() {
            return field.name() + " " + op.symbol() + " " + Values.show(value);
        }
    }

    /** {@code left op right}: two fields of the same entity. Unknown if either is NULL. */
    record CompareFields(Field left, ComparisonOp op, Field right) implements Filter {
        public CompareFields {
            Objects.requireNonNull(left, "left");
            Objects.requireNonNull(op, "op");
            Objects.requireNonNull(right, "right");
            if (left.entity() != right.entity()) {
                throw new InvalidQueryException(right.toString(), "can only compare fields of the same entity, not with " + left);
            }
            boolean compatible = left.type() == right.type() || (left.type().isNumeric() && right.type().isNumeric());
            if (!compatible) {
                throw new InvalidQueryException(right.toString(),
                        "cannot compare " + left.type() + " field " + left.name() + " with " + right.type() + " field " + right.name());
            }
        }

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.compareFields(this);
        }

        @Override
        public String toString() {
            return left.name() + " " + op.symbol() + " " + right.name();
        }
    }

    /**
     * {@code field IN (values)}, or {@code NOT IN} when {@code negated}. An empty IN matches no row and an
     * empty NOT IN every row, NULLs included (an empty set has no member to differ from). Otherwise a
     * NULL field is unknown, and a NULL among the values follows SQL: it never makes IN true, and makes
     * NOT IN unknown for every row it does not exclude. At most {@link #MAX_LIST_SIZE} values.
     */
    record In(Field field, List<Object> values, boolean negated) implements Filter {
        public In {
            Objects.requireNonNull(field, "field");
            Objects.requireNonNull(values, "values");
            if (values.size() > MAX_LIST_SIZE) {
                throw new InvalidQueryException(field.toString(), "list longer than " + MAX_LIST_SIZE + " values");
            }
            List<Object> copy = new ArrayList<>(values.size());
            for (Object v : values) {
                copy.add(v == null ? null : Values.normalise(field, v));
            }
            values = java.util.Collections.unmodifiableList(copy);
        }

        /** Whether a NULL is among the values. */
        public boolean containsNull() {
            return values.contains(null);
        }

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.in(this);
        }

        @Override
        public String toString() {
            return field.name() + (negated ? " not in " : " in ")
                    + values.stream().map(Values::show).collect(Collectors.joining(", ", "(", ")"));
        }
    }

    /** {@code field IS NULL}, or {@code IS NOT NULL} when {@code negated}. Never unknown. */
    record IsNull(Field field, boolean negated) implements Filter {
        public IsNull {
            Objects.requireNonNull(field, "field");
        }

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.isNull(this);
        }

        @Override
        public String toString() {
            return field.name() + (negated ? " is not null" : " is null");
        }
    }

    /**
     * {@code field LIKE pattern} in the given {@link LikeMode}, or {@code NOT LIKE} when {@code negated}.
     * In the pattern {@code _} matches one character, {@code %} any run, {@code \x} a literal x; a
     * trailing {@code \} is refused, and so is an escaped combining mark in {@code unaccent_ilike}
     * patterns (removing accents would drop it and leave the escape on the next character). The
     * pattern is NFC-normalised.
     */
    record Like(Field field, String pattern, LikeMode mode, boolean negated) implements Filter {
        public Like {
            Objects.requireNonNull(field, "field");
            Objects.requireNonNull(mode, "mode");
            if (pattern == null) {
                throw new InvalidQueryException(field.toString(),
                        "To compare a value to NULL, use the unary is_null/is_not_null operators.");
            }
            if (field.type() != FieldType.TEXT && field.type() != FieldType.STATE) {
                throw new InvalidQueryException(field.toString(), mode.op() + " needs a text field, " + field.name() + " is " + field.type());
            }
            pattern = Values.text(field, pattern);
            if (Values.endsWithLoneEscape(pattern)) {
                throw new InvalidQueryException(field.toString(), "LIKE pattern must not end with the escape character \\");
            }
            if (mode == LikeMode.UNACCENT_ILIKE) {
                int mark = Values.escapedCombiningMark(pattern);
                if (mark >= 0) {
                    throw new InvalidQueryException(field.toString(), String.format(
                            "unaccent_ilike ignores accents, so its pattern cannot escape the combining mark U+%04X", mark));
                }
            }
        }

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.like(this);
        }

        @Override
        public String toString() {
            String op = negated ? "not " + mode.op() : mode.op();
            return field.name() + " " + op + " " + Values.show(pattern);
        }
    }

    /** Every part holds; an empty {@code and} matches every row (as upstream). */
    record And(List<Filter> filters) implements Filter {
        public And {
            filters = List.copyOf(filters);
        }

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.and(this);
        }

        @Override
        public String toString() {
            if (filters.isEmpty()) {
                return "true";
            }
            return filters.stream().map(Values::group).collect(Collectors.joining(" and "));
        }
    }

    /** Some part holds; an empty {@code or} matches every row, as upstream does (a quirk, kept on purpose). */
    record Or(List<Filter> filters) implements Filter {
        public Or {
            filters = List.copyOf(filters);
        }

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.or(this);
        }

        @Override
        public String toString() {
            if (filters.isEmpty()) {
                return "true";
            }
            return filters.stream().map(Values::group).collect(Collectors.joining(" or "));
        }
    }

    /** The negation; NOT of unknown stays unknown. */
    record Not(Filter filter) implements Filter {
        public Not {
            Objects.requireNonNull(filter, "filter");
        }

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.not(this);
        }

        @Override
        public String toString() {
            // Always parenthesised: "not updated_at is null" would read as "(not updated_at) is null".
            return "not (" + filter + ")";
        }
    }

    /**
     * {@code has} (to-one) or {@code any} (to-many): some related row exists and satisfies {@code filter},
     * whose fields belong to the relationship's target entity. Never unknown: with no related row it
     * is false, so {@code not any(...)} selects rows with no related rows.
     */
    record Related(Relationship relationship, Filter filter) implements Filter {
        public Related {
            Objects.requireNonNull(relationship, "relationship");
            Objects.requireNonNull(filter, "filter");
        }

        /** {@code "any"} for a to-many relationship, {@code "has"} for a to-one one. */
        public String op() {
            return relationship.toMany() ? "any" : "has";
        }

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.related(this);
        }

        @Override
        public String toString() {
            return relationship.name() + " " + op() + " (" + filter + ")";
        }
    }

    /** No related row ({@code is_null}), or at least one when {@code negated} ({@code is_not_null}). */
    record RelationshipNull(Relationship relationship, boolean negated) implements Filter {
        public RelationshipNull {
            Objects.requireNonNull(relationship, "relationship");
        }

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.relationshipNull(this);
        }

        @Override
        public String toString() {
            return relationship.name() + (negated ? " is not null" : " is null");
        }
    }

    /** Value checks shared by the node types. */
    final class Values {
        /**
         * Largest power of ten a number may carry, either way: wide enough for any {@code long} and any
         * sensible fraction, small enough that printing it (and binding it in SQL) stays cheap.
         */
        static final int MAX_SCALE = 1000;

        private Values() {
        }

        static Object normalise(Field field, Object value) {
            Object v = value;
            switch (field.type()) {
                case ID, INTEGER -> {
                    if (v instanceof Integer || v instanceof Short || v instanceof Byte) {
                        v = ((Number) v).longValue();
                    } else if (v instanceof BigInteger bi) {
                        v = new BigDecimal(bi);
                    } else if (v instanceof Double || v instanceof Float) {
                        double d = ((Number) v).doubleValue();
                        if (!Double.isFinite(d)) {
                            throw new InvalidQueryException(field.toString(), "not a finite number: " + d);
                        }
                        v = BigDecimal.valueOf(d);
                    }
                    if (v instanceof BigDecimal bd) {
                        BigDecimal stripped = bd.stripTrailingZeros();
                        if (Math.abs(stripped.scale()) > MAX_SCALE) {
                            throw new InvalidQueryException(field.toString(),
                                    "number out of range: " + field.name() + " takes numbers with at most " + MAX_SCALE
                                            + " digits before or after the point");
                        }
                        if (stripped.scale() <= 0 && stripped.compareTo(BigDecimal.valueOf(Long.MAX_VALUE)) <= 0
                                && stripped.compareTo(BigDecimal.valueOf(Long.MIN_VALUE)) >= 0) {
                            v = stripped.longValueExact();
                        } else {
                            v = stripped;
                        }
                    }
                }
                case TEXT -> {
                    if (v instanceof String s) {
                        v = text(field, s);
                    }
                }
                case TIMESTAMP -> {
                    if (v instanceof Instant i) {
                        Instant truncated = i.truncatedTo(ChronoUnit.MICROS);
                        if (truncated.isBefore(Violations.MIN_INSTANT) || truncated.isAfter(Violations.MAX_INSTANT)) {
                            throw new InvalidQueryException(field.toString(),
                                    "timestamp out of range: " + field.name() + " takes the years 1000 to 9999 (UTC), not " + i);
                        }
                        v = truncated;
                    }
                }
                case STATE -> {
                    if (v instanceof String s && OrderState.fromCode(s) != null) {
                        v = OrderState.fromCode(s);
                    }
                }
                default -> throw new IllegalStateException(field.type().toString());
            }
            if (!field.accepts(v)) {
                throw new InvalidQueryException(field.toString(), "wrong type: " + field.name() + " is " + field.type()
                        + ", cannot compare it with " + v.getClass().getSimpleName() + " " + show(v));
            }
            return v;
        }

        /** NFC text that is valid Unicode: stored text always is, and SQL drivers refuse half a surrogate pair. */
        static String text(Field field, String s) {
            String nfc = Normalizer.normalize(s, Normalizer.Form.NFC);
            int bad = Text.unpairedSurrogate(nfc);
            if (bad >= 0) {
                throw new InvalidQueryException(field.toString(), "not valid Unicode: " + Text.describeUnpairedSurrogate(nfc, bad));
            }
            return nfc;
        }

        /**
         * The first combining mark right after an escape, or -1. Folding accents away drops such a mark
         * and would leave its escape acting on the next character, so unaccented patterns refuse it.
         */
        static int escapedCombiningMark(String pattern) {
            for (int i = 0; i < pattern.length(); i += Character.charCount(pattern.codePointAt(i))) {
                if (pattern.charAt(i) == '\\' && i + 1 < pattern.length()) {
                    int next = pattern.codePointAt(i + 1);
                    if (Text.isCombiningMark(next)) {
                        return next;
                    }
                    i++;
                }
            }
            return -1;
        }

        static boolean endsWithLoneEscape(String pattern) {
            int backslashes = 0;
            for (int i = pattern.length() - 1; i >= 0 && pattern.charAt(i) == '\\'; i--) {
                backslashes++;
            }
            return backslashes % 2 == 1;
        }

        static String show(Object v) {
            if (v == null) {
                return "null";
            }
            if (v instanceof String s) {
                return "'" + s.replace("'", "''") + "'";
            }
            if (v instanceof OrderState s) {
                return "'" + s.code() + "'";
            }
            if (v instanceof BigDecimal bd) {
                return bd.toPlainString();
            }
            return v.toString();
        }

        static String group(Filter f) {
            return f instanceof And || f instanceof Or ? "(" + f + ")" : f.toString();
        }
    }
}
