package io.logistik.core.query;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/** The operator names of the filter language (Flask-Restless master's table plus logistik's extensions). */
record Operator(Kind kind, ComparisonOp comparison, LikeMode likeMode, boolean negated) {

    enum Kind { COMPARE, LIKE, IN, IS_NULL, HAS, ANY }

    /** PostgreSQL's network operators: upstream passes them to SQL for INET columns, which logistik has none of. */
    static final Set<String> NETWORK = Set.of("<<", "<<=", ">>", ">>=", "&&");

    private static final Map<String, Operator> BY_NAME = new HashMap<>();

    static {
        compare(ComparisonOp.EQ, "==", "eq", "equals", "equal_to");
        compare(ComparisonOp.NE, "!=", "ne", "neq", "not_equal_to", "does_not_equal", "<>");
        compare(ComparisonOp.GT, ">", "gt");
        compare(ComparisonOp.LT, "<", "lt");
        compare(ComparisonOp.GE, ">=", "ge", "gte", "geq");
        compare(ComparisonOp.LE, "<=", "le", "lte", "leq");
        BY_NAME.put("like", new Operator(Kind.LIKE, null, LikeMode.LIKE, false));
        BY_NAME.put("not_like", new Operator(Kind.LIKE, null, LikeMode.LIKE, true));
        BY_NAME.put("ilike", new Operator(Kind.LIKE, null, LikeMode.ILIKE, false));
        BY_NAME.put("not_ilike", new Operator(Kind.LIKE, null, LikeMode.ILIKE, true));
        BY_NAME.put("unaccent_ilike", new Operator(Kind.LIKE, null, LikeMode.UNACCENT_ILIKE, false));
        BY_NAME.put("not_unaccent_ilike", new Operator(Kind.LIKE, null, LikeMode.UNACCENT_ILIKE, true));
        BY_NAME.put("in", new Operator(Kind.IN, null, null, false));
        BY_NAME.put("not_in", new Operator(Kind.IN, null, null, true));
        BY_NAME.put("is_null", new Operator(Kind.IS_NULL, null, null, false));
        BY_NAME.put("is_not_null", new Operator(Kind.IS_NULL, null, null, true));
        BY_NAME.put("has", new Operator(Kind.HAS, null, null, false));
        BY_NAME.put("any", new Operator(Kind.ANY, null, null, false));
    }

    private static void compare(ComparisonOp op, String... names) {
        for (String name : names) {
            BY_NAME.put(name, new Operator(Kind.COMPARE, op, null, false));
        }
    }

    /** The operator called {@code name} (case-sensitive, as upstream), or {@code null}. */
    static Operator named(String name) {
        return BY_NAME.get(name);
    }

    /** Every accepted name, for tests and documentation. */
    static Set<String> names() {
        return Set.copyOf(BY_NAME.keySet());
    }

    /** The name {@code like}-family nodes render with. */
    static String likeName(LikeMode mode, boolean negated) {
        return negated ? "not_" + mode.op() : mode.op();
    }
}
