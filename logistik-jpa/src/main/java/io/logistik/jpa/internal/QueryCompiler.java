package io.logistik.jpa.internal;

import io.logistik.core.model.OrderState;
import io.logistik.core.query.ComparisonOp;
import io.logistik.core.query.Direction;
import io.logistik.core.query.EntityType;
import io.logistik.core.query.Field;
import io.logistik.core.query.FieldType;
import io.logistik.core.query.Filter;
import io.logistik.core.query.LikeMode;
import io.logistik.core.query.Relationship;
import io.logistik.core.query.Schema;
import io.logistik.core.query.SortKey;
import io.logistik.core.query.TimeKeyword;
import io.logistik.core.internal.Text;
import io.logistik.jpa.LogistikSchema.Database;
import jakarta.persistence.criteria.AbstractQuery;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.Expression;
import jakarta.persistence.criteria.From;
import jakarta.persistence.criteria.Join;
import jakarta.persistence.criteria.Nulls;
import jakarta.persistence.criteria.Order;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import jakarta.persistence.criteria.Subquery;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Compiles a {@link Filter} tree and a sort to Criteria with exactly the in-memory store's semantics.
 *
 * <p>Each node compiles to two predicates: {@code whenTrue} holds exactly where the filter is true and
 * {@code whenFalse} exactly where it is false. Where a field is NULL both are unknown in SQL, so
 * neither selects the row, which is the filter's unknown. NOT swaps the pair instead of emitting SQL
 * NOT, so no database's NULL handling under NOT, NOT IN or empty lists can leak into the answer.
 * Values always become bind parameters; {@link TimeKeyword}s are read once per query from the store's
 * clock, in Java.
 */
final class QueryCompiler {

    /** The LIKE escape character given in every ESCAPE clause; never a backslash, which MariaDB reads in SQL text. */
    static final char ESCAPE = '!';

    /** A filter node compiled: where it is true, where it is false. */
    record Compiled(Predicate whenTrue, Predicate whenFalse) {
    }

    private final CriteriaBuilder cb;
    private final Database database;
    private final Clock clock;
    private Instant now;

    QueryCompiler(CriteriaBuilder cb, Database database, Clock clock) {
        this.cb = cb;
        this.database = database;
        this.clock = clock;
    }

    /** The predicate selecting the rows of {@code root} where {@code filter} is true; {@code query} hosts its subqueries. */
    Predicate where(Filter filter, From<?, ?> root, AbstractQuery<?> query) {
        return filter.accept(new Compiler(root, query)).whenTrue();
    }

    /**
     * The ORDER BY for {@code keys}, every key with its NULL placement spelt out (last ascending, first
     * descending) because the databases disagree on the default.
     */
    List<Order> orderBy(List<SortKey> keys, Root<?> root) {
        List<Order> orders = new ArrayList<>(keys.size());
        Map<Relationship, From<?, ?>> joins = new HashMap<>();
        for (SortKey key : keys) {
            From<?, ?> from = root;
            if (key.via() != null) {
                from = joins.computeIfAbsent(key.via(), via -> {
                    Model.Link link = Model.link(via);
                    Join<?, ?> join = root.join(link.target());
                    join.on(cb.equal(join.get(link.targetKey()), root.get(link.sourceKey())));
                    return join;
                });
            }
            Expression<?> expression = sortable(key.field(), value(from, key.field()));
            orders.add(key.direction() == Direction.ASC ? cb.asc(expression, Nulls.LAST) : cb.desc(expression, Nulls.FIRST));
        }
        return orders;
    }

    /** The expression for {@code field} of the row {@code from}. */
    private Expression<?> value(From<?, ?> from, Field field) {
        if (field.equals(Schema.Stock.AVAILABLE)) {
            return cb.diff(from.<Long>get(Model.ON_HAND), from.<Long>get(Model.RESERVED));
        }
        return from.get(Model.attribute(field));
    }

    /**
     * An expression whose order is {@code field}'s order. H2 compares text by UTF-16 unit, which puts
     * characters outside the BMP before U+E000..U+FFFF; its UTF-8 bytes compare in code-point order.
     */
    private Expression<?> sortable(Field field, Expression<?> expression) {
        if (database == Database.H2 && field.type() == FieldType.TEXT) {
            return cb.function("STRINGTOUTF8", byte[].class, expression);
        }
        return expression;
    }

