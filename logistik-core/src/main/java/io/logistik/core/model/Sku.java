package io.logistik.core.model;

import io.logistik.core.ValidationException;
import io.logistik.core.internal.Violations;

import java.time.Instant;

/**
 * A stock-keeping unit: one kind of product.
 *
 * <p>Immutable and validated on construction, with the same rules as {@link Storage}:
 * {@code productName} NFC-normalised and not blank, timestamps truncated to microseconds within the
 * years 1000 to 9999, {@code null} id before create, {@code updatedAt} {@code null} until updated.
 *
 * @param id          store-assigned id, or {@code null} before create
 * @param productName the product's name (filter field {@code product_name})
 * @param createdAt   creation time, or {@code null} for "now"
 * @param updatedAt   last update time, {@code null} until updated
 */
public record Sku(Long id, String productName, Instant createdAt, Instant updatedAt) {

    public Sku {
        Violations v = new Violations();
        v.optionalId("id", id);
        productName = v.name("product_name", productName);
        createdAt = v.timestamp("created_at", createdAt);
        updatedAt = v.timestamp("updated_at", updatedAt);
        v.throwIfAny();
    }

    /**
     * A new SKU to pass to {@code create}.
     *
     * @param productName the product's name; NFC-normalised, not blank, at most 255 characters
     * @return the SKU, without id or timestamps
     * @throws ValidationException when the name is null, blank, too long or not valid Unicode
     */
    public static Sku of(String productName) {
        return new Sku(null, productName, null, null);
    }

    /**
     * @param newName the new product name, under the rules of {@link #of}
     * @return a copy with that name, to pass to {@code update}
     * @throws ValidationException when the name breaks those rules
     */
    public Sku withProductName(String newName) {
        return new Sku(id, newName, createdAt, updatedAt);
    }
}
