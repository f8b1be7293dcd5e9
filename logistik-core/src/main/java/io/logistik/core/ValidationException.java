package io.logistik.core;

import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * A value was refused before anything was stored. Lists every violated field of the value, not only
 * the first, each with the reason in words.
 */
public final class ValidationException extends LogistikException {

    private static final long serialVersionUID = 1L;

    /** One refused field: its snake_case name (with an index for list elements, e.g. {@code order_lines[1].quantity}) and why. */
    public record Violation(String field, String reason) {
        public Violation {
            Objects.requireNonNull(field, "field");
            Objects.requireNonNull(reason, "reason");
        }

        @Override
        public String toString() {
            return field + ": " + reason;
        }
    }

    private final transient List<Violation> violations;

    public ValidationException(List<Violation> violations) {
        super(message(violations));
        this.violations = List.copyOf(violations);
    }

    public ValidationException(String field, String reason) {
        this(List.of(new Violation(field, reason)));
    }

    private static String message(List<Violation> violations) {
        if (violations.isEmpty()) {
            throw new IllegalArgumentException("a validation error needs at least one violation");
        }
        return "invalid value: " + violations.stream().map(Violation::toString).collect(Collectors.joining("; "));
    }

    /** Every violated field, in declaration order; never empty. */
    public List<Violation> violations() {
        return violations;
    }

    /** The names of the violated fields, in order. */
    public List<String> fields() {
        return violations.stream().map(Violation::field).toList();
    }
}
