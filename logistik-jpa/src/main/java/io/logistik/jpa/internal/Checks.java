package io.logistik.jpa.internal;

import io.logistik.core.ValidationException;
import io.logistik.core.internal.Violations;

import java.time.Instant;

/** Store-side rules on values handed to create and update, worded as the in-memory store words them. */
final class Checks {

    private Checks() {
    }

    static <T> T present(T value, String name) {
        if (value == null) {
            throw new ValidationException(name, "must not be null");
        }
        return value;
    }

    /** A value to create: no id and no {@code updated_at}, both belong to the store. */
    static void newRow(Violations v, Long id, Instant updatedAt) {
        if (id != null) {
            v.add("id", "must be null on create: the store assigns ids, was " + id);
        }
        if (updatedAt != null) {
            v.add("updated_at", "must be null on create: the store sets it on the first update");
        }
    }

    /** A value to update names its row. */
    static long updatedId(Long id) {
        if (id == null) {
            throw new ValidationException("id", "must be given to update a row");
        }
        return id;
    }

    /** {@code created_at} never changes: null or the stored value keeps it. */
    static void sameCreatedAt(Violations v, Instant given, Instant stored) {
        if (given != null && !given.equals(stored)) {
            v.add("created_at", "cannot change: stored " + stored + ", given " + given);
        }
    }
}
