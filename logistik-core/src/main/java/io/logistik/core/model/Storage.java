package io.logistik.core.model;

import io.logistik.core.internal.Violations;

import java.time.Instant;

/**
 * A storage (warehouse) that holds stock.
 *
 * <p>Immutable and validated on construction: {@code name} is NFC-normalised and must not be blank;
 * timestamps are truncated to microseconds and must lie in the years 1000 to 9999. A storage not yet
 * stored has a {@code null} id; the store assigns it. {@code createdAt} may be given on create
 * (imports) and otherwise comes from the store's clock; {@code updatedAt} is {@code null} until the
 * first update.
 *
 * @param id        store-assigned id, or {@code null} before create
 * @param name      the storage's name (filter field {@code name})
 * @param createdAt creation time (filter field {@code created_at}), or {@code null} for "now"
 * @param updatedAt last update time (filter field {@code updated_at}), {@code null} until updated
 */
public record Storage(Long id, String name, Instant createdAt, Instant updatedAt) {

    public Storage {
        Violations v = new Violations();
        v.optionalId("id", id);
        name = v.name("name", name);
        createdAt = v.timestamp("created_at", createdAt);
        updatedAt = v.timestamp("updated_at", updatedAt);
        v.throwIfAny();
    }

    /**
     * A new storage to pass to {@code create}.
     *
     * @param name the storage's name; NFC-normalised, not blank, at most 255 characters
     * @return the storage, without id or timestamps
     * @throws io.logistik.core.ValidationException when the name is null, blank, too long or not valid Unicode
     */
    public static Storage of(String name) {
        return new Storage(null, name, null, null);
    }

    /**
     * @param newName the new name, under the rules of {@link #of}
     * @return a copy with that name, to pass to {@code update}
     * @throws io.logistik.core.ValidationException when the name breaks those rules
     */
    public Storage withName(String newName) {
        return new Storage(id, newName, createdAt, updatedAt);
    }
}
