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

    /** A new storage to pass to {@code create}. */
    public static Storage of(String name) {
        return new Storage(null, name, null, null);
    }

    public Storage withName(String newName) {
        return new Storage(id, newName, createdAt, updatedAt);
    }
}
