package io.logistik.core.internal;

import io.logistik.core.NotFoundException;
import io.logistik.core.ValidationException;

import java.time.Instant;

/**
 * Store-side rules on values handed to create and update, shared by every adapter so that each
 * refuses the same values with the same fields and words. Internal: not part of the API.
 */
public final class StoreChecks {

    private StoreChecks() {
    }

    /** {@code value}, or a validation error on {@code field} when it is null. */
    public static <T> T present(T value, String field) {
        if (value == null) {
            throw new ValidationException(field, "must not be null");
        }
        return value;
    }

    /** A value to create: no id and no {@code updated_at}, both belong to the store. */
    public static void newRow(Violations v, Long id, Instant updatedAt) {
        if (id != null) {
            v.add("id", "must be null on create: the store assigns ids, was " + id);
        }
        if (updatedAt != null) {
            v.add("updated_at", "must be null on create: the store sets it on the first update");
        }
    }

    /** A value to update names its row. */
    public static long updatedId(Long id) {
        if (id == null) {
            throw new ValidationException("id", "must be given to update a row");
        }
        return id;
    }

    /** {@code created_at} never changes: null or the stored value keeps it. */
    public static void sameCreatedAt(Violations v, Instant given, Instant stored) {
        if (given != null && !given.equals(stored)) {
            v.add("created_at", "cannot change: stored " + stored + ", given " + given);
        }
    }

    /** {@code row}, or the not-found error for {@code entity} {@code id} when it is null. */
    public static <T> T found(T row, String entity, Object id) {
        if (row == null) {
            throw new NotFoundException(entity, id);
        }
        return row;
    }
}
