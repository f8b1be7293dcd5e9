package io.logistik.inmemory.internal;

import io.logistik.core.internal.Text;
import io.logistik.core.query.Filter;
import io.logistik.core.query.TimeKeyword;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * Compiles a {@link Filter} once into a {@link Condition} with SQL's three-valued logic. Current-time
 * keywords are resolved to one instant when compiling, so every row of a query sees the same time.
 */
public final class FilterCompiler implements Filter.Visitor<FilterCompiler.Condition> {

    /** A compiled filter: the truth value of the filter for one row. */
    @FunctionalInterface
    public interface Condition {
        Tri test(Object row);

        /** Whether the row is selected: only {@link Tri#TRUE} selects. */
        default boolean selects(Object row) {
            return test(row) == Tri.TRUE;
        }
    }

    private final Data data;
    private final Clock frozen;

    private FilterCompiler(Data data, Instant now) {
        this.data = data;
        this.frozen = Clock.fixed(now, ZoneOffset.UTC);
    }

    /**
     * @param filter the filter, already checked against its entity by {@link io.logistik.core.query.Query}
     * @param data   the tables relationship filters navigate; read while the condition is used
     * @param now    the instant {@code CURRENT_TIMESTAMP} and its kin stand for in this query
     * @return a condition for one query on one thread: it remembers answers per related row, so it
     *         must not outlive the read of {@code data} it was compiled for
     */
    public static Condition compile(Filter filter, Data data, Instant now) {
        return filter.accept(new FilterCompiler(data, now));
    }

    private Object operand(Object value) {
        return value instanceof TimeKeyword k ? k.resolve(frozen) : value;
    }

    @Override
    public Condition compare(Filter.Compare f) {
        Object operand = operand(f.value());
        return row -> {
            Object v = Rows.value(f.field(), row);
            return v == null ? Tri.UNKNOWN : Tri.of(f.op().test(Rows.compare(v, operand)));
        };
    }

    @Override
    public Condition compareFields(Filter.CompareFields f) {
        return row -> {
            Object left = Rows.value(f.left(), row);
            Object right = Rows.value(f.right(), row);
            return left == null || right == null ? Tri.UNKNOWN : Tri.of(f.op().test(Rows.compare(left, right)));
        };
    }

    @Override
    public Condition in(Filter.In f) {
        if (f.values().isEmpty()) {
            Tri constant = Tri.of(f.negated());
            return row -> constant;
        }
        List<Object> members = new ArrayList<>();
        for (Object v : f.values()) {
            if (v != null) {
                members.add(operand(v));
            }
        }
        // SQL: a NULL member never makes IN true; when no member equals the value, the answer is unknown.
        Tri noMatch = f.containsNull() ? Tri.UNKNOWN : Tri.FALSE;
        return row -> {
            Object v = Rows.value(f.field(), row);
            if (v == null) {
                return Tri.UNKNOWN;
            }
            Tri in = noMatch;
            for (Object m : members) {
                if (Rows.compare(v, m) == 0) {
                    in = Tri.TRUE;
                    break;
                }
            }
            return f.negated() ? in.not() : in;
        };
    }

    @Override
    public Condition isNull(Filter.IsNull f) {
        return row -> Tri.of((Rows.value(f.field(), row) == null) != f.negated());
    }

    @Override
    public Condition like(Filter.Like f) {
        UnaryOperator<String> fold = switch (f.mode()) {
            case LIKE -> UnaryOperator.identity();
            case ILIKE -> Text::foldCase;
            case UNACCENT_ILIKE -> Text::foldAccentsAndCase;
        };
        LikePattern pattern = LikePattern.compile(fold.apply(f.pattern()));
        return row -> {
            Object v = Rows.value(f.field(), row);
            return v == null ? Tri.UNKNOWN : Tri.of(pattern.matches(fold.apply(Rows.text(v))) != f.negated());
        };
    }

    @Override
    public Condition and(Filter.And f) {
        return combine(compileAll(f.filters()), Tri.FALSE);
    }

    @Override
    public Condition or(Filter.Or f) {
        if (f.filters().isEmpty()) {
            return row -> Tri.TRUE;
        }
        return combine(compileAll(f.filters()), Tri.TRUE);
    }

    /**
     * SQL's AND ({@code decisive} FALSE) and OR ({@code decisive} TRUE): one decisive part decides;
     * otherwise any unknown part makes the whole unknown.
     */
    private static Condition combine(List<Condition> parts, Tri decisive) {
        Tri otherwise = decisive.not();
        return row -> {
            Tri result = otherwise;
            for (Condition c : parts) {
                Tri t = c.test(row);
                if (t == decisive) {
                    return decisive;
                }
                if (t == Tri.UNKNOWN) {
                    result = Tri.UNKNOWN;
                }
            }
            return result;
        };
    }

    @Override
    public Condition not(Filter.Not f) {
        Condition inner = f.filter().accept(this);
        return row -> inner.test(row).not();
    }

    @Override
    public Condition related(Filter.Related f) {
        Condition inner = f.filter().accept(this);
        // Nested has/any reach the same rows again and again (order -> lines -> order -> ...): without
        // remembering each related row's answer for this query, the work grows exponentially with the
        // depth. A condition serves one query on one thread over rows that cannot change meanwhile.
        Map<Object, Boolean> answers = new IdentityHashMap<>();
        // EXISTS: true when some related row satisfies the filter, else false, never unknown.
        return row -> {
            for (Object related : data.related(f.relationship(), row)) {
                Boolean selects = answers.get(related);
                if (selects == null) {
                    selects = inner.selects(related);
                    answers.put(related, selects);
                }
                if (selects) {
                    return Tri.TRUE;
                }
            }
            return Tri.FALSE;
        };
    }

    @Override
    public Condition relationshipNull(Filter.RelationshipNull f) {
        return row -> Tri.of(data.related(f.relationship(), row).isEmpty() != f.negated());
    }

    private List<Condition> compileAll(List<Filter> filters) {
        return filters.stream().map(x -> x.accept(this)).toList();
    }
}
