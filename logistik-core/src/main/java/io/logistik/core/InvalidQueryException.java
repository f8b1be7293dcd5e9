package io.logistik.core;

import java.util.Objects;

/**
 * A filter, sort or page request was refused. {@link #where()} says where (a JSON pointer into the
 * filter text such as {@code /0/val/1}, a character offset for malformed JSON, or a parameter name such
 * as {@code page[size]}); {@link #why()} says why, in Flask-Restless's wording where it has one.
 */
public final class InvalidQueryException extends LogistikException {

    private static final long serialVersionUID = 1L;

    private final String where;
    private final String why;

    public InvalidQueryException(String where, String why) {
        super(message(where, why));
        this.where = Objects.requireNonNull(where, "where");
        this.why = Objects.requireNonNull(why, "why");
    }

    public InvalidQueryException(String where, String why, Throwable cause) {
        super(message(where, why), cause);
        this.where = Objects.requireNonNull(where, "where");
        this.why = Objects.requireNonNull(why, "why");
    }

    private static String message(String where, String why) {
        // The JSON pointer "" is the whole text; printed bare it reads as if the place were missing.
        return "invalid query at " + (where.isEmpty() ? "\"\" (the whole filter text)" : where) + ": " + why;
    }

    public String where() {
        return where;
    }

    public String why() {
        return why;
    }
}