    private Instant now() {
        if (now == null) {
            now = TimeKeyword.CURRENT_TIMESTAMP.resolve(clock);
        }
        return now;
    }

    private Object bindable(Object value) {
        if (value instanceof TimeKeyword keyword) {
            return keyword == TimeKeyword.CURRENT_DATE ? now().truncatedTo(java.time.temporal.ChronoUnit.DAYS) : now();
        }
        if (value instanceof OrderState state) {
            return state.code();
        }
        return value;
    }

    private Compiled always() {
        return new Compiled(cb.conjunction(), cb.disjunction());
    }

    private Compiled never() {
        return new Compiled(cb.disjunction(), cb.conjunction());
    }

    private static ComparisonOp negate(ComparisonOp op) {
        return switch (op) {
            case EQ -> ComparisonOp.NE;
            case NE -> ComparisonOp.EQ;
            case LT -> ComparisonOp.GE;
            case LE -> ComparisonOp.GT;
            case GT -> ComparisonOp.LE;
            case GE -> ComparisonOp.LT;
        };
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private Predicate comparison(ComparisonOp op, Expression left, Expression right) {
        return switch (op) {
            case EQ -> cb.equal(left, right);
            case NE -> cb.notEqual(left, right);
            case LT -> cb.lessThan(left, right);
            case LE -> cb.lessThanOrEqualTo(left, right);
            case GT -> cb.greaterThan(left, right);
            case GE -> cb.greaterThanOrEqualTo(left, right);
        };
    }

    private Compiled comparison(Field field, ComparisonOp op, Expression<?> left, Expression<?> right) {
        if (op != ComparisonOp.EQ && op != ComparisonOp.NE) {
            left = sortable(field, left);
            right = sortable(field, right);
        }
        return new Compiled(comparison(op, left, right), comparison(negate(op), left, right));
    }

    /**
     * A 64-bit integer column against a decimal that is not a {@code long} (a fraction, or beyond the
     * range): rewritten to an equivalent comparison with a {@code long}, or to a constant.
     */
    private Compiled decimalComparison(Expression<?> column, ComparisonOp op, BigDecimal value) {
        boolean integral = value.stripTrailingZeros().scale() <= 0;
        BigDecimal floor = value.setScale(0, RoundingMode.FLOOR);
        BigDecimal ceiling = value.setScale(0, RoundingMode.CEILING);
        return switch (op) {
            case EQ -> integral && fitsLong(value) ? longComparison(column, op, value.longValueExact()) : never();
            case NE -> integral && fitsLong(value) ? longComparison(column, op, value.longValueExact()) : always();
            case LT -> bound(column, ComparisonOp.LT, ceiling);
            case GE -> bound(column, ComparisonOp.GE, ceiling);
            case LE -> bound(column, ComparisonOp.LE, floor);
            case GT -> bound(column, ComparisonOp.GT, floor);
        };
    }

    private Compiled bound(Expression<?> column, ComparisonOp op, BigDecimal bound) {
        if (fitsLong(bound)) {
            return longComparison(column, op, bound.longValueExact());
        }
        boolean above = bound.signum() > 0;
        boolean holds = switch (op) {
            case LT, LE -> above;
            case GT, GE -> !above;
            default -> throw new IllegalArgumentException(op.toString());
        };
        return holds ? always() : never();
    }

    private static boolean fitsLong(BigDecimal value) {
        return value.compareTo(BigDecimal.valueOf(Long.MIN_VALUE)) >= 0 && value.compareTo(BigDecimal.valueOf(Long.MAX_VALUE)) <= 0;
    }

    private Compiled longComparison(Expression<?> column, ComparisonOp op, long value) {
        Expression<Long> bound = cb.literal(value);
        return new Compiled(comparison(op, column, bound), comparison(negate(op), column, bound));
    }

    private Predicate inList(Expression<?> column, List<Object> values) {
        CriteriaBuilder.In<Object> in = cb.in(column);
        values.forEach(in::value);
        return in;
    }

    /**
     * The pattern with the filter language's backslash escapes rewritten to {@link #ESCAPE}, which is
     * itself escaped where it stands for itself.
     */
    static String sqlPattern(String pattern) {
        StringBuilder out = new StringBuilder(pattern.length() + 8);
        for (int i = 0; i < pattern.length(); i++) {
            char c = pattern.charAt(i);
            if (c == '\\') {
                char next = pattern.charAt(++i);
                if (next == '%' || next == '_' || next == ESCAPE) {
                    out.append(ESCAPE);
                }
                out.append(next);
            } else if (c == ESCAPE) {
                out.append(ESCAPE).append(ESCAPE);
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    static boolean hasUnderscoreWildcard(String pattern) {
        for (int i = 0; i < pattern.length(); i++) {
            char c = pattern.charAt(i);
            if (c == '\\') {
                i++;
            } else if (c == '_') {
                return true;
            }
        }
        return false;
    }

    /** The LIKE pattern as an anchored Java regular expression: {@code %} any run, {@code _} one code point. */
    static String regex(String pattern) {
        StringBuilder out = new StringBuilder("\\A");
        StringBuilder literal = new StringBuilder();
        for (int i = 0; i < pattern.length(); i++) {
            char c = pattern.charAt(i);
            if (c == '%' || c == '_') {
                if (literal.length() > 0) {
                    out.append(java.util.regex.Pattern.quote(literal.toString()));
                    literal.setLength(0);
                }
                out.append(c == '%' ? ".*" : ".");
            } else {
                literal.append(c == '\\' ? pattern.charAt(++i) : c);
            }
        }
        if (literal.length() > 0) {
            out.append(java.util.regex.Pattern.quote(literal.toString()));
        }
        return out.append("\\z").toString();
    }

    private final class Compiler implements Filter.Visitor<Compiled> {

        private final From<?, ?> root;
        private final AbstractQuery<?> query;

        Compiler(From<?, ?> root, AbstractQuery<?> query) {
            this.root = root;
            this.query = query;
        }

        @Override
        public Compiled compare(Filter.Compare f) {
            Expression<?> column = value(root, f.field());
            Object value = bindable(f.value());
            if (value instanceof BigDecimal decimal) {
                return decimalComparison(column, f.op(), decimal);
            }
            return comparison(f.field(), f.op(), column, cb.literal(value));
        }

        @Override
        public Compiled compareFields(Filter.CompareFields f) {
            return comparison(f.left(), f.op(), value(root, f.left()), value(root, f.right()));
        }

        @Override
        public Compiled in(Filter.In f) {
            List<Object> values = new ArrayList<>();
            for (Object v : f.values()) {
                Object b = v == null ? null : bindable(v);
                if (b instanceof BigDecimal) {
                    // A fraction or an out-of-range number never equals a 64-bit integer.
                    continue;
                }
                if (b != null) {
                    values.add(b);
                }
            }
            Expression<?> column = value(root, f.field());
            Compiled member;
            if (values.isEmpty()) {
                // No value can equal a row's field: an empty list is false even for NULL, otherwise a NULL field stays unknown.
                member = f.values().isEmpty() ? never() : new Compiled(cb.disjunction(), cb.isNotNull(column));
            } else {
                member = new Compiled(inList(column, values), inList(column, values).not());
            }
            if (f.containsNull()) {
                // A NULL among the values makes every non-member unknown rather than false.
                member = new Compiled(member.whenTrue(), cb.disjunction());
            }
            return f.negated() ? new Compiled(member.whenFalse(), member.whenTrue()) : member;
        }

        @Override
        public Compiled isNull(Filter.IsNull f) {
            Expression<?> column = value(root, f.field());
            Compiled isNull = new Compiled(cb.isNull(column), cb.isNotNull(column));
            return f.negated() ? new Compiled(isNull.whenFalse(), isNull.whenTrue()) : isNull;
        }

        @Override
        public Compiled like(Filter.Like f) {
            String attribute;
            String pattern;
            if (f.mode() == LikeMode.ILIKE) {
                attribute = Model.foldedAttribute(f.field());
                pattern = Text.foldCase(f.pattern());
            } else if (f.mode() == LikeMode.UNACCENT_ILIKE) {
                attribute = Model.unaccentedAttribute(f.field());
                pattern = Text.foldAccentsAndCase(f.pattern());
            } else {
                attribute = Model.attribute(f.field());
                pattern = f.pattern();
            }
            Expression<String> column = root.get(attribute);
            Compiled like;
            if (database == Database.H2 && hasUnderscoreWildcard(pattern)) {
                // H2's LIKE takes "_" for one UTF-16 unit, half of a character beyond the BMP; Java regex takes a code point.
                Predicate matches = cb.isTrue(cb.function("REGEXP_LIKE", Boolean.class, column, cb.literal(regex(pattern)), cb.literal("n")));
                like = new Compiled(matches, cb.not(matches));
            } else {
                String sql = sqlPattern(pattern);
                Expression<String> matched = column;
                if (database == Database.MARIADB && !pattern.isEmpty() && pattern.charAt(0) != '%' && pattern.charAt(0) != '_') {
                    // MariaDB 10.11 turns a literal prefix into an index range that ends at U+FFFF and so misses rows
                    // with characters beyond the BMP after the prefix; CONCAT(col, '') keeps the collation but not the range.
                    matched = cb.concat(column, cb.literal(""));
                }
                like = new Compiled(cb.like(matched, sql, ESCAPE), cb.notLike(matched, sql, ESCAPE));
            }
            return f.negated() ? new Compiled(like.whenFalse(), like.whenTrue()) : like;
        }

        @Override
        public Compiled and(Filter.And f) {
            return combine(f.filters(), true);
        }

        @Override
        public Compiled or(Filter.Or f) {
            return combine(f.filters(), false);
        }

        /** AND (or OR) of the parts: true where all (any) are true, false where any (all) are false; empty: every row. */
        private Compiled combine(List<Filter> parts, boolean conjunction) {
            if (parts.isEmpty()) {
                return always();
            }
            List<Predicate> whenTrue = new ArrayList<>();
            List<Predicate> whenFalse = new ArrayList<>();
            for (Filter part : parts) {
                Compiled c = part.accept(this);
                whenTrue.add(c.whenTrue());
                whenFalse.add(c.whenFalse());
            }
            Predicate[] t = whenTrue.toArray(Predicate[]::new);
            Predicate[] f = whenFalse.toArray(Predicate[]::new);
            return conjunction ? new Compiled(cb.and(t), cb.or(f)) : new Compiled(cb.or(t), cb.and(f));
        }

        @Override
        public Compiled not(Filter.Not f) {
            Compiled inner = f.filter().accept(this);
            return new Compiled(inner.whenFalse(), inner.whenTrue());
        }

        @Override
        public Compiled related(Filter.Related f) {
            Subquery<Integer> sub = query.subquery(Integer.class);
            From<?, ?> target = correlate(sub, f.relationship());
            Predicate inner = f.filter().accept(new Compiler(target, sub)).whenTrue();
            sub.where(cb.and(sub.getRestriction(), inner));
            return new Compiled(cb.exists(sub), cb.not(cb.exists(sub)));
        }

        @Override
        public Compiled relationshipNull(Filter.RelationshipNull f) {
            Subquery<Integer> sub = query.subquery(Integer.class);
            correlate(sub, f.relationship());
            Compiled exists = new Compiled(cb.exists(sub), cb.not(cb.exists(sub)));
            return f.negated() ? exists : new Compiled(exists.whenFalse(), exists.whenTrue());
        }

        /** Adds the related rows to {@code sub}, restricted to those of the current row; returns their root. */
        private From<?, ?> correlate(Subquery<Integer> sub, Relationship relationship) {
            Model.Link link = Model.link(relationship);
            Root<?> target = sub.from(link.target());
            sub.select(cb.literal(1));
            if (link.throughStock()) {
                Root<?> stock = sub.from(LogistikStock.class);
                sub.where(cb.equal(stock.get(link.sourceKey()), root.get("id")),
                        cb.equal(target.get("id"), stock.get(link.targetKey())));
            } else {
                sub.where(cb.equal(target.get(link.targetKey()), root.get(link.sourceKey())));
            }
            return target;
        }
    }

    /** The entity a repository reads, for the checks at its entry. */
    /** Refuses a missing query or one about another entity, with the in-memory store's wording. */
    static void requireEntity(EntityType expected, io.logistik.core.query.Query query) {
        if (query == null) {
            throw new io.logistik.core.InvalidQueryException("query", "must not be null");
        }
        if (expected != query.entity()) {
            throw new io.logistik.core.InvalidQueryException("query",
                    "is about " + query.entity().code() + ", but this repository reads " + expected.code());
        }
    }
}
